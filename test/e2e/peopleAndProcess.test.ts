import type { Browser, Page } from 'playwright-core';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { ApiClient } from '../harness/apiClient';
import { startTestStack, type TestStack } from '../harness/testStack';
import { launchBrowser, newPerson, signInAs } from './harness/browser';
import { screenshot } from './harness/screenshot';

/**
 * In a real Chromium: the dossier editor's person combobox (typing without marks, the
 * keyboard, what a screen reader is told) and the process picture, which shows only the
 * stages of the nomination's award (no council for an Advanced Worker title).
 */
describe("the person combobox and the award's own process picture", () => {
  let stack: TestStack;
  let browser: Browser;
  let officer: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
    await seedDemoData();
    officer = await signInAs(await newPerson(browser), stack.apiUrl, 'canbo.vcsdt');
    officer.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  test('find a person by name without marks and pick them with the keyboard', async () => {
    await officer.goto(`${stack.apiUrl}/unit/dossiers/new`);
    const box = officer.getByRole('combobox', { name: /Người trong dữ liệu khen thưởng/ });
    await box.pressSequentially('lo van');
    const list = officer.getByRole('listbox');
    const option = list.getByRole('option', { name: /Lò Văn Púa/ });
    await officer.getByText(/^1 kết quả/).waitFor(); // the live region, once the search answers
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(list.getByRole('option').allTextContents()).resolves.toEqual([
      'Lò Văn Púa — Chuyên viên chính (DEMO-VCSDT-01)',
    ]);
    // ↓ marks the option active without moving focus; Escape closes; ↓ opens again.
    await box.press('ArrowDown');
    const optionId = await option.getAttribute('id');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(optionId);
    await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
    await box.press('Escape');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await box.press('ArrowDown');
    await option.waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(box.inputValue()).resolves.toBe('Lò Văn Púa');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(officer.locator('#n0-name').inputValue()).resolves.toBe('Lò Văn Púa');
    await officer.getByText('Đã chọn mã cán bộ: DEMO-VCSDT-01').waitFor();
    // The preview answers for the person picked.
    await officer.locator('.preview .badge').first().waitFor();
    await screenshot(officer, 'unit-person-combobox');
    // Typing again forgets the pick; another unit's people are not found.
    await box.fill('Y Blup');
    await officer.getByText('Không tìm thấy ai có tên này trong đơn vị.').waitFor();
    await expect(officer.getByText(/Đã chọn mã cán bộ/).count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
  });

  test('the process picture shows the council stages only where the award has a council vote', async () => {
    const api = await ApiClient.signIn(stack.apiUrl, 'canbo.vcsdt');
    const draft = async (awardCode: string) => {
      const created = await api.post('/api/nominations', {
        nominee: { kind: 'individual', name: 'Lò Văn Púa', personId: 'DEMO-VCSDT-01' },
        awardCode,
        year: 2025,
        achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2025.',
      });
      expect(created.status).toBe(201);
      return created.body._id as string;
    };
    const steps = async (id: string) => {
      await officer.goto(`${stack.apiUrl}/nominations/${id}`);
      await officer.locator('ol.process .step-name').first().waitFor();
      return officer.locator('ol.process .step-name').allTextContents();
    };
    const after = ['Chờ dự thảo quyết định', 'Chờ Bộ trưởng quyết định', 'Đã khen thưởng'];
    expect(await steps(await draft('LDTT'))).toEqual(['Dự thảo tại đơn vị', 'Thẩm định', ...after]);
    await screenshot(officer, 'nomination-process-ldtt');
    expect(await steps(await draft('CSTDCS'))).toEqual([
      'Dự thảo tại đơn vị',
      'Thẩm định',
      'Hội đồng xét',
      'Hội đồng bỏ phiếu',
      ...after,
    ]);
    // Decided by the President: a public comment before the council, forwarded after signing.
    expect(await steps(await draft('HCLD'))).toEqual([
      'Dự thảo tại đơn vị',
      'Thẩm định',
      'Công khai lấy ý kiến',
      'Hội đồng xét',
      'Hội đồng bỏ phiếu',
      'Chờ dự thảo quyết định',
      'Chờ Bộ trưởng quyết định',
      'Đã trình cấp trên',
      'Đã khen thưởng',
    ]);
    expect(pageErrors).toEqual([]);
  });
});
