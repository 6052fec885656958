/**
 * The web desk in a real browser: Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) driven by
 * playwright-core, against the desk plugin on loopback over the real hotline core and Redis. An officer
 * signs in with a one-time link, sees a new critical case appear without reloading, claims and answers it
 * (and sees it held), finds a case by passport number, filters by compound, opens the map, selects a
 * cluster, produces a rescue request, and works on a phone-sized screen with the keyboard alone.
 * Screenshots of the seeded queue and map go to docs/screenshots/ (the README shows them).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskRig, type DeskRig } from './desk-rig.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe.skipIf(!existsSync(executablePath) && !process.env.CI)('web desk in Chromium', () => {
  let r: DeskRig;
  let browser: Browser;
  let base: string;
  let page: Page;
  let kkPark: string;
  let missing: string;

  beforeAll(async () => {
    r = await deskRig({ sessionCheckMs: 2_000 });
    base = await r.server.listen({ port: 0, host: '127.0.0.1' });
    // Seeded night: someone at KK Park with a pin, a relative's report with a passport number, two more.
    kkPark = await r.sos('3001', 'SOS they beat us at night, 30 people here');
    await r.person('3001').send({ kind: 'location', lat: 16.6465, lon: 98.5072, live: false });
    missing = await r.missing('3002', { name: 'Agus Pratama', passport: 'B 7654321' });
    await r.sos('3003', 'tolong, paspor kami diambil dan kami dipukul', 'id');
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await r?.close();
  });

  it('signs in with a one-time link, which then no longer works', async () => {
    const token = await r.link('cli:ana', 'ana');
    await page.goto(`${base}/desk/signin?t=${token}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/desk`);
    await expect.poll(() => page.locator('tr[data-case]').count()).toBeGreaterThanOrEqual(3);
    const other = await browser.newPage();
    await other.goto(`${base}/desk/signin?t=${token}`);
    await other.getByRole('button', { name: 'Sign in' }).click();
    expect(await other.locator('[role="alert"]').textContent()).toMatch(/already used or has expired/);
    await other.close();
  });

  it('shows a new critical case without reloading', async () => {
    await expect.poll(() => page.locator('#live-state').textContent(), { timeout: 5_000 }).toBe('Live');
    const before = await page.evaluate<number>("performance.getEntriesByType('navigation').length");
    const fresh = await r.sos('3004', 'SOS help, they have guns');
    await page.locator(`tr[data-case="${fresh}"]`).waitFor({ timeout: 5_000 });
    expect(await page.locator(`tr[data-case="${fresh}"]`).getAttribute('data-urgency')).toBe('critical');
    expect(await page.evaluate<number>("performance.getEntriesByType('navigation').length")).toBe(before);
    expect(page.url()).toBe(`${base}/desk`);
  });

  it('saves a screenshot of the queue', async () => {
    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/desk-queue.png', fullPage: true });
  });

  it('claims a case and answers it, and sees the answer held', async () => {
    await page.locator(`tr[data-case="${kkPark}"] a`).click();
    await page.waitForURL(`${base}/desk/case/${kkPark}`);
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await expect.poll(() => page.locator('.said').textContent()).toContain(`${kkPark} is yours.`);
    await page.getByRole('textbox', { name: /They wrote in/ }).fill('We have your message. An officer is working on it.');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await expect.poll(() => page.locator('.said').textContent()).toContain('Answer queued');
    const held = page.locator('#held');
    expect(await held.textContent()).toContain('We have your message. An officer is working on it.');
    expect(await held.textContent()).toMatch(/Held|held/);
    expect((await r.app.cases.get(kkPark))!.claimedBy).toBe('cli:ana');
  });

  it('finds a case by passport number', async () => {
    await page.goto(`${base}/desk`);
    await page.getByRole('searchbox', { name: 'Search' }).fill('b7654321');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/q=b7654321/);
    const rows = await page.locator('tr[data-case]').evaluateAll((els) => els.map((e) => e.getAttribute('data-case')));
    expect(rows).toEqual([missing]);
  });

  it('filters by compound', async () => {
    await page.goto(`${base}/desk`);
    await page.getByLabel('Compound').selectOption('kk-park');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/compound=kk-park/);
    const rows = await page.locator('tr[data-case]').evaluateAll((els) => els.map((e) => e.getAttribute('data-case')));
    expect(rows).toEqual([kkPark]);
  });

  it('opens the map, selects a cluster and produces a rescue request', async () => {
    await page.goto(`${base}/desk/map`);
    expect(await page.locator('svg .country').count()).toBeGreaterThan(5);
    await page.screenshot({ path: 'docs/screenshots/desk-map.png', fullPage: true });
    await page.locator('table.clusters a', { hasText: 'KK Park' }).click();
    await page.waitForURL(/cluster=kk-park/);
    expect(await page.locator('#cluster tr.case').evaluateAll((els) => els.map((e) => e.getAttribute('data-case')))).toEqual([kkPark]);
    await page.getByRole('link', { name: /Rescue request for this group/ }).click();
    await page.getByRole('button', { name: /printable|page/i }).first().click();
    await expect.poll(() => page.content()).toMatch(/RR-\d{4}-\d{4}/);
    expect((await r.audit()).some((a) => a.action === 'web-rescue-request' && a.case === kkPark && a.officer === 'cli:ana')).toBe(true);
  });

  it('fits a phone screen and works with the keyboard alone', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    const token = await r.link('cli:bima', 'bima');
    await p.goto(`${base}/desk/signin?t=${token}`);
    // Keyboard only: Tab to the button, Enter signs in.
    for (let i = 0; i < 10 && !(await p.evaluate<boolean>("document.activeElement?.tagName === 'BUTTON'")); i++) await p.keyboard.press('Tab');
    await p.keyboard.press('Enter');
    await p.waitForURL(`${base}/desk`);
    expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    // Tab to the search box, type, Enter.
    for (let i = 0; i < 30; i++) {
      await p.keyboard.press('Tab');
      if (await p.evaluate<boolean>("document.activeElement?.getAttribute('name') === 'q'")) break;
    }
    await p.keyboard.type(missing);
    await p.keyboard.press('Enter');
    await p.waitForURL(/q=/);
    expect(await p.locator('tr[data-case]').evaluateAll((els) => els.map((e) => e.getAttribute('data-case')))).toEqual([missing]);
    await phone.close();
  });

  it('loads nothing from outside the server and runs no inline script', async () => {
    const outside: string[] = [];
    const violations: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(base)) outside.push(req.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const url of ['/desk', `/desk/case/${kkPark}`, '/desk/map', '/desk/handover', '/desk/canned']) await page.goto(`${base}${url}`);
    expect(outside).toEqual([]);
    expect(violations).toEqual([]);
  });
});
