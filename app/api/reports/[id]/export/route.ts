import { stringify } from 'csv-stringify/sync';
import * as z from 'zod';
import { errorResponse } from '@/lib/http/responses';
import { exportCsvRows, exportJson } from '@/lib/report/export';
import { exportSheets } from '@/lib/report/export-sheets';
import { workbookOf } from '@/lib/report/xlsx';
import { loadReport } from '@/lib/reports/load-report';

const FormatSchema = z.enum(['json', 'csv', 'xlsx']).catch('json');

function attachment(name: string): string {
  return `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The report's corrected facts and correction trail as a download: `?format=json` (the contract), `csv` or `xlsx`. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadReport((await params).id);
  if (!loaded) return errorResponse('not_found');
  if (!loaded.release) return errorResponse('not_parsed');
  const base = loaded.report.fileName.replace(/\.[^.]+$/, '') || 'release';
  const format = FormatSchema.parse(new URL(request.url).searchParams.get('format'));
  if (format === 'xlsx') {
    const bytes = await workbookOf(exportSheets(loaded.release));
    return new Response(bytes, { headers: { 'Content-Type': XLSX, 'Content-Disposition': attachment(`${base}-facts.xlsx`) } });
  }
  if (format === 'csv') {
    return new Response(stringify(exportCsvRows(loaded.release)), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': attachment(`${base}-facts.csv`) },
    });
  }
  return new Response(JSON.stringify(exportJson(loaded.report.fileName, loaded.release), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': attachment(`${base}-facts.json`) },
  });
}
