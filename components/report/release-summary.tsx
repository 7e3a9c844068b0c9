import Link from 'next/link';
import { companyKey } from '@/lib/domain/company';
import type { Source } from '@/lib/domain/release';
import { formatIsoDate, formatPeriod, shortCompanyName } from '@/lib/format';
import { sourceAnchor } from '@/lib/report/anchors';
import type { CorrectedRelease } from '@/lib/report/corrected-release';

function Field({ label, id, source, children }: { label: string; id?: string; source?: Source | null; children: React.ReactNode }) {
  return (
    <div id={id} className="rounded px-1">
      <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">
        {source ? <a href={`#${sourceAnchor(source)}`} className="hover:underline">{children}</a> : children}
      </dd>
    </div>
  );
}

/** Who issued the release, when, and about which period. */
export function ReleaseSummary({ release }: { release: CorrectedRelease }) {
  const { company, headline, dateline, periods, contacts } = release;
  const missing = <span className="text-slate-400">not found</span>;
  const key = companyKey(company);
  return (
    <section aria-labelledby="summary-heading" className="space-y-3">
      <h2 id="summary-heading" className="text-base font-semibold">
        <span id="fact-company" className="rounded px-1">
          {company.source ? <a href={`#${sourceAnchor(company.source)}`} className="hover:underline">{company.name ?? 'Unknown company'}</a> : (company.name ?? 'Unknown company')}
        </span>
      </h2>
      {key && (
        <p className="px-1 text-xs">
          <Link href={`/companies/${key}`} data-testid="company-link" className="text-sky-700 underline hover:text-sky-900">
            All releases of {company.name ? shortCompanyName(company.name) : company.ticker}
          </Link>
        </p>
      )}
      {headline && (
        <p id="fact-headline" className="rounded px-1 text-sm italic text-slate-700">
          <a href={`#${sourceAnchor(headline.source)}`} className="hover:underline">{headline.text}</a>
        </p>
      )}
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4">
        <Field label="Ticker">{company.ticker ? `${company.exchange ?? ''}${company.exchange ? ': ' : ''}${company.ticker}` : missing}</Field>
        <Field label="Release date" id="fact-release-date" source={release.releaseDateSource}>
          {release.releaseDate ? formatIsoDate(release.releaseDate) : missing}
        </Field>
        <Field label="Period">{periods[0] ? formatPeriod(periods[0]) : missing}</Field>
        <Field label="Dateline" id="fact-dateline" source={dateline?.source}>
          {dateline ? dateline.text.replace(/\s+/g, ' ') : missing}
        </Field>
      </dl>
      {release.warnings.length > 0 && (
        <ul data-testid="parse-warnings" className="space-y-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {release.warnings.map((warning) => (
            <li key={warning}>⚠ {warning}</li>
          ))}
        </ul>
      )}
      {contacts.length > 0 && (
        <p className="text-xs text-slate-500">
          Contacts: {contacts.map((c) => [c.name, c.phone, c.email].filter(Boolean).join(', ')).join(' · ')}
        </p>
      )}
    </section>
  );
}
