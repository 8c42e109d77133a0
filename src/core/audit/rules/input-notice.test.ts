import { sheet } from '../../../../test/helpers/sheet-grid';
import { issue } from '../../diagnostics/issue';
import { runPipeline } from '../../pipeline';

const header = ['指标名称', '计量单位', '本期', '上年同期'];
const town = (name: string, rows: (string | number | null)[][]) => sheet(name, [header, ...rows]);

function inputFindings(result: ReturnType<typeof runPipeline>) {
  return result.findings
    .filter((f) => f.rule === 'input.notice')
    .map((f) => [f.level, f.code, f.location.sheet, f.location.cell]);
}

describe('input.notice', () => {
  it('lists a notice that withholds a figure at its own level', () => {
    const result = runPipeline([
      {
        file: '县.xlsx',
        sheets: [
          town('东城镇', [['工业总产值', '万元', 100, 90]]),
          town('西城镇', [
            ['工业总产值', '万元', 50, 40],
            [null, null, 7, 6],
          ]),
        ],
      },
    ]);
    expect(inputFindings(result)).toContainEqual(['verify', 'parse.label-missing', '西城镇', 'A3']);
  });

  it('lists the host notices given to the pipeline, before the parse notices', () => {
    const notice = issue('parse.no-header', 'error', { file: '丙乡.xls' }, { sheet: '丙乡.xls' });
    const result = runPipeline([{ sheets: [town('东城镇', [['工业总产值', '万元', 100, 90]])] }], {
      notices: [notice],
    });
    expect(result.issues[0]).toBe(notice);
    expect(inputFindings(result)).toEqual([['error', 'parse.no-header', '', '']]);
  });

  it('does not repeat what another rule lists, nor narrative template notices', () => {
    const result = runPipeline(
      [
        {
          sheets: [
            town('东城镇', [['工业总产值', '万元', '未计', 90]]),
            town('西城镇', [['工业总产值', '亿元', 1, 0.9]]),
          ],
        },
      ],
      {
        templates: {
          locale: 'zh-CN',
          templates: [{ name: '坏', kind: 'main', source: '{不存在}' }],
        },
      },
    );
    const codes = result.findings.map((f) => `${f.rule} ${f.code}`);
    expect(codes).toContain('completeness.text-in-number-cell parse.cell-not-number');
    expect(codes).toContain('completeness.unit-mixed audit.unit-mixed');
    expect(inputFindings(result)).toEqual([]);
    expect(result.issues.some((i) => i.code.startsWith('narrative.'))).toBe(true);
  });

  it('lists a narrative paragraph left out for want of data, unless the rule is off', () => {
    const books = [
      {
        file: '县.xlsx',
        sheets: [
          town('东城镇', [['工业总产值', '万元', 100, 90]]),
          town('西城镇', [['工业总产值', '万元', 50, 40]]),
          town('南城镇', [['耕地面积', '亩', 30, 30]]),
        ],
      },
    ];
    const leftOut = (result: ReturnType<typeof runPipeline>) =>
      result.findings
        .filter((f) => f.code === 'narrative.paragraph-left-out')
        .map((f) => [f.rule, f.level, f.params['subject']]);
    expect(leftOut(runPipeline(books))).toEqual([['input.notice', 'info', '南城镇']]);
    expect(leftOut(runPipeline(books, { audit: { disabledRules: ['input.notice'] } }))).toEqual([]);
  });

  it('makes --strict count a notice at 错误 level', () => {
    const result = runPipeline([{ sheets: [town('东城镇', [['工业总产值', '万元', 100, 90]])] }], {
      notices: [issue('consolidate.no-township', 'error', {})],
    });
    expect(result.findings[0]?.level).toBe('error');
  });
});

describe('sortFindings', () => {
  it('puts a finding about a whole file first in its level', () => {
    const skipped = issue('parse.no-header', 'error', { file: '丙乡.xls' }, { sheet: '丙乡.xls' });
    const result = runPipeline(
      [
        {
          file: '县.xlsx',
          sheets: [
            sheet('合计', [header, ['工业总产值', '万元', 999, 90]]),
            town('东城镇', [['工业总产值', '万元', 100, 90]]),
          ],
        },
      ],
      { notices: [skipped] },
    );
    const errors = result.findings.filter((f) => f.level === 'error');
    expect(errors.map((f) => f.code)).toEqual(['parse.no-header', 'audit.total-mismatch']);
  });
});
