import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { correctRelease } from './corrected-release';
import { exportSheets } from './export-sheets';
import { parseSample } from './seed.test-helper';
import { workbookOf } from './xlsx';

/** The bytes as the ArrayBuffer exceljs reads. */
function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe('the Excel export', () => {
  it("holds a sheet per section, and the sample's 2004 net sales as a number beside the company, ticker and period", async () => {
    const bytes = await workbookOf(exportSheets(correctRelease(parseSample(), [])));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBuffer(bytes));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Metrics', 'Customers', 'Events', 'Corrections']);
    const metrics = workbook.getWorksheet('Metrics')!;
    const header = (metrics.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual(['Company', 'Ticker', 'Release date', 'Metric', 'Period end', 'Months', 'Value', 'Unit']);
    const rows = metrics.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    const sales = rows.find((r) => r[3] === 'Revenue' && r[4] === '2004-12-31')!;
    // Read by hand off the release: net sales $49,023,417 against $39,256,438, up 24.88%.
    expect(sales.slice(0, 11)).toEqual(['American Locker Group Incorporated', 'ALGIE', '2005-07-27', 'Revenue', '2004-12-31', 12, 49_023_417, 'USD', 39_256_438, 9_766_979, 24.88]);
    expect(workbook.getWorksheet('Customers')!.getRow(2).getCell(7).value).toBe(53.9);
  });

  it('keeps a text that starts with "=" text, never a formula', async () => {
    const bytes = await workbookOf([{ name: 'Events', columns: ['Summary'], rows: [['=HYPERLINK("http://evil.example/","x")']] }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBuffer(bytes));
    const cell = workbook.getWorksheet('Events')!.getRow(2).getCell(1);
    expect([cell.type, cell.value]).toEqual([ExcelJS.ValueType.String, '=HYPERLINK("http://evil.example/","x")']);
  });
});
