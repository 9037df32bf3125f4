import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../harness/apiClient';
import { startTestStack, type TestStack } from '../harness/testStack';
import { launchBrowser, newPerson, signInAs } from './harness/browser';
import { screenshot } from './harness/screenshot';

/**
 * The main journey through the web UI in a real Chromium, each person in their own browser
 * profile: a unit submits a two-nominee dossier, the secretariat returns one, the unit fixes
 * and resubmits it, the council votes in a secret round, the minister approves one nominee
 * and strikes the other, and the unit sees the decision. Screenshots of each role's main page.
 */
describe('the main journey in the browser', () => {
  let stack: TestStack;
  let browser: Browser;
  let watcher: ApiClient;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
    await seedDemoData();
    watcher = await ApiClient.signIn(stack.apiUrl, 'thuongtruc');
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function as(username: string): Promise<Page> {
    const context = await newPerson(browser);
    contexts.push(context);
    const page = await signInAs(context, stack.apiUrl, username);
    page.on('pageerror', (error) => pageErrors.push(`${username}: ${error.message}`));
    return page;
  }
  const nomination = async (id: string) => (await watcher.get(`/api/nominations/${id}`)).body;
  const waitFor = (id: string, check: (n: any) => boolean) =>
    eventually(() => nomination(id), check, 60_000);
  /** The page itself confirms the step (its answer arrived) before the test moves on. */
  const stageShown = (page: Page, stage: string) =>
    page.locator('h1 .badge', { hasText: stage }).waitFor();
  const tomorrow = new Date(Date.now() + 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

  test("from a unit's draft to the decision the unit sees", async () => {
    // ── The unit officer drafts one dossier with two nominees ─────────────────
    const officer = await as('canbo.vcsdt');
    await screenshot(officer, 'home-unit-officer');
    await officer.getByRole('link', { name: 'Lập hồ sơ mới' }).first().click();
    await officer.locator('#year').fill('2025');
    // Each nominee is found by name among the unit's people (marks optional) and picked:
    // by mouse for the first, by keyboard for the second; the pick fills name and position.
    await officer.locator('#n0-person').fill('Lo Van');
    await officer.getByRole('option', { name: /Lò Văn Púa/ }).click();
    await expect(officer.locator('#n0-name').inputValue()).resolves.toBe('Lò Văn Púa');
    await expect(officer.locator('#n0-position').inputValue()).resolves.toBe('Chuyên viên chính');
    await officer.locator('#n0-achievements').fill('Hoàn thành xuất sắc nhiệm vụ năm 2025.');
    await officer.getByRole('button', { name: '+ Thêm người được đề nghị' }).click();
    await officer.locator('#n1-person').fill('nguyen thi');
    await officer.getByText(/^1 kết quả/).waitFor();
    await officer.locator('#n1-person').press('ArrowDown');
    await officer.locator('#n1-person').press('Enter');
    await expect(officer.locator('#n1-name').inputValue()).resolves.toBe('Nguyễn Thị Hằng');
    await officer.locator('#n1-achievements').fill('Chủ trì sáng kiến cấp Bộ năm 2025.');
    // The live preview answers from the stored history, with legal citations.
    await officer.locator('.preview .badge').first().waitFor();
    await expect(officer.locator('.preview').first().textContent()).resolves.toMatch(/Căn cứ/);
    await screenshot(officer, 'unit-dossier-editor');
    await officer.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await officer.getByRole('link', { name: 'Lò Văn Púa' }).waitFor();
    const drafts = (
      await (
        await ApiClient.signIn(stack.apiUrl, 'canbo.vcsdt')
      ).get('/api/nominations?stage=draft')
    ).body.items as Array<{ _id: string; nominee: { name: string } }>;
    const idOf = (name: string) => drafts.find((d) => d.nominee.name === name)!._id;
    const [pua, hang] = [idOf('Lò Văn Púa'), idOf('Nguyễn Thị Hằng')];

    // ── The head of unit submits both under one letter ────────────────────────
    const head = await as('vutruong.vcsdt');
    await head.goto(`${stack.apiUrl}/unit/dossiers?stage=draft`);
    await head.getByRole('checkbox', { name: 'Chọn: Lò Văn Púa' }).check();
    await head.getByRole('checkbox', { name: 'Chọn: Nguyễn Thị Hằng' }).check();
    await head.getByLabel('Trích yếu tờ trình').fill('Tờ trình số 12/TTr-VCSDT');
    await head.getByRole('button', { name: /Trình các hồ sơ đã chọn/ }).click();
    for (const id of [pua, hang])
      await waitFor(id, (n) => n.stage === 'appraisal' && n.lastSeq >= 2);

    // ── The secretariat returns one with a reason per item, accepts the other ─
    const secretariat = await as('thuongtruc');
    await secretariat.getByRole('link', { name: 'Lò Văn Púa' }).waitFor();
    await screenshot(secretariat, 'home-secretariat');
    await secretariat.getByRole('link', { name: 'Lò Văn Púa' }).click();
    await secretariat.getByRole('heading', { name: 'Thẩm định hồ sơ' }).waitFor();
    await secretariat.getByLabel('Trả lại để bổ sung').check();
    await secretariat.locator('#reason-0-item').selectOption('documents.achievement_report');
    await secretariat
      .locator('#reason-0-message')
      .fill('Thiếu báo cáo thành tích có xác nhận của thủ trưởng.');
    await secretariat.getByRole('button', { name: 'Ghi nhận kết quả thẩm định' }).click();
    await stageShown(secretariat, 'Trả lại để bổ sung');
    await secretariat.goto(`${stack.apiUrl}/nominations/${hang}`);
    await secretariat.getByRole('button', { name: 'Ghi nhận kết quả thẩm định' }).click();
    await stageShown(secretariat, 'Hội đồng xét');

    // ── The unit sees what to fix, fixes it and resubmits ─────────────────────
    await head.goto(`${stack.apiUrl}/`);
    await head.getByRole('link', { name: 'Sửa và trình lại' }).click();
    await head.getByText('Thiếu báo cáo thành tích có xác nhận của thủ trưởng.').waitFor();
    await head.getByRole('button', { name: '+ Thêm tài liệu' }).click();
    await head.locator('#n0-doc0-code').selectOption('achievement_report');
    await head.locator('#n0-doc0-title').fill('Báo cáo thành tích năm 2025 (có xác nhận)');
    await head.locator('#note').fill('Đã bổ sung báo cáo thành tích.');
    await head.getByRole('button', { name: 'Lưu và trình lại' }).click();
    await stageShown(head, 'Thẩm định');
    // Resubmitted, and the checks have run again (the appraisal answers a current view only).
    await waitFor(
      pua,
      (n) =>
        n.history.some((h: any) => h.action === 'resubmitted') &&
        n.history.at(-1).action.startsWith('checks_'),
    );
    await secretariat.goto(`${stack.apiUrl}/nominations/${pua}`);
    await secretariat.getByRole('button', { name: 'Ghi nhận kết quả thẩm định' }).click();
    await stageShown(secretariat, 'Hội đồng xét');

    // ── The secretariat sets up a council round with both ─────────────────────
    await secretariat.goto(`${stack.apiUrl}/council/rounds/new`);
    await secretariat.getByLabel('Tên phiên họp').fill('Phiên họp xét Chiến sĩ thi đua cơ sở 2025');
    // Members are picked from the council's roster; the chair is on the round already.
    await secretariat.getByText('Bùi Văn Nam (chutich) — Chủ tịch Hội đồng (chủ trì)').waitFor();
    await secretariat.getByLabel('Đặng Quốc Bảo (hoidong.1)').check();
    await secretariat.getByLabel('Vũ Thị Thu (hoidong.2)').check();
    await secretariat.locator('#deadline').fill(`${tomorrow}T17:00`);
    await secretariat.getByRole('button', { name: 'Lập phiên họp' }).click();
    await secretariat.getByRole('heading', { name: 'Đưa hồ sơ vào phiên họp' }).waitFor();
    await secretariat.getByRole('checkbox', { name: /Lò Văn Púa/ }).check();
    await secretariat.getByRole('checkbox', { name: /Nguyễn Thị Hằng/ }).check();
    await secretariat.getByLabel(/Số cá nhân đạt Lao động tiên tiến/).fill('20');
    await secretariat.getByRole('button', { name: /Đưa vào phiên họp/ }).click();
    for (const id of [pua, hang]) await waitFor(id, (n) => n.stage === 'council_vote');
    const roundId = (await nomination(pua)).roundId as string;

    // ── The chair records attendance and opens the secret ballot ──────────────
    const chair = await as('chutich');
    await screenshot(chair, 'home-council-chair');
    await chair.getByRole('link', { name: /Phiên họp xét Chiến sĩ thi đua/ }).click();
    await chair.getByRole('button', { name: 'Ghi nhận điểm danh' }).click();
    await chair.getByText(/Đã điểm danh: 3\/3/).waitFor();
    await chair.getByRole('button', { name: 'Mở bỏ phiếu' }).click();

    // ── Every member votes; the ballot says plainly that it is secret ─────────
    const member1 = await as('hoidong.1');
    const member2 = await as('hoidong.2');
    for (const [voter, name] of [
      [member1, 'home-council-member'],
      [member2, undefined],
      [chair, undefined],
    ] as const) {
      if (voter !== chair) {
        if (name) await screenshot(voter, name);
        await voter.getByRole('link', { name: /Phiên họp xét Chiến sĩ thi đua/ }).click();
      }
      await voter.getByText('Phiếu kín', { exact: true }).waitFor();
      for (const nominee of ['Lò Văn Púa', 'Nguyễn Thị Hằng']) {
        await voter
          .getByRole('group', { name: new RegExp(nominee) })
          .getByLabel('Đồng ý', { exact: true })
          .check();
      }
      if (name) await screenshot(voter, 'council-member-ballot');
      await voter.getByRole('button', { name: 'Gửi phiếu' }).click();
      await voter.getByText(/Phiếu của bạn đã được ghi nhận/).waitFor();
    }

    // ── The chair closes the ballot: tally and minutes ────────────────────────
    await chair.getByRole('button', { name: 'Kết thúc bỏ phiếu và kiểm phiếu' }).click();
    await chair.getByRole('heading', { name: 'Biên bản phiên họp (xem trước)' }).waitFor();
    await screenshot(chair, 'council-round-closed');
    for (const id of [pua, hang]) await waitFor(id, (n) => n.stage === 'awaiting_decision');

    // ── The secretariat drafts the decision for those who passed ──────────────
    await secretariat.goto(`${stack.apiUrl}/council/rounds/${roundId}`);
    await secretariat.getByRole('button', { name: 'Dự thảo quyết định' }).click();
    await secretariat.getByRole('heading', { name: /Danh sách kèm theo/ }).waitFor();
    for (const id of [pua, hang]) await waitFor(id, (n) => n.stage === 'minister_decision');

    // ── The minister approves one nominee and strikes the other ───────────────
    const minister = await as('botruong');
    await minister.getByRole('link', { name: /Chiến sĩ thi đua cơ sở 2025/ }).waitFor();
    await screenshot(minister, 'home-minister');
    await minister.getByRole('link', { name: /Chiến sĩ thi đua cơ sở 2025/ }).click();
    // Each nominee beside the council's vote on them: all three members approved both.
    await minister.locator('.tally').first().waitFor();
    await expect(
      minister.locator('.tally', { hasText: 'Thông qua' }).allTextContents(),
    ).resolves.toEqual([
      expect.stringContaining('Đồng ý 3 · Không đồng ý 0 · Không có ý kiến 0 — Tỷ lệ đồng ý 100%'),
      expect.stringContaining('Đồng ý 3 · Không đồng ý 0 · Không có ý kiến 0 — Tỷ lệ đồng ý 100%'),
    ]);
    await minister.getByLabel('Đồng ý một số').check();
    await minister.getByRole('checkbox', { name: 'Không đồng ý với: Nguyễn Thị Hằng' }).check();
    await minister
      .getByLabel('Lý do không đồng ý: Nguyễn Thị Hằng')
      .fill('Đang có đơn khiếu nại chưa giải quyết xong.');
    await minister.getByRole('button', { name: 'Ký và ban hành' }).click();
    await minister.getByText('Đã ký', { exact: true }).waitFor();
    await waitFor(pua, (n) => n.stage === 'approved');
    await waitFor(hang, (n) => n.stage === 'rejected');

    // ── The unit sees the decision ────────────────────────────────────────────
    await officer.goto(`${stack.apiUrl}/nominations/${pua}`);
    await officer.getByText(/\d+\/QĐ-BDTTG/).waitFor();
    await officer.getByText('Bộ trưởng ký quyết định').waitFor();
    await screenshot(officer, 'nomination-approved');
    await officer.goto(`${stack.apiUrl}/nominations/${hang}`);
    await officer.getByText('Đang có đơn khiếu nại chưa giải quyết xong.').waitFor();

    expect(pageErrors).toEqual([]);
  }, 900_000);
});
