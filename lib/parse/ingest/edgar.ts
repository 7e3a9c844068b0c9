/** One <DOCUMENT> of an EDGAR submission. */
export type EdgarDocument = { type: string; filename: string | null; description: string | null; body: string };

export type EdgarSubmission = {
  documents: EdgarDocument[];
  companyName: string | null;
  /** "FILED AS OF DATE" (YYYY-MM-DD): a fallback for the release date only. */
  filedAsOf: string | null;
};

const DOCUMENT = /<DOCUMENT>([\s\S]*?)(?:<\/DOCUMENT>|(?=<DOCUMENT>)|$)/gi;

function field(block: string, name: string): string | null {
  const match = new RegExp(`^<${name}>[ \\t]*(.*)$`, 'im').exec(block);
  return match?.[1]?.trim() || null;
}

function headerValue(header: string, label: string): string | null {
  const match = new RegExp(`^\\s*${label}:\\s*(.+)$`, 'im').exec(header);
  return match?.[1]?.trim() || null;
}

function bodyOf(block: string): string {
  const start = /<TEXT>/i.exec(block);
  if (!start) return '';
  const rest = block.slice(start.index + start[0].length);
  const end = /<\/TEXT>/i.exec(rest);
  return (end ? rest.slice(0, end.index) : rest).replace(/^\r?\n/, '');
}

/** Splits an EDGAR SGML submission (or a lone <TYPE>… document) into its documents. */
export function readSubmission(sgml: string): EdgarSubmission {
  const documents: EdgarDocument[] = [];
  for (const match of sgml.matchAll(DOCUMENT)) {
    const block = match[1] ?? '';
    documents.push({
      type: (field(block, 'TYPE') ?? '').toUpperCase(),
      filename: field(block, 'FILENAME'),
      description: field(block, 'DESCRIPTION'),
      body: bodyOf(block),
    });
  }
  if (documents.length === 0 && /^<TYPE>/im.test(sgml)) {
    documents.push({
      type: (field(sgml, 'TYPE') ?? '').toUpperCase(),
      filename: field(sgml, 'FILENAME'),
      description: field(sgml, 'DESCRIPTION'),
      body: /<TEXT>/i.test(sgml) ? bodyOf(sgml) : sgml.replace(/^<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>.*$/gim, ''),
    });
  }
  const header = /<SEC-HEADER>([\s\S]*?)<\/SEC-HEADER>/i.exec(sgml)?.[1] ?? sgml.slice(0, 4000);
  const filed = headerValue(header, 'FILED AS OF DATE');
  return {
    documents,
    companyName: headerValue(header, 'COMPANY CONFORMED NAME'),
    filedAsOf: filed && /^\d{8}$/.test(filed) ? `${filed.slice(0, 4)}-${filed.slice(4, 6)}-${filed.slice(6, 8)}` : null,
  };
}

function exhibitRank(type: string): number {
  if (/^EX-99\.0?1$/.test(type)) return 0;
  if (/^EX-99(\.\d+)?$/.test(type)) return 1;
  return 2;
}

/** The press release of a submission: the EX-99.1 exhibit, else another EX-99, else the main document. */
export function pickReleaseDocument(submission: EdgarSubmission): EdgarDocument | null {
  const candidates = submission.documents.filter((d) => d.body.trim() !== '');
  const exhibits = candidates.filter((d) => exhibitRank(d.type) < 2).sort((a, b) => exhibitRank(a.type) - exhibitRank(b.type));
  return exhibits[0] ?? candidates[0] ?? null;
}
