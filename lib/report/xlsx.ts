import ExcelJS from 'exceljs';
import type { Sheet } from './export-sheets';

// Wide enough for a quote or a summary to be read without widening the column.
const MAX_WIDTH = 60;

/** The sheets as an Excel workbook: a worksheet each, its header row bold and frozen, numbers as numbers. */
export async function workbookOf(sheets: Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Release Desk';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(sheet.columns).font = { bold: true };
    // Strings go in as strings: a cell that starts with "=" is text in the sheet, never a formula.
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => cell ?? null));
    worksheet.columns.forEach((column, i) => {
      const longest = Math.max(sheet.columns[i]!.length, ...sheet.rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
      column.width = Math.min(MAX_WIDTH, longest + 2);
    });
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
