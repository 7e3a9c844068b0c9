import { yearEndMonth } from '@/lib/domain/fiscal-year';
import { periodName, shortCompanyName } from '@/lib/format';
import type { CorrectedRelease } from './corrected-release';

/**
 * A report's title, for its heading and its <title>: "American Locker Group — Results for 2004
 * Announced"; the period's results where the headline was not found; the file name when the
 * release names no company.
 */
export function reportTitle(release: CorrectedRelease | null, fileName: string): string {
  const company = release?.company.name ? shortCompanyName(release.company.name) : null;
  if (!release || !company) return fileName;
  const headline = release.headline?.text.replace(/\s+/g, ' ').trim();
  if (headline) return `${company} — ${headline}`;
  return release.periods[0] ? `${company} — ${periodName(release.periods[0], yearEndMonth(release.fiscalYearEnd))} results` : company;
}
