import * as z from 'zod';
import { download, errorResponse, guarded, XLSX_TYPE } from '@/lib/http/responses';
import { companyFigures, companySheets } from '@/lib/report/company-sheets';
import { csvOf } from '@/lib/report/csv';
import { workbookOf } from '@/lib/report/xlsx';
import { loadCompany } from '@/lib/reports/load-company';

const FormatSchema = z.enum(['csv', 'xlsx']).catch('xlsx');

/** A company page's metrics by period as a download: `?format=xlsx` (a sheet per table and all figures) or `csv` (all figures). */
export const GET = guarded(async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const view = await loadCompany(key);
  if (!view) return errorResponse('not_found');
  if (FormatSchema.parse(new URL(request.url).searchParams.get('format')) === 'csv') {
    const figures = companyFigures(view);
    return download(csvOf([figures.columns, ...figures.rows]), `${key}-by-period.csv`, 'text/csv; charset=utf-8');
  }
  return download(await workbookOf(companySheets(view)), `${key}-by-period.xlsx`, XLSX_TYPE);
});
