import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { CHROMIUM, openPageSession, type PageSession } from '../helpers/browser';

/**
 * The standalone page's 图表 section in headless Chromium: after a run, opening the folded
 * section loads ECharts (a separate chunk) and draws the three charts as SVG, with their
 * Chinese titles and bars; the chart choices are kept in localStorage.
 */

const root = resolve(__dirname, '..', '..');
const dist = join(root, 'dist-addin');
const example = join(root, 'examples', '县域示例-无差错.xlsx');

const describeIfChromium = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) console.warn(`test/e2e/charts skipped: ${CHROMIUM} not found`);

describeIfChromium('the page’s charts in headless Chromium', () => {
  jest.setTimeout(300_000);
  let session: PageSession;
  let origin: string;
  let context: BrowserContext;

  beforeAll(async () => {
    session = await openPageSession(dist);
    ({ origin, context } = session);
  });

  afterAll(() => session?.close());

  it('draws the three charts after a run, lazily, and keeps the chart choices', async () => {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(request.url()));
    await page.goto(`${origin}/standalone.html`);
    await page.getByRole('heading', { name: '园区统计汇总' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(example);
    await page.getByRole('region', { name: '找到的工作表' }).getByRole('switch').first().waitFor();
    await page.getByRole('button', { name: '一键汇总' }).click();
    await page.getByTestId('result-bar').waitFor({ timeout: 60_000 });
    expect(scripts.some((url) => /charts\.[^/]*\.js/.test(url) || /\/charts\.js/.test(url))).toBe(
      false,
    );

    await page.getByRole('button', { name: '图表', exact: true }).click();
    const charts = page.getByTestId('charts');
    await charts.locator('svg').nth(2).waitFor({ timeout: 60_000 });
    expect(await charts.locator('svg').count()).toBe(3);
    const titles = await charts
      .locator(':scope > [role=img]')
      .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label')));
    expect(titles).toEqual([
      '各乡镇工业总产值',
      '各乡镇工业总产值增速',
      '各乡镇工业总产值目标完成情况',
    ]);
    // Not blank: each SVG has its title text, township labels and one bar per township.
    for (let i = 0; i < 3; i++) {
      const svg = charts.locator('svg').nth(i);
      const text = (await svg.locator('text').allTextContents()).join(' ');
      expect(text).toContain(titles[i]);
      expect(text).toContain('东城镇');
      expect(await svg.locator('path').count()).toBeGreaterThan(7);
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(200);
    }
    expect(await charts.locator('svg').first().locator('text').allTextContents()).toContain(
      '285,600',
    );

    // A choice redraws the charts and is kept for the next visit.
    await page.getByLabel('最多列出的乡镇数').fill('3');
    await page.waitForFunction(() =>
      document
        .querySelectorAll('[data-testid=charts] svg')[0]
        ?.textContent?.includes('只列前 3 个'),
    );
    expect(await page.evaluate(() => localStorage.getItem('park-stats.charts'))).toContain(
      '"topN":3',
    );
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
