/// <reference types="office-js" />

/**
 * Activates a worksheet and selects one of its cells (jump to a finding). One sync; rejects
 * when the sheet or address does not exist (the caller shows `addin.sheet-not-found`).
 *
 * @example
 * await Excel.run((context) => selectCell(context, '东城镇', 'C5'));
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address.replace(/\$/g, '')).select();
  await context.sync();
}
