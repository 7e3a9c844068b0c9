import 'server-only';
import { cache } from 'react';
import { CompanyKeySchema } from '@/lib/domain/company';
import { companyView, type CompanyRelease, type CompanyView } from '@/lib/report/company-view';
import { getStore } from '@/lib/storage';
import { libraryScope } from './edit-rights';
import { loadReport } from './load-report';

// A page for one company reads at most this many of its releases.
const MAX_RELEASES = 200;

/** A company's releases over time, each with its corrections applied; null for an unknown key. */
export const loadCompany = cache(async (key: string): Promise<CompanyView | null> => {
  const parsedKey = CompanyKeySchema.safeParse(key);
  if (!parsedKey.success) return null;
  const items = await getStore().listCompanyReports(parsedKey.data, MAX_RELEASES, await libraryScope());
  if (items.length === 0) return null;
  const releases: CompanyRelease[] = [];
  for (const item of items) {
    const loaded = await loadReport(item.id);
    if (loaded?.release) releases.push({ id: item.id, fileName: item.fileName, createdAt: item.createdAt, release: loaded.release });
  }
  return companyView(releases);
});
