import { describe, expect, it } from 'vitest';
import { segmentIn } from './column-words';

describe('segmentIn', () => {
  it.each([
    ['Thirteen Weeks Ended November 2, 2024', null],
    ['Thirty-nine Weeks Ended', null],
    ['Twenty Six Weeks Ended', null],
    ['Reorganized Company Three Months Ended', null],
    ['Predecessor Company Period from January 1 through March 31', null],
    ['(in thousands, except per share data) 2024', null],
    ['Data Center Three Months Ended', 'Data Center'],
    ['Gaming 2025', 'Gaming'],
    // A footnote run into a header is no segment's name.
    ['tax impact of adjustments including recognition of excess tax benefits related to stock awards', null],
  ])('%j names segment %j', (header, segment) => {
    expect(segmentIn(header)).toBe(segment);
  });
});
