/**
 * The floor of the whole-process benchmark: exceljs reads a workbook and writes it back,
 * nothing else (node bench-floor.js IN.xlsx OUT.xlsx). No tool built on exceljs's normal
 * reader and writer can be faster than this on the same file.
 */
import ExcelJS from 'exceljs';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (input === undefined || output === undefined) throw new Error('usage: IN.xlsx OUT.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
