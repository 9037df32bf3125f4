import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../../scripts/seed/demoData';

/** Debian's Chromium unless TDKT_CHROMIUM names another; no network, sync or updates of its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.TDKT_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    // Playwright starts it with a new, empty --user-data-dir of its own.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The screenshots' size: a laptop screen. */
export const VIEWPORT = { width: 1280, height: 860 };

/** A separate browser profile (cookies, storage) for one person. */
export function newPerson(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORT,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
  });
}

/** Opens the app as `username` (demo password) through the sign-in page, and waits for home. */
export async function signInAs(context: BrowserContext, baseUrl: string, username: string) {
  const page: Page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: /^Xin chào/ }).waitFor();
  return page;
}
