import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Workbook } from 'exceljs';
import type { BrowserContext } from 'playwright-core';
import { CHROMIUM, openPageSession, type PageSession } from '../helpers/browser';

/**
 * 文稿核对 on the standalone page, in headless Chromium (issue 15): a county's workbook chosen,
 * a draft pasted with one right figure (工业总产值18.5亿元) and one wrong one (document 4's
 * "占85%": the data give 82.6%), 一键汇总, then the draft on screen with both marked and
 * the wrong one's check opened. The engine's checker (core/draft-check) decides; the page
 * shows its verdicts. `npm test` builds the bundle first; run alone, this test builds it only
 * when dist-addin/ is missing.
 */

const root = resolve(__dirname, '..', '..');
const dist = join(root, 'dist-addin');
const artifacts = join(__dirname, 'artifacts');

const describeIfChromium = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) {
  console.warn(`test/e2e skipped: ${CHROMIUM} not found (apt-get install chromium)`);
}

/**
 * Two townships whose sums are document 4's: 工业总产值 185,000万元 (18.5亿元, +5.1%), 销售收入
 * 135,000万元 of which 玻璃产品 111,500万元 (82.6%).
 */
async function writeCounty(path: string): Promise<void> {
  const workbook = new Workbook();
  const rows = {
    东城镇: [
      ['工业总产值', '万元', 120000, 114000],
      ['销售收入', '万元', 90000, 86000],
      ['其中：玻璃产品销售收入', '万元', 74000, 70000],
    ],
    西城镇: [
      ['工业总产值', '万元', 65000, 62000],
      ['销售收入', '万元', 45000, 42600],
      ['其中：玻璃产品销售收入', '万元', 37500, 35000],
    ],
  };
  for (const [name, body] of Object.entries(rows)) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(['指标名称', '计量单位', '本期', '上年同期']);
    for (const row of body) sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(path);
}

const DRAFT = [
  '上半年，园区实现工业总产值18.5亿元，同比增长5.1%；销售收入13.5亿元，其中玻璃产品销售收入11.15亿元，占85%。',
  '下半年，我们将继续抓好招商引资工作。',
].join('\n');

describeIfChromium('文稿核对 on the standalone page in headless Chromium', () => {
  jest.setTimeout(300_000);
  let session: PageSession;
  let origin: string;
  let context: BrowserContext;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'park-stats-draft-'));
    await writeCounty(join(folder, '园区.xlsx'));
    session = await openPageSession(dist);
    ({ origin, context } = session);
  });

  afterAll(async () => {
    await session?.close();
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  it('checks a pasted draft: the right figure is 一致, document 4’s 85% is 不一致 (82.6%)', async () => {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/standalone.html`);
    await page.getByRole('heading', { name: '园区统计汇总' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(join(folder, '园区.xlsx'));
    await page.getByRole('region', { name: '找到的工作表' }).getByRole('switch').first().waitFor();

    // The draft section is folded; open, it says the draft is not kept.
    await page.getByRole('button', { name: '文稿核对', exact: true }).click();
    const input = page.getByRole('region', { name: '文稿核对', exact: true });
    expect(await input.textContent()).toContain('不保存到工作簿中');
    await input.getByLabel('文稿内容').fill(DRAFT);
    await page.getByLabel('主体').fill('园区');
    await page.getByRole('button', { name: '一键汇总' }).click();

    const result = page.getByRole('region', { name: '文稿核对结果' });
    await result.getByTestId('draft-counts').waitFor({ timeout: 60_000 });
    expect(await result.getByTestId('draft-counts').textContent()).toMatch(
      /^一致 [1-9]\d* · 不一致 [1-9]\d* · 无法核对 \d+$/,
    );
    // The draft is shown whole, its figures marked (the marks' signs aside).
    const paragraphs = result.getByTestId('draft-paragraph');
    expect(await paragraphs.count()).toBe(2);
    expect((await paragraphs.first().textContent())?.replace(/[✓✗?]/g, '')).toBe(
      DRAFT.split('\n')[0],
    );
    const right = result.getByRole('button', { name: /^一致：[^：]*18\.5亿元/ });
    expect(await right.getAttribute('data-verdict')).toBe('match');
    const wrong = result.getByRole('button', { name: /^不一致：[^：]*85%/ });
    expect(await wrong.getAttribute('data-verdict')).toBe('mismatch');
    // Marked by underline style, not colour alone.
    const styles = await Promise.all(
      [right, wrong].map((mark) => mark.evaluate((e) => getComputedStyle(e).textDecorationStyle)),
    );
    expect(styles).toEqual(['solid', 'wavy']);

    // Keyboard: Tab reaches the wrong figure, Enter opens its check.
    await wrong.focus();
    await page.keyboard.press('Enter');
    expect(await wrong.getAttribute('aria-expanded')).toBe('true');
    const detail = result.getByRole('region', { name: /^核对过程：/ });
    const text = (await detail.textContent()) ?? '';
    expect(text).toMatch(/文稿数85%/);
    expect(text).toMatch(/计算数82\.6%/);
    expect(text).toMatch(/结论不一致/);
    expect(text).toMatch(/建议改为[^]*82\.6%/);
    // In the page, the source cells are listed by address.
    expect(text).toMatch(/数据来源[^]*(东城镇|西城镇)!C\d+/);

    // The 不一致 list names it too.
    expect(await result.getByRole('region', { name: /^不一致的数字/ }).textContent()).toContain(
      '85% → 82.6%',
    );
    expect(pageErrors).toEqual([]);
    mkdirSync(artifacts, { recursive: true });
    await result.screenshot({ path: join(artifacts, 'draft-check.png') });
    await page.close();
  });
});
