import type { ParsedRelease } from '@/lib/domain/release';
import { formatIsoDate, formatPeriod } from '@/lib/format';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** Who issued the release, when, and about which period. */
export function ReleaseSummary({ parsed }: { parsed: ParsedRelease }) {
  const { company, headline, dateline, periods, contacts } = parsed;
  const missing = <span className="text-slate-400">not found</span>;
  return (
    <section aria-labelledby="summary-heading" className="space-y-3">
      <h2 id="summary-heading" className="text-base font-semibold">
        {company.name ?? 'Unknown company'}
      </h2>
      {headline && <p className="text-sm italic text-slate-700">{headline.text}</p>}
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4">
        <Field label="Ticker">{company.ticker ? `${company.exchange ?? ''}${company.exchange ? ': ' : ''}${company.ticker}` : missing}</Field>
        <Field label="Release date">{parsed.releaseDate ? formatIsoDate(parsed.releaseDate) : missing}</Field>
        <Field label="Period">{periods[0] ? formatPeriod(periods[0]) : missing}</Field>
        <Field label="Dateline">{dateline ? dateline.text.replace(/\s+/g, ' ') : missing}</Field>
      </dl>
      {parsed.warnings.length > 0 && (
        <ul data-testid="parse-warnings" className="space-y-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {parsed.warnings.map((warning) => (
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
