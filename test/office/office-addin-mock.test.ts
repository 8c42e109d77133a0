import { OfficeMockObject } from 'office-addin-mock';
import { selectCell } from '../../src/host/office/select-cell';
import { excelApiSupport } from '../../src/host/office/requirement';

// office-addin-mock answers "Error, property was not loaded" instead of throwing, so the
// assertions check values, not exceptions.
describe('selectCell through office-addin-mock', () => {
  it('activates the sheet, selects the cell and syncs once', async () => {
    const calls: string[] = [];
    let syncs = 0;
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: (name: string) => ({
            activate: () => calls.push(`activate ${name}`),
            getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
          }),
        },
      },
      sync: async () => {
        syncs++;
      },
    });
    await selectCell(context as unknown as Excel.RequestContext, '东城镇', '$C$5');
    expect(calls).toEqual(['activate 东城镇', 'select C5']);
    expect(syncs).toBe(1);
  });
});

describe('excelApiSupport through an Office mock', () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => {
    delete globals.Office;
  });

  it('asks Office.context.requirements for ExcelApi sets', () => {
    const asked: string[] = [];
    globals.Office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) => {
            asked.push(`${set} ${version}`);
            return version === '1.7';
          },
        },
      },
    });
    expect(excelApiSupport('1.7')).toBe(true);
    expect(excelApiSupport('1.12')).toBe(false);
    expect(excelApiSupport('1.1')).toBe(true);
    expect(asked).toEqual(['ExcelApi 1.7', 'ExcelApi 1.12']);
  });

  it('assumes only the 1.1 baseline outside Office', () => {
    expect(excelApiSupport('1.1')).toBe(true);
    expect(excelApiSupport('1.2')).toBe(false);
  });
});
