import * as z from 'zod';
import { download, errorResponse, guarded, XLSX_TYPE } from '@/lib/http/responses';
import { csvOf } from '@/lib/report/csv';
import { exportCsvRows, exportJson } from '@/lib/report/export';
import { exportSheets } from '@/lib/report/export-sheets';
import { workbookOf } from '@/lib/report/xlsx';
import { loadReport } from '@/lib/reports/load-report';

const FormatSchema = z.enum(['json', 'csv', 'xlsx']).catch('json');

/** The report's corrected facts and correction trail as a download: `?format=json` (the contract), `csv` or `xlsx`. */
export const GET = guarded(async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadReport((await params).id);
  if (!loaded) return errorResponse('not_found');
  if (!loaded.release) return errorResponse('not_parsed');
  const base = loaded.report.fileName.replace(/\.[^.]+$/, '') || 'release';
  const format = FormatSchema.parse(new URL(request.url).searchParams.get('format'));
  if (format === 'xlsx') return download(await workbookOf(exportSheets(loaded.release)), `${base}-facts.xlsx`, XLSX_TYPE);
  if (format === 'csv') return download(csvOf(exportCsvRows(loaded.release)), `${base}-facts.csv`, 'text/csv; charset=utf-8');
  return download(JSON.stringify(exportJson(loaded.report.fileName, loaded.release), null, 2), `${base}-facts.json`, 'application/json; charset=utf-8');
});
