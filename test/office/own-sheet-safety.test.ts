import { supportUpTo } from '../../src/host/office/requirement';
import { writeOutputSheets } from '../../src/host/office/write-sheets';
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
    const names = await writeOutputSheets(asContext(fake), [outputSheet('审核', [['ours again']])], {
      supports,
    });
    expect(fake.sheet('审核').valuesFromA1()).toEqual([['用户的审核']]);
    expect(names).toEqual(['审核(2)']);
    expect(fake.sheet('审核(2)').valuesFromA1()).toEqual([['ours again']]);
  });
});
