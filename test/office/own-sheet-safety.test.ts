import { supportUpTo } from '../../src/host/office/requirement';
import { REGISTRY_SHEET_NAME } from '../../src/host/office/own-sheets';
import { writeOutputs, writeOutputSheets } from '../../src/host/office/write-sheets';
import { FakeExcel, FakeSheet } from './fake-excel';
import { outputSheet, townshipSheet } from './office-fixtures';

const asContext = (fake: FakeExcel): Excel.RequestContext => fake.context as Excel.RequestContext;

/** The user deletes a sheet and makes their own with the same name, as in Excel's UI. */
function replaceByUserSheet(fake: FakeExcel, name: string, rows: string[][]): void {
  const ours = fake.sheet(name);
  fake.sheets.splice(fake.sheets.indexOf(ours), 1);
  fake.sheets.push(new FakeSheet({ name, rows }));
}

describe('a user sheet that took the name of a deleted output sheet (issue 13 §1)', () => {
  it.each(['1.1', '1.2', '1.7', '1.11', '1.12'])('survives a rerun on ExcelApi %s', async (api) => {
    const fake = new FakeExcel([townshipSheet('东城镇', 5, 7)]);
    const supports = supportUpTo(api);
    await writeOutputSheets(asContext(fake), [outputSheet('审核', [['ours']])], { supports });
    replaceByUserSheet(fake, '审核', [['用户的审核']]);
    const names = await writeOutputSheets(
      asContext(fake),
      [outputSheet('审核', [['ours again']])],
      {
        supports,
      },
    );
    expect(fake.sheet('审核').valuesFromA1()).toEqual([['用户的审核']]);
    expect(names).toEqual(['审核(2)']);
    expect(fake.sheet('审核(2)').valuesFromA1()).toEqual([['ours again']]);
  });
});

describe('replacing our own sheets', () => {
  const first = (): FakeExcel => new FakeExcel([townshipSheet('东城镇', 5, 7)]);
  const outputs = (text: string) => [
    outputSheet('汇总', [[`${text}汇总`, 1.5]]),
    outputSheet('审核', [[`${text}审核`]]),
  ];
  const tilde = (fake: FakeExcel) => fake.names().filter((name) => name.startsWith('~'));

  it.each(['1.1', '1.7', '1.12'])(
    'on ExcelApi %s replaces unedited output sheets in place, with no notice',
    async (api) => {
      const fake = first();
      const supports = supportUpTo(api);
      await writeOutputs(asContext(fake), outputs('一'), { supports });
      const report = await writeOutputs(asContext(fake), outputs('二'), { supports });
      expect(report.names).toEqual(['汇总', '审核']);
      expect(report.notices).toEqual([]);
      expect(fake.sheet('汇总').valuesFromA1()).toEqual([['二汇总', 1.5]]);
      expect(
        fake
          .names()
          .filter((n) => n !== REGISTRY_SHEET_NAME)
          .sort(),
      ).toEqual(['东城镇', '审核', '汇总'].sort());
      expect(tilde(fake)).toEqual([]);
    },
  );

  it('asks before replacing a sheet the user edited; keeps it and writes beside when told so', async () => {
    const fake = first();
    const supports = supportUpTo('1.1');
    await writeOutputs(asContext(fake), outputs('一'), { supports });
    fake.sheet('汇总').cell(0, 1).value = 2; // the user corrects a figure
    const asked: (readonly string[])[] = [];
    const report = await writeOutputs(asContext(fake), outputs('二'), {
      supports,
      confirmReplace: async (sheets) => {
        asked.push(sheets);
        return false;
      },
    });
    expect(asked).toEqual([['汇总']]);
    expect(fake.sheet('汇总').valuesFromA1()).toEqual([['一汇总', 2]]);
    expect(report.names).toEqual(['汇总(2)', '审核']);
    expect(report.notices).toEqual(['工作表“汇总”在上次汇总后被修改过，已保留，结果写在“汇总(2)”']);
    // The edited sheet is the user's now: the next run leaves it alone without asking.
    const again = await writeOutputs(asContext(fake), outputs('三'), {
      supports,
      confirmReplace: () => Promise.reject(new Error('not asked again')),
    });
    expect(again.names).toEqual(['汇总(2)', '审核']);
    expect(fake.sheet('汇总').valuesFromA1()).toEqual([['一汇总', 2]]);
    expect(fake.sheet('汇总(2)').valuesFromA1()).toEqual([['三汇总', 1.5]]);
  });

  it('replaces an edited sheet when the user agrees, and without a question keeps it', async () => {
    const fake = first();
    const supports = supportUpTo('1.12');
    await writeOutputs(asContext(fake), outputs('一'), { supports });
    // A value added outside what we wrote counts as an edit too.
    fake.sheet('审核').cell(10, 5).value = '备注';
    const report = await writeOutputs(asContext(fake), outputs('二'), {
      supports,
      confirmReplace: async () => true,
    });
    expect(report.names).toEqual(['汇总', '审核']);
    expect(fake.sheet('审核').valuesFromA1()).toEqual([['二审核']]);

    fake.sheet('审核').cell(0, 0).value = '改过';
    const ribbon = await writeOutputs(asContext(fake), outputs('三'), { supports });
    expect(ribbon.names).toEqual(['汇总', '审核(2)']);
    expect(fake.sheet('审核').valuesFromA1()).toEqual([['改过']]);
    expect(ribbon.notices).toHaveLength(1);
  });

  it('says when a result goes beside a user sheet of the same name', async () => {
    const fake = new FakeExcel([{ name: '汇总', rows: [['用户的']] }]);
    const report = await writeOutputs(asContext(fake), outputs('一'), {
      supports: supportUpTo('1.1'),
    });
    expect(report.notices).toEqual(['工作表“汇总”不是插件生成的，未改动它，结果写在“汇总(2)”']);
  });

  it('treats sheets in a registry of an older version (names only) as not provably ours', async () => {
    const fake = new FakeExcel([
      townshipSheet('东城镇', 5, 7),
      { name: '汇总', rows: [['旧版写的或用户的']] },
      { name: REGISTRY_SHEET_NAME, rows: [['本表由…'], ['汇总']], visibility: 'VeryHidden' },
    ]);
    const report = await writeOutputs(asContext(fake), outputs('新'), {
      supports: supportUpTo('1.7'),
    });
    expect(report.names[0]).toBe('汇总(2)');
    expect(fake.sheet('汇总').valuesFromA1()).toEqual([['旧版写的或用户的']]);
  });

  it('a failed batch while replacing leaves the old sheets, the registry, and no temporary sheet', async () => {
    const fake = first();
    const supports = supportUpTo('1.7');
    await writeOutputs(asContext(fake), outputs('一'), { supports });
    const before = fake.names();
    const registry = fake.sheet(REGISTRY_SHEET_NAME).valuesFromA1();
    // Syncs of the rerun: names, registry, check, data (fails half-way), …
    fake.failSync(4, 5);
    await expect(writeOutputs(asContext(fake), outputs('二'), { supports })).rejects.toThrow(
      'GeneralException',
    );
    expect(fake.names()).toEqual(before);
    expect(tilde(fake)).toEqual([]);
    expect(fake.sheet('汇总').valuesFromA1()).toEqual([['一汇总', 1.5]]);
    expect(fake.sheet(REGISTRY_SHEET_NAME).valuesFromA1()).toEqual(registry);
    // And the next run still knows its sheets: replaced in place.
    const report = await writeOutputs(asContext(fake), outputs('三'), { supports });
    expect(report.names).toEqual(['汇总', '审核']);
  });

  it('a failed first write removes what it added, the registry too', async () => {
    const fake = first();
    fake.failSync(2, 3);
    await expect(
      writeOutputs(asContext(fake), outputs('一'), { supports: supportUpTo('1.7') }),
    ).rejects.toThrow('GeneralException');
    expect(fake.names()).toEqual(['东城镇']);
  });

  it('a swap that fails half-way is finished: new sheets under their names, none left over', async () => {
    const fake = first();
    const supports = supportUpTo('1.7');
    await writeOutputs(asContext(fake), outputs('一'), { supports });
    // The swap (5th sync: registry in 4 operations, 2 deletes, 2 renames, activate) fails
    // after the registry and the first delete: the old 汇总 is gone, the old 审核 is not.
    fake.failSync(5, 5);
    await expect(writeOutputs(asContext(fake), outputs('二'), { supports })).rejects.toThrow();
    expect(tilde(fake)).toEqual([]);
    expect(fake.sheet('汇总').valuesFromA1()).toEqual([['二汇总', 1.5]]);
    expect(fake.sheet('审核').valuesFromA1()).toEqual([['一审核']]);
    const report = await writeOutputs(asContext(fake), outputs('三'), { supports });
    expect(report.names).toEqual(['汇总', '审核']);
    expect(report.notices).toEqual([]);
  });
});
