/**
 * The 文稿核对 benchmark: a 20-township county, a 20-page draft of about 400 figures made
 * from its default narrative (every third paragraph said again with figures typed wrong)
 * and noise sentences, checked against the county. Timed beside the narrative render of
 * the same county, in the same run, as the baseline.
 */
import { checkDraft } from '../../src/core/draft-check';
import type { WorkbookGrids } from '../../src/core/grid';
import { renderNarrative } from '../../src/core/narrative';
import { runPipeline } from '../../src/core/pipeline';
import { round, seededRandom } from './sheet-writer';

const TOWNSHIPS = 20;
const NOISE = [
  '园区管委会在县委、县政府的正确领导下，紧紧围绕“打造省级产业园”目标，克服不利因素，使园区建设稳步发展。',
  '道路绿化工程总投资350多万元，其中，投资178万元的景观大道绿化工程已于3月底全面完成。',
  '园区坚持高起点规划、高标准建设，进一步完善水、电、路、通讯等基础设施配套，提升项目承载能力和对外形象。',
  '计划新建伯牙南路、永青南路等四条道路，总长3.6公里，预计总投资约为3600万元。',
  '今年1-6月份共在网上发布招商信息15条，建立了329家企业信息库，并与12家重点企业进行了联系。',
];

/** A township's sheet with the indicators the default templates speak of. */
function township(index: number, rnd: () => number): WorkbookGrids['sheets'][number] {
  const name = `第${index + 1}镇`;
  const row = (label: string, unit: string, base: number): (string | number)[] => {
    const current = round(base * (0.5 + rnd()), 1);
    return [
      label,
      unit,
      current,
      round(current / (0.85 + rnd() * 0.3), 1),
      round(current / (0.4 + rnd() * 0.2)),
    ];
  };
  const output = row('工业总产值', '万元', 50000);
  const sales = row('销售收入', '万元', 45000);
  return {
    name,
    rows: [
      [`${name}主要经济指标完成情况（2025年1-6月）`],
      ['指标名称', '计量单位', '本期', '上年同期', '全年目标'],
      output,
      [
        '  其中：规模以上工业产值',
        '万元',
        round(Number(output[2]) * 0.8, 1),
        round(Number(output[3]) * 0.8, 1),
        '',
      ],
      sales,
      [
        '  其中：玻璃产品销售收入',
        '万元',
        round(Number(sales[2]) * 0.4, 1),
        round(Number(sales[3]) * 0.4, 1),
        '',
      ],
      row('利润总额', '万元', 3000),
      row('工商税收', '万元', 2500),
      row('招商引资到位资金', '万元', 4000),
      ['入园企业数', '家', Math.round(10 + rnd() * 40), Math.round(10 + rnd() * 35), ''],
      ['企业员工总数', '人', Math.round(500 + rnd() * 3000), Math.round(500 + rnd() * 2800), ''],
    ],
  };
}

function medianMs(runs: number, run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Times the draft check and prints it with its ratio to the narrative render. */
export function benchDraftCheck(): void {
  const rnd = seededRandom(2026);
  const grids: WorkbookGrids = {
    file: '县域.xlsx',
    sheets: Array.from({ length: TOWNSHIPS }, (_, i) => township(i, rnd)),
  };
  const words = { area: '全县', period: '上半年' };
  const { consolidation, paragraphs } = runPipeline([grids], words);
  const lines: string[] = [];
  for (const [i, p] of paragraphs.entries()) {
    lines.push(p.text);
    // Every third paragraph again, with its decimals dropped as a hurried typist would.
    if (i % 3 === 0) lines.push(p.text.replace(/(\d)(\.\d)?(亿元|万元|%|家|人)/g, '$1$3'));
    lines.push(...NOISE.map((_, k) => NOISE[(i + k) % NOISE.length] ?? ''), NOISE[0] ?? '');
  }
  const text = lines.join('\n');
  const draft = { text, source: '20页草稿' };
  const check = checkDraft(consolidation, draft, words.area, words.period);
  const draftMs = medianMs(9, () => checkDraft(consolidation, draft, words.area, words.period));
  const narrativeMs = medianMs(9, () => renderNarrative({ consolidation, words }));
  // A page of a 公文 (GB/T 9704): 22 lines of 28 characters.
  const pages = Math.round(text.length / (22 * 28));
  console.log(
    `\ndraft check (文稿核对): ${TOWNSHIPS} townships, ${pages} pages (${text.length} characters), ` +
      `${check.figures.length} figures (一致 ${check.counts.match}, 不一致 ${check.counts.mismatch}, ` +
      `无法核对 ${check.counts.unchecked})`,
  );
  console.log(
    `  check ${draftMs.toFixed(1)} ms; narrative render ${narrativeMs.toFixed(1)} ms; ` +
      `ratio ${(draftMs / Math.max(narrativeMs, 1e-3)).toFixed(2)}`,
  );
}
