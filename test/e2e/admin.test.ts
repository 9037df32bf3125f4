import type { Browser, Page } from 'playwright-core';
import { AuditEntryModel } from '../../data/audit/auditEntryModel';
import { UserModel } from '../../data/identity/userModel';
import { NominationModel } from '../../data/nomination/nominationModel';
import { UnitModel } from '../../data/organisation/unitModel';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../harness/apiClient';
import { startTestStack, type TestStack } from '../harness/testStack';
import { launchBrowser, newPerson, signInAs } from './harness/browser';
import { screenshot } from './harness/screenshot';

/** The administration pages in a real Chromium against the real stack (issue #6). */
describe('administration pages', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
    await seedDemoData();
    // One nomination through its workflow, so the audit log has a chain to check.
    const [officer, head] = await Promise.all(
      ['canbo.vcsdt', 'vutruong.vcsdt'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
    );
    const created = await officer.post('/api/nominations', {
      nominee: { kind: 'individual', name: 'Lò Văn Púa', position: 'Chuyên viên' },
      awardCode: 'LDTT',
      year: 2025,
      achievements: 'Hoàn thành tốt nhiệm vụ.',
    });
    expect((await head.post(`/api/nominations/${created.body._id}/submit`)).status).toBe(202);
    await eventually(
      () => NominationModel.findById(created.body._id).lean(),
      (doc) => doc?.stage === 'appraisal',
    );
    page = await signInAs(await newPerson(browser), stack.apiUrl, 'quantri');
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  test('users: a weak password is refused next to its field, then the user is created and locked', async () => {
    await page.getByRole('link', { name: 'Người dùng, vai trò' }).click();
    await page.getByRole('row', { name: /thuongtruc/ }).waitFor();
    await page.getByLabel('Tên đăng nhập').fill('canbo.moi');
    await page.getByLabel('Họ và tên').first().fill('Sùng Thị Mai');
    await page.getByLabel('Đơn vị', { exact: true }).first().selectOption('VCSDT');
    await page.getByLabel('Mật khẩu ban đầu').fill('ngan');
    await page.getByLabel('Lý do (ghi vào nhật ký quản trị)').fill('Cán bộ mới tuyển dụng');
    await page.getByRole('button', { name: 'Tạo người dùng' }).click();
    await page.locator('#new-user-password-error').getByText('ít nhất 10 ký tự').waitFor();
    expect(await page.getByLabel('Họ và tên').first().inputValue()).toBe('Sùng Thị Mai');

    await page.getByLabel('Mật khẩu ban đầu').fill('MatKhau@Moi2026');
    await page.getByRole('button', { name: 'Tạo người dùng' }).click();
    await page.getByText('Đã tạo người dùng: canbo.moi').waitFor();
    const row = page.getByRole('row', { name: /canbo\.moi/ });
    await row.getByText('Đang hoạt động').waitFor();
    expect(await UserModel.findById('canbo.moi').lean()).toMatchObject({
      name: 'Sùng Thị Mai',
      role: 'unit_officer',
      unitId: 'VCSDT',
      active: true,
    });

    await page.getByRole('button', { name: 'Sửa canbo.moi' }).click();
    await page.getByRole('heading', { name: 'Sửa người dùng: canbo.moi' }).waitFor();
    await page.locator('#edit-user-reason').fill('Chuyển công tác');
    await page.getByRole('button', { name: 'Khoá tài khoản' }).click();
    await row.getByText('Đã khoá').waitFor();
    expect((await UserModel.findById('canbo.moi').lean())!.active).toBe(false);
    await screenshot(page, 'admin-users');
  });

  test('units and blocs: a new unit in a bloc', async () => {
    await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
    await page.getByRole('row', { name: /VCSDT/ }).first().waitFor();
    await page.getByLabel('Mã đơn vị').fill('VDT');
    await page.getByLabel('Tên đơn vị').fill('Vụ Đào tạo');
    await page.getByLabel('Tên tiếng Anh').fill('Training Department');
    const bloc = page.locator('#unit-blocId');
    await bloc.selectOption({ index: 1 });
    await page.locator('#unit-reason').fill('Thành lập theo quyết định mới');
    await page.getByRole('button', { name: 'Lưu đơn vị' }).click();
    await page.getByRole('row', { name: /Vụ Đào tạo/ }).waitFor();
    const unit = (await UnitModel.findById('VDT').lean())!;
    expect(unit).toMatchObject({ name: 'Vụ Đào tạo', nameEn: 'Training Department' });
    expect(unit.blocId).toBeTruthy();
    await screenshot(page, 'admin-organisation');
  });

  test('council: a second chair is refused; a member is seated', async () => {
    await page.getByRole('link', { name: 'Thành viên Hội đồng' }).click();
    await page.getByRole('row', { name: /chutich/ }).waitFor();
    await page.getByLabel('Tên đăng nhập của người dùng').fill('canbo.tttt');
    await page.getByLabel('Cương vị').selectOption('chair');
    await page.locator('#council-reason').fill('Kiện toàn Hội đồng');
    await page.getByRole('button', { name: 'Đưa vào Hội đồng' }).click();
    await page.getByText(/Hội đồng đã có Chủ tịch \(chutich\)/).waitFor();
    await page.getByLabel('Cương vị').selectOption('member');
    await page.getByRole('button', { name: 'Đưa vào Hội đồng' }).click();
    await page.getByRole('row', { name: /canbo\.tttt/ }).waitFor();
    expect((await UserModel.findById('canbo.tttt').lean())!.role).toBe('council_member');
    await screenshot(page, 'admin-council');
  });

  test('rules: an out-of-range value is refused next to its field; a valid one is kept as a revision', async () => {
    await page.getByRole('link', { name: 'Danh hiệu, quy tắc' }).click();
    const months = page.getByLabel(
      'Số tháng tối thiểu kể từ khi tuyển dụng để được bình xét Lao động tiên tiến',
    );
    await months.fill('13');
    await page
      .getByRole('textbox', { name: 'Lý do (ghi vào nhật ký quản trị)' })
      .fill('Theo quy chế mới');
    await page.getByRole('button', { name: 'Lưu giá trị cấu hình' }).click();
    await page.locator('.field-invalid').getByRole('alert').first().waitFor();
    expect(await months.getAttribute('aria-invalid')).toBe('true');
    await months.fill('7');
    await page.getByRole('button', { name: 'Lưu giá trị cấu hình' }).click();
    await page.getByText('Đã lưu; thay đổi: ldttMinMonthsSinceRecruitment').waitFor();
    await page.getByText(/Lần sửa cấu hình: (?!giá trị gốc)/).waitFor();
    await page
      .getByRole('heading', { name: 'Danh mục danh hiệu, hình thức khen thưởng' })
      .waitFor();
    await screenshot(page, 'admin-rules');
  });

  test('calendar: a day off added to the official schedule shows in the year', async () => {
    await page.goto(`${stack.apiUrl}/admin/calendar?year=2026`);
    await page.getByRole('heading', { name: 'Sửa lịch nghỉ chính thức của năm' }).waitFor();
    const daysOff = page.getByRole('group', { name: 'Ngày nghỉ theo thông báo' });
    await daysOff.getByRole('button', { name: '+ Thêm ngày' }).click();
    const last = (await daysOff.locator('tbody tr').count()) - 1;
    await page.locator(`#daysOff-${last}-date`).fill('31/02/2026');
    await page.getByRole('button', { name: 'Lưu lịch nghỉ' }).click();
    await page.locator(`#daysOff-${last}-date-error`).getByText('dd/mm/yyyy').waitFor();
    await page.locator(`#daysOff-${last}-date`).fill('24/11/2026');
    await page.locator(`#daysOff-${last}-reason_vi`).fill('Ngày Văn hóa Việt Nam');
    await page.locator(`#daysOff-${last}-reason_en`).fill('Vietnam Culture Day');
    await page.getByRole('button', { name: 'Lưu lịch nghỉ' }).click();
    // No reason given: the refusal is next to the reason, and the new row is still there.
    await page.locator('#schedule-reason-error').waitFor();
    expect(await page.locator(`#daysOff-${last}-date`).inputValue()).toBe('24/11/2026');
    await page.locator('#schedule-reason').fill('Nghị quyết về Ngày Văn hóa Việt Nam');
    await page.getByRole('button', { name: 'Lưu lịch nghỉ' }).click();
    await page.getByText('Đã lưu.').waitFor();
    await page.getByRole('row', { name: /24\/11\/2026 Ngày Văn hóa Việt Nam/ }).waitFor();
    await page.getByText('Lịch của năm do quản trị nhập, người nhập: quantri').waitFor();
    await screenshot(page, 'admin-calendar');
  });

  test('audit: the chain is intact, then a tampered entry is pointed at', async () => {
    await page.getByRole('link', { name: 'Kiểm tra nhật ký' }).click();
    await page.getByRole('button', { name: 'Chạy kiểm tra' }).click();
    await page.getByRole('heading', { name: '✓ Nguyên vẹn' }).waitFor();

    const collection = AuditEntryModel.collection;
    const first = await collection.findOne({ _id: 1 } as never);
    expect(first).not.toBeNull();
    try {
      await collection.updateOne({ _id: 1 } as never, { $set: { action: 'tampered' } });
      await page.getByRole('button', { name: 'Chạy kiểm tra' }).click();
      await page.getByRole('heading', { name: '✗ Chuỗi bị phá vỡ' }).waitFor();
      await page.getByText('#1', { exact: true }).first().waitFor();
      await screenshot(page, 'admin-audit');
    } finally {
      await collection.replaceOne({ _id: 1 } as never, first!);
    }
  });
});
