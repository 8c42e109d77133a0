/**
 * The audit on the example county finds every planted fault and discrepancy of
 * examples/县域示例.planted.json at its sheet and cell, and no 错误 in the clean workbook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit, type Finding } from '../../src/core/audit';
import { FIXTURES } from '../fixtures/make-fixtures';
import { EXAMPLE_DIR, runFiles, runFixture } from './run-fixture';

interface PlantedItem {
  readonly id: string;
  readonly kind: 'discrepancy' | 'fault' | 'notice';
  readonly sheet: string;
  readonly cell: string;
  readonly indicator: string;
}

const planted = JSON.parse(readFileSync(join(EXAMPLE_DIR, '县域示例.planted.json'), 'utf8')) as {
  readonly items: readonly PlantedItem[];
};

async function audit(paths: readonly string[]): Promise<Finding[]> {
  const result = await runFiles(paths);
  return runAudit({ consolidation: result.consolidation, parseIssues: result.issues });
}

describe('audit of the example county', () => {
  let faulty: Finding[];
  let clean: Finding[];
  beforeAll(async () => {
    [faulty, clean] = await Promise.all([
      audit([join(EXAMPLE_DIR, '县域示例.xlsx')]),
      audit([join(EXAMPLE_DIR, '县域示例-无差错.xlsx')]),
    ]);
  }, 30_000);

  it.each(planted.items.filter((p) => p.kind !== 'notice').map((p) => [p.id, p] as const))(
    'finds %s at its cell',
    (_id, p) => {
      const at = faulty.filter((f) => f.location.sheet === p.sheet && f.location.cell === p.cell);
      expect(at.map((f) => `${f.rule} ${f.level}`)).not.toEqual([]);
      expect(at.some((f) => f.level === 'error' || f.level === 'verify')).toBe(true);
    },
  );

  it('finds no 错误 in the clean workbook', () => {
    expect(
      clean
        .filter((f) => f.level === 'error')
        .map((f) => `${f.rule} ${f.location.sheet}!${f.location.cell}`),
    ).toEqual([]);
  });
});

describe('audit of fixture 11 (reported 合计)', () => {
  // Two integer parts (10 + 20) may each hide up to 0.5 of rounding and the total its own
  // 0.5: 31 against Σ 30 is within 舍位 (1.5), so it is a 提示 that says so, not a 错误.
  it('notes 工商税收 31 against Σ 30 at 合计!C3 as 舍位, and nothing on 工业总产值', async () => {
    const result = await runFixture(FIXTURES.reportedTotal);
    const findings = runAudit({ consolidation: result.consolidation, parseIssues: result.issues });
    const atC3 = findings.filter((f) => f.location.sheet === '合计' && f.location.cell === 'C3');
    expect(atC3).toHaveLength(1);
    expect(atC3[0]?.level).toBe('info');
    expect(atC3[0]?.rule).toBe('inter.total-mismatch');
    expect(atC3[0]?.expected).toBeCloseTo(30, 6);
    expect(atC3[0]?.actual).toBeCloseTo(31, 6);
    expect(findings.filter((f) => f.location.sheet === '合计' && f.location.cell === 'C2')).toEqual(
      [],
    );
  });
});
