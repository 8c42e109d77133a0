/// <reference types="office-js" />
import { createOfficeActions, type OfficeApi } from '../../src/app/office-actions';
import { excludeSheets, isIncludedByDefault, sheetId } from '../../src/app/pipeline-view';
import { readWorkbookGrids, selectCell, writeOutputs } from '../../src/host/office';
import { supportUpTo } from '../../src/host/office/requirement';
import { FakeExcel } from './fake-excel';
import { FakeSettings } from './fake-settings';

const asContext = (fake: FakeExcel): Excel.RequestContext => fake.context as Excel.RequestContext;
import { townshipSheet } from './office-fixtures';

function officeActions(fake: FakeExcel) {
  const supports = supportUpTo('1.12');
  const api: OfficeApi = {
    run: (batch) => batch(asContext(fake)),
    settings: new FakeSettings(),
  };
  return createOfficeActions(
    {
      readWorkbookGrids: (context) => readWorkbookGrids(context, { supports }),
      writeOutputs: (context, sheets, options) =>
        writeOutputs(context, sheets, { ...options, supports }),
      selectCell: (context, sheet, cell) => selectCell(context, sheet, cell),
    },
    api,
  );
}

describe('hidden sheets in the Excel add-in', () => {
  it('scans a hidden sheet with its mark and the role it would have', async () => {
    const fake = new FakeExcel([
      townshipSheet('东城镇', 6, 7, 1),
      { ...townshipSheet('旧稿', 6, 7, 2), visibility: 'Hidden' },
      { ...townshipSheet('草稿', 6, 7, 3), visibility: 'VeryHidden' },
    ]);
    const found = await officeActions(fake).scan();
    expect(found.map((s) => [s.sheet, s.role, s.hidden])).toEqual([
      ['东城镇', 'township', undefined],
      ['旧稿', 'township', 'hidden'],
      ['草稿', 'township', 'veryHidden'],
    ]);
    expect(found.map(isIncludedByDefault)).toEqual([true, false, false]);
  });

  it('reads a hidden sheet only when the user switches it on', async () => {
    const fake = new FakeExcel([
      townshipSheet('东城镇', 6, 7, 1),
      { ...townshipSheet('旧稿', 6, 7, 2), visibility: 'Hidden' },
    ]);
    const actions = officeActions(fake);
    const request = (on: boolean) => ({
      period: '',
      area: '',
      sheets: [
        { id: '::东城镇', sheet: '东城镇', included: true },
        { id: '::旧稿', sheet: '旧稿', included: on },
      ],
    });
    const off = await actions.run(request(false), () => undefined);
    expect(off.consolidation.townships.map((t) => t)).toEqual(['东城镇']);
    const on = await actions.run(request(true), () => undefined);
    expect(on.consolidation.townships.map((t) => t)).toEqual(['东城镇', '旧稿']);
  });
});

describe('excludeSheets', () => {
  const grids = [
    {
      file: 'a.xlsx',
      sheets: [
        { name: '甲镇', rows: [] },
        { name: '旧稿', rows: [], hidden: 'hidden' as const },
        { name: '草稿', rows: [], hidden: 'veryHidden' as const },
      ],
    },
  ];

  it('drops sheets switched off, unhides hidden ones switched on, leaves the others', () => {
    const out = excludeSheets(grids, [
      { id: sheetId('a.xlsx', '甲镇'), sheet: '甲镇', included: false },
      { id: sheetId('a.xlsx', '旧稿'), sheet: '旧稿', included: true },
    ]);
    expect(out[0]?.sheets).toEqual([
      { name: '旧稿', rows: [] },
      { name: '草稿', rows: [], hidden: 'veryHidden' },
    ]);
  });
});
