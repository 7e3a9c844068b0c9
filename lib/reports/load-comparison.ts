import 'server-only';
import { companyKey } from '@/lib/domain/company';
import { compareReleases, type Comparison } from '@/lib/report/compare';
import type { CompanyRelease } from '@/lib/report/company-view';
import { loadReport } from './load-report';

async function companyRelease(id: string, key: string): Promise<CompanyRelease | null> {
  const loaded = await loadReport(id);
  if (!loaded?.release || companyKey(loaded.release.company) !== key) return null;
  return { id, fileName: loaded.report.fileName, createdAt: loaded.report.createdAt, release: loaded.release };
}

/** Two of a company's releases side by side; null when either is not one of the company's readable releases. */
export async function loadComparison(key: string, left: string, right: string): Promise<Comparison | null> {
  const [a, b] = await Promise.all([companyRelease(left, key), companyRelease(right, key)]);
  return a && b ? compareReleases(a, b) : null;
}
