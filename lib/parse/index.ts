import { ParsedReleaseSchema, type ParsedRelease } from '@/lib/domain/release';
import { PASSES, type Draft } from './configuration';
import { buildContext } from './context';

/** Bumped whenever the output for the same input may change, so stored reports are re-parsed. */
export const PARSER_VERSION = '0.6.85';

/** Parses one press release (bytes or text; plain text, HTML or EDGAR submission) into facts. */
export function parseRelease(input: Uint8Array | string): ParsedRelease {
  const context = buildContext(input);
  const draft: Draft = {};
  for (const pass of PASSES) pass.run(context, draft);
  return ParsedReleaseSchema.parse({ parserVersion: PARSER_VERSION, ...draft });
}
