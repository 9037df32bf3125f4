import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import {
  CIVIL_SERVICE_CALENDAR,
  addWorkingDays,
  endOfVietnamDate,
  vietnamDateOf,
  type IsoDate,
} from '../../domain/calendar';
import { deskKey } from '../../data/desk/deskKey';
import { NominationModel } from '../../data/nomination/nominationModel';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { ApiClient } from '../harness/apiClient';
import { submitToAppraisal } from '../harness/submitToAppraisal';
import { startTestStack, type TestStack } from '../harness/testStack';
import { launchBrowser, newPerson, signInAs } from './harness/browser';
import { screenshot } from './harness/screenshot';

const system = { userId: 'system', name: 'Hệ thống', role: 'system' as const };

/** A late and an at-risk dossier of another unit, written as recordTransition would. */
async function seedLateDossiers(): Promise<void> {
  const today = vietnamDateOf(Date.now());
  const entered = addWorkingDays(today, -9, CIVIL_SERVICE_CALENDAR);
  const doc = (id: string, name: string, dueOn: IsoDate) => ({
    _id: id,
    unitId: 'TTTT',
    nominee: { kind: 'individual', name },
    awardCode: 'BKBO',
    kind: 'merit',
    year: 2025,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    createdBy: system,
    holderRole: 'secretariat',
    stage: 'forwarded',
    dueOn,
    dueAt: new Date(endOfVietnamDate(dueOn)),
    deskKey: deskKey(id, 'forwarded', dueOn, new Date()),
    history: [
      {
        seq: 1,
        at: new Date(endOfVietnamDate(entered) - 86_400_000),
        action: 'submitted',
        stage: 'forwarded',
        actor: system,
      },
    ],
  });
  await NominationModel.create([
    doc('desk-late', 'Đinh Thị Hồng', addWorkingDays(today, -2, CIVIL_SERVICE_CALENDAR)),
    doc('desk-risk', 'Vàng Seo Dính', addWorkingDays(today, 1, CIVIL_SERVICE_CALENDAR)),
  ] as never[]);
}

/** The secretariat's pages in a real Chromium against the real stack (issue #6). */
describe('secretariat pages', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  const submitted: string[] = [];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
    await seedDemoData();
    const [officer, head] = await Promise.all(
      ['canbo.vcsdt', 'vutruong.vcsdt'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
    );
    submitted.push(
      ...(await submitToAppraisal(officer, head, ['Lò Văn Púa', 'Hà Thị Mỷ', 'Giàng A Lử'])),
    );
    await seedLateDossiers();
    expect(
      (await officer.post('/api/registrations', { year: 2025, subjectKind: 'unit' })).status,
    ).toBe(201);
    page = await signInAs(await newPerson(browser), stack.apiUrl, 'thuongtruc');
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  test('the desk: urgency in words, filters, and a bulk reminder with a result per dossier', async () => {
    await page.getByRole('link', { name: 'Hồ sơ chậm, sắp hạn' }).click();
    await page.getByRole('heading', { name: 'Hồ sơ chậm, sắp đến hạn' }).waitFor();
    const rows = page.locator('section[aria-labelledby="desk-list-title"] tbody tr');
    await rows.filter({ hasText: 'Giàng A Lử' }).waitFor();
    // Most urgent first, the state said in words.
    await expect(rows.first().textContent()).resolves.toContain('Đinh Thị Hồng');
    await expect(rows.first().textContent()).resolves.toContain('Quá hạn');
    await expect(rows.nth(1).textContent()).resolves.toContain('Có nguy cơ trễ');

    // A missing reason is shown next to its field, and what was typed stays.
    await page.getByLabel('Gia hạn (có lý do)').check();
    await page.getByLabel('Số ngày làm việc gia hạn').fill('3');
    await page.getByLabel('Chọn: Lò Văn Púa').check();
    await page.getByRole('button', { name: 'Thực hiện' }).click();
    await page.locator('#bulk-reason-error').waitFor();
    expect(await page.getByLabel('Số ngày làm việc gia hạn').inputValue()).toBe('3');

    await page.getByLabel('Nhắc người xử lý').check();
    await page.getByLabel('Chọn: Hà Thị Mỷ').check();
    await page.getByLabel('Nội dung nhắc (không bắt buộc)').fill('Đề nghị hoàn thành thẩm định');
    await page.getByRole('button', { name: 'Thực hiện' }).click();
    await page
      .getByRole('heading', { name: 'Kết quả thao tác: 2 đã thực hiện, 0 không thực hiện được' })
      .waitFor();
    const results = page.locator('#bulk-results-title + .table-wrap tbody tr');
    await expect(results.count()).resolves.toBe(2);
    await expect(results.allTextContents()).resolves.toEqual([
      expect.stringContaining('Lò Văn Púa'),
      expect.stringContaining('Hà Thị Mỷ'),
    ]);
    for (const id of submitted.slice(0, 2)) {
      const doc = await NominationModel.findById(id).lean();
      expect(doc!.history.at(-1)!.action).toBe('manual_reminder');
    }
    await rows.filter({ hasText: 'Lò Văn Púa' }).filter({ hasText: /1$/ }).waitFor();
    await screenshot(page, 'secretariat-desk');

    // Late only: the server filters, the address keeps it.
    await page.getByLabel('Mức khẩn').selectOption('late');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL(/risk=late/);
    await rows.filter({ hasText: 'Giàng A Lử' }).waitFor({ state: 'detached' });
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('Đinh Thị Hồng');
  });

  test('the pipeline: counts per stage and unit, and the weekly trend chart', async () => {
    await page.getByRole('link', { name: 'Tiến độ theo bước' }).click();
    const appraisal = page.locator('.process-step', { hasText: 'Thẩm định' }).first();
    await appraisal.filter({ hasText: '3 hồ sơ' }).waitFor();
    await page.getByRole('img', { name: /Số hồ sơ tiếp nhận và kết thúc mỗi tuần/ }).waitFor();
    await page.getByRole('row', { name: /VCSDT/ }).waitFor();
    await screenshot(page, 'secretariat-pipeline');
  });

  test('statistics: a bar chart per dimension and a CSV export with progress', async () => {
    await page.goto(`${stack.apiUrl}/secretariat/statistics?year=2025`);
    await page.getByRole('img', { name: /Đề nghị và kết quả năm 2025/ }).waitFor();
    await page.getByRole('row', { name: /Vụ Chính sách Dân tộc/ }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải bảng đang xem (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('thong-ke-khen-thuong-2025-unit.csv');
    const csv = await readFile(await download.path());
    expect(csv.toString('utf8')).toContain('Số đề nghị');
    expect(csv.toString('utf8')).toContain('VCSDT');
    await page.getByText('Đã tải xuống: thong-ke-khen-thuong-2025-unit.csv').waitFor();
    await page.getByRole('link', { name: 'Hình thức' }).click();
    await page.getByRole('img', { name: /Hình thức/ }).waitFor();
    await screenshot(page, 'secretariat-statistics');
  });

  test('registrations: who has registered and who has not; the bloc ranking', async () => {
    await page.goto(`${stack.apiUrl}/secretariat/registrations?year=2025`);
    await page.getByRole('row', { name: /VCSDT/ }).filter({ hasText: 'Đã đăng ký' }).waitFor();
    await page
      .getByRole('row', { name: /TTTT/ })
      .filter({ hasText: 'Chưa đăng ký' })
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Bảng chấm điểm và xếp hạng khối' }).waitFor();
    await page.getByRole('columnheader', { name: 'Hội đồng chấm' }).waitFor();
    await screenshot(page, 'secretariat-registrations');
  });
});
