import type { Browser } from 'playwright-core';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { startTestStack, type TestStack } from '../harness/testStack';
import { launchBrowser, newPerson, signInAs } from './harness/browser';

/** The web app's frame in a real Chromium: sign-in, the home page, the language switch. */
describe('web app shell', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
    await seedDemoData();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  test('a wrong password is refused in Vietnamese, and what was typed stays', async () => {
    const page = await (await newPerson(browser)).newPage();
    await page.goto(`${stack.apiUrl}/unit/dossiers`);
    await page.getByLabel('Tên đăng nhập').fill('canbo.vcsdt');
    await page.getByLabel('Mật khẩu').fill('not the password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Sai tên đăng nhập hoặc mật khẩu.').waitFor();
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('canbo.vcsdt');
  });

  test('the unit officer signs in, sees what awaits them, and switches to English', async () => {
    const page = await signInAs(await newPerson(browser), stack.apiUrl, 'canbo.vcsdt');
    await page.getByRole('heading', { name: 'Việc đang chờ tôi' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Chức năng' });
    await menu.getByRole('link', { name: 'Lập hồ sơ mới' }).waitFor();

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'What awaits me' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'What awaits me' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  test('changing one’s password: two new passwords that differ are refused beside the second', async () => {
    const page = await signInAs(await newPerson(browser), stack.apiUrl, 'canbo.vcsdt');
    await page.goto(`${stack.apiUrl}/account/password`);
    await page.getByLabel('Mật khẩu hiện tại').fill('không quan trọng');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Một câu ngắn dễ nhớ 2026');
    const again = page.getByLabel('Nhập lại mật khẩu mới');
    await again.fill('Một câu khác hẳn 2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page
      .locator('#new-password-again-error')
      .getByText('Hai lần nhập mật khẩu mới không khớp.')
      .waitFor();
    expect(await again.getAttribute('aria-invalid')).toBe('true');
    expect(await again.getAttribute('type')).toBe('password');
  });

  test('an API path is never answered with the page, and modules are revalidated by ETag', async () => {
    const api = await fetch(`${stack.apiUrl}/api/no-such-route`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/json/);
    const module = await fetch(`${stack.apiUrl}/app/web/src/main.js`);
    expect(module.headers.get('content-type')).toMatch(/javascript/);
    const etag = module.headers.get('etag')!;
    const again = await fetch(`${stack.apiUrl}/app/web/src/main.js`, {
      // fetch adds `Cache-Control: no-cache` to a conditional request unless told otherwise.
      headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
    expect((await fetch(`${stack.apiUrl}/app/web/src/missing.js`)).status).toBe(404);
  });
});
