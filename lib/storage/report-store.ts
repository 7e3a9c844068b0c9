import type { Correction, NewCorrection } from '@/lib/domain/correction';
import type { LibraryItem, LibraryPage, LibraryQuery, Listing } from '@/lib/domain/listing';
import type { ParseFailure, ReleaseFormat, Report, ReportCopy } from '@/lib/domain/report';
import type { PackedParse } from './packed-parse';

export type NewReport = {
  fileName: string;
  bytes: Uint8Array;
  format: ReleaseFormat;
  parserVersion: string | null;
  /** The parse, packed (packParse); null when there is none. */
  parsed: PackedParse | null;
  /** Why there is no parse (parsed is null); none when there is one. */
  parseFailure?: ParseFailure | null;
  /** The library row; null when the release could not be parsed. */
  listing: Listing | null;
  /** What a library search reads: the release text. */
  searchText: string;
  /** The hash of the report's first edit key (lib/secrets.ts); the key itself is never stored. */
  editKeyHash: string;
};

export type SaveResult = {
  /** A new report, whether or not the bytes were stored before (its parse is not read back). */
  report: Omit<Report, 'parsed'>;
  /** The first report of the same bytes, when they were uploaded before; null for new bytes. */
  copyOf: string | null;
};


export type OriginalUpload = {
  fileName: string;
  format: ReleaseFormat;
  bytes: Uint8Array;
};

/** Where a report's reading stands, for a batch's progress: its parser (null: not read yet), why it has no parse, its company. */
export type ReportState = { id: string; parserVersion: string | null; parseFailure: ParseFailure | null; company: string | null };

export type Reparse = Pick<NewReport, 'parserVersion' | 'parsed' | 'parseFailure' | 'listing' | 'searchText'> & { parserVersion: string };

/**
 * Whose reports a listing shows: everyone's (the team library, the default), or only those one
 * browser uploaded or opened an edit link for (LIBRARY=private), by its editor token's hash; a
 * browser without a token has none. A report's own link opens it for anyone either way.
 */
export type LibraryScope = { kind: 'team' } | { kind: 'private'; editorTokenHash: string | null };

export const TEAM_LIBRARY: LibraryScope = { kind: 'team' };

/** Everything the app needs from persistence; pages, actions and routes see only this. */
export interface ReportStore {
  /** Opens the store (connects, migrates the schema); rejects with why when it cannot be used. */
  ready(): Promise<void>;
  /** Stores an upload as a new report; the same bytes uploaded again make a copy with its own link and rights. */
  saveReport(input: NewReport): Promise<SaveResult>;
  getReport(id: string): Promise<Report | null>;
  getOriginal(id: string): Promise<OriginalUpload | null>;
  /** Which of these files (by the sha256 of their bytes) are stored already. */
  storedFiles(sha256s: string[]): Promise<Set<string>>;
  /** One page of the library, searched and sorted. */
  listReports(query: LibraryQuery, scope: LibraryScope): Promise<LibraryPage>;
  /** A company's reports (by companyKey), oldest release first, at most `limit`. */
  listCompanyReports(key: string, limit: number, scope: LibraryScope): Promise<LibraryItem[]>;
  /** Replaces a report's parsed result (a newer parser read the same original bytes). */
  updateParse(id: string, reparse: Reparse): Promise<void>;
  /** Replaces a report's library row (its facts were corrected). */
  updateListing(id: string, listing: Listing): Promise<void>;
  /** Reports a parser other than `parserVersion` wrote (or none), at most `limit`, the oldest first. */
  listStale(parserVersion: string, limit: number): Promise<string[]>;
  /** Parsed reports without a library row (stored before the library existed). */
  listUnlisted(limit: number): Promise<string[]>;
  /** Appends to a report's audit trail. */
  addCorrection(reportId: string, correction: NewCorrection): Promise<Correction>;
  /** A report's audit trail, oldest first. */
  listCorrections(reportId: string): Promise<Correction[]>;
  /** Where each of these reports' reading stands; ids not stored are left out. */
  listStates(ids: string[]): Promise<ReportState[]>;
  /** Whether a report of this id is stored, without reading it. */
  hasReport(id: string): Promise<boolean>;
  /** Adds an edit key (by its hash) to a report: each edit link made for it is one. */
  addEditKey(reportId: string, keyHash: string): Promise<void>;
  /** Whether the key of this hash edits the report. */
  isEditKey(reportId: string, keyHash: string): Promise<boolean>;
  grantEditor(reportId: string, tokenHash: string): Promise<void>;
  isEditor(reportId: string, tokenHash: string): Promise<boolean>;
  /** Every report of the same bytes as this one that the scope shows, the first upload first (the report itself included). */
  listCopies(id: string, scope: LibraryScope): Promise<ReportCopy[]>;
  /**
   * Counts one request of a client against a fixed window of `windowMs` (or, `count` false, only
   * reads the count): the window's requests so far and when it ends (ms since the epoch).
   */
  hit(bucket: string, client: string, windowMs: number, count: boolean): Promise<{ hits: number; resetAt: number }>;
  /** The bytes the store takes up, as its storage quota counts them. */
  usedBytes(): Promise<number>;
  /** Deletes a report with its corrections and edit rights; false when there was none. */
  deleteReport(id: string): Promise<boolean>;
  close(): Promise<void>;
}
