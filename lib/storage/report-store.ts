import type { ReleaseFormat, Report, ReportSummary } from '@/lib/domain/report';

export type NewReport = {
  fileName: string;
  bytes: Uint8Array;
  format: ReleaseFormat;
  parserVersion: string | null;
  parsed: unknown;
};

export type SaveResult = {
  report: Report;
  /** false when the same bytes were stored before: the earlier report is returned instead. */
  created: boolean;
};

export type OriginalUpload = {
  fileName: string;
  format: ReleaseFormat;
  bytes: Uint8Array;
};

export type ListOptions = { limit: number; offset: number };

/** Everything the app needs from persistence; pages, actions and routes see only this. */
export interface ReportStore {
  saveReport(input: NewReport): Promise<SaveResult>;
  getReport(id: string): Promise<Report | null>;
  getOriginal(id: string): Promise<OriginalUpload | null>;
  listReports(options: ListOptions): Promise<ReportSummary[]>;
  /** Replaces a report's parsed result (a newer parser read the same original bytes). */
  updateParse(id: string, parserVersion: string, parsed: unknown): Promise<void>;
  countReports(): Promise<number>;
  close(): Promise<void>;
}
