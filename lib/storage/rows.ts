import { randomBytes } from 'node:crypto';
import { CorrectionSchema, type Correction } from '@/lib/domain/correction';
import { ParseFailureSchema, ReleaseFormatSchema, type Report } from '@/lib/domain/report';
import { unpackParse } from './packed-parse';
import type { ReportState } from './report-store';

// A report's and a correction's rows as both engines return them, and what they read as.

export type ReportRow = {
  id: string;
  file_name: string;
  sha256: string;
  size: number;
  format: string;
  parser_version: string | null;
  /** Parses written before they were packed (SQLite schemas before 12). */
  parsed_json?: string | null;
  parsed_gzip: Buffer | null;
  created_at: string;
  updated_at: string;
  copy_of: string | null;
  parse_failure: string | null;
};

/** What listStates reads of a report, on both engines. */
export type StateRow = { id: string; parser_version: string | null; parse_failure: string | null; company: string | null };

export type CorrectionRow = {
  /** A number; Postgres's bigint arrives as a string. */
  id: number | string;
  fact_key: string;
  kind: string;
  action: string;
  before_json: string;
  after_json: string | null;
  reverts: number | string | null;
  reason: string;
  created_at: string;
};

export function toCorrection(row: CorrectionRow): Correction {
  return CorrectionSchema.parse({
    id: Number(row.id),
    factKey: row.fact_key,
    kind: row.kind,
    action: row.action,
    before: JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
    reverts: row.reverts === null ? null : Number(row.reverts),
    reason: row.reason,
    createdAt: row.created_at,
  });
}


/** The bytes as the driver binds a BLOB, without copying them. */
export function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** 16 random bytes: 128 bits, so a report link cannot be guessed. */
export function newReportId(): string {
  return randomBytes(16).toString('base64url');
}

export function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    fileName: row.file_name,
    sha256: row.sha256,
    size: row.size,
    format: ReleaseFormatSchema.parse(row.format),
    parserVersion: row.parser_version,
    parsed: row.parsed_gzip !== null ? unpackParse(row.parsed_gzip) : row.parsed_json ? JSON.parse(row.parsed_json) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    copyOf: row.copy_of,
    parseFailure: row.parse_failure === null ? null : ParseFailureSchema.parse(row.parse_failure),
  };
}


/** The states of the rows asked for, in the order of `ids`; ids without a row are left out. */
export function toStates(ids: string[], rows: StateRow[]): ReportState[] {
  const byId = new Map(rows.map((r) => [r.id, { id: r.id, parserVersion: r.parser_version, parseFailure: r.parse_failure === null ? null : ParseFailureSchema.parse(r.parse_failure), company: r.company }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
