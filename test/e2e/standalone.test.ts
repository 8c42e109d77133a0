import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Workbook } from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, openPageSession, type PageSession } from '../helpers/browser';
import { readDocx } from '../helpers/docx-xml';

/**
 * End to end in real headless Chromium: the built pages (dist-addin/) served locally, a
 * workbook chosen with the file input, 一键汇总, findings and narrative on screen, the
 * result downloaded and read back with exceljs; on the page, 导出 Word's .docx read back. `npm test` builds the bundle (production
 * mode) before jest runs; run alone, this test builds it only when dist-addin/ is missing.
 */

const root = resolve(__dirname, '..', '..');
const dist = join(root, 'dist-addin');
const artifacts = join(__dirname, 'artifacts');
const example = [
  join(root, 'examples', '县域示例.xlsx'),
  join(root, 'test', 'fixtures', '11-reported-total.xlsx'),
].find((path) => existsSync(path));

const describeIfChromium = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) {
  // A visible reason, not a silent pass.
  console.warn(`test/e2e skipped: ${CHROMIUM} not found (apt-get install chromium)`);
}

describeIfChromium('standalone page and task pane in headless Chromium', () => {
  jest.setTimeout(300_000);
  let session: PageSession;
  let origin: string;
  let context: BrowserContext;

  beforeAll(async () => {
    session = await openPageSession(dist);
    ({ origin, context } = session);
  });

  afterAll(() => session?.close());

  async function runOnPage(page: Page, url: string): Promise<Buffer> {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    await page.getByRole('heading', { name: '园区统计汇总' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(example ?? []);
    await page.getByRole('region', { name: '找到的工作表' }).getByRole('switch').first().waitFor();
    await page.getByLabel('时期').fill('上半年');
    await page.getByRole('button', { name: '一键汇总' }).click();

    const result = page.getByTestId('result-bar');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.textContent()).toMatch(/\d+ 个乡镇、\d+ 项指标；错误 \d+ 条/);
    const findings = page.getByRole('region', { name: '审核结果', exact: true });
    expect(await findings.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    expect(await findings.textContent()).toMatch(/!|未发现问题/);
    // The narrative: the engine's paragraphs with the words entered (period) and the default
    // area, each with a 数字来源 disclosure listing the source cells.
    const narrative = page.getByRole('region', { name: '综述', exact: true });
    const paragraphs = narrative.getByTestId('narrative-paragraph');
    await paragraphs.first().waitFor();
    expect(await paragraphs.first().textContent()).toContain('上半年，全县实现工业总产值');
    expect(await paragraphs.count()).toBeGreaterThan(3);
    expect(await narrative.textContent()).not.toMatch(/汇总后在这里显示综述|\{|undefined|NaN/);
    await paragraphs
      .first()
      .getByText(/^数字来源/)
      .click();
    expect(await paragraphs.first().getByRole('listitem').first().textContent()).toMatch(
      /亿元.* ← .+![A-Z]+\d+/,
    );
    // The template preview renders the editor's (default) templates against this run; its
    // section starts folded (open, the preview repeats the narrative).
    await page.getByRole('button', { name: '综述模板' }).click();
    const preview = page.getByTestId('template-preview');
    await preview
      .getByText(/^上半年，全县实现工业总产值/)
      .first()
      .waitFor();
    expect(await page.locator('body').textContent()).not.toContain('{expected}');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 汇总结果.xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('汇总结果.xlsx');
    const path = await download.path();
    expect(pageErrors).toEqual([]);
    return readFileSync(path);
  }

  async function sheetNames(bytes: Buffer): Promise<string[]> {
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    return workbook.worksheets.map((w) => w.name);
  }

  it('runs standalone.html (no office.js) on a chosen workbook and downloads the result', async () => {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const bytes = await runOnPage(page, `${origin}/standalone.html`);
    expect(await sheetNames(bytes)).toEqual(['汇总', '分乡镇', '审核', '综述']);

    // 导出 Word: made in the page (docx loaded as its own chunk now), offered as a download.
    const shownParagraph = await page
      .getByTestId('narrative-paragraph')
      .nth(1)
      .locator('p')
      .first()
      .textContent();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Word' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('全县上半年主要经济指标完成情况.docx');
    const docx = await readDocx(readFileSync(await download.path()));
    expect(docx.paragraphs[0]).toBe('全县上半年主要经济指标完成情况');
    expect(shownParagraph).toMatch(/^从各乡镇看，/);
    expect(docx.paragraphs).toContain(shownParagraph);
    expect(docx.tables[0]?.[0]?.[0]).toBe('指标名称');
    // The three township charts, drawn in the page, are figures of the report.
    expect(docx.media.filter((name) => name.endsWith('.png'))).toHaveLength(3);
    expect(docx.paragraphs.filter((p) => /^图\d/.test(p))).toHaveLength(3);
    expect(requested.some((url) => /word-report/.test(url))).toBe(true);

    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual(
      [],
    );
    await page.close();
  });

  it('runs taskpane.html in a plain browser (office.js loaded, no Office host)', async () => {
    const page = await context.newPage();
    const bytes = await runOnPage(page, `${origin}/taskpane.html`);
    expect(await sheetNames(bytes)).toEqual(['汇总', '分乡镇', '审核', '综述']);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'taskpane-after-run.png'), fullPage: true });
    await page.close();
  });
});
