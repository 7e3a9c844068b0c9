import { describe, expect, it } from 'vitest';
import { pickReleaseDocument, readSubmission } from './edgar';

const SUBMISSION = `-----BEGIN PRIVACY-ENHANCED MESSAGE-----
Proc-Type: 2001,MIC-CLEAR

<SEC-DOCUMENT>0000891092-04-003383.txt : 20040722
<SEC-HEADER>0000891092-04-003383.hdr.sgml : 20040722
CONFORMED SUBMISSION TYPE:	8-K
FILED AS OF DATE:		20040722
	COMPANY DATA:
		COMPANY CONFORMED NAME:			SEARS ROEBUCK & CO
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>e18506_8k.txt
<DESCRIPTION>FORM 8-K
<TEXT>
Item 12. Results of Operations. See Exhibit 99.
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99
<SEQUENCE>2
<FILENAME>e18506ex99.txt
<TEXT>
Sears Reports Second Quarter 2004 Results
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>GRAPHIC
<SEQUENCE>3
<FILENAME>logo.jpg
<TEXT>
begin 644 logo.jpg
M_]C_X
end
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>`;

describe('readSubmission', () => {
  it('reads every document and the header of a full submission', () => {
    const submission = readSubmission(SUBMISSION);
    expect(submission.companyName).toBe('SEARS ROEBUCK & CO');
    expect(submission.filedAsOf).toBe('2004-07-22');
    expect(submission.documents.map((d) => [d.type, d.filename])).toEqual([
      ['8-K', 'e18506_8k.txt'],
      ['EX-99', 'e18506ex99.txt'],
      ['GRAPHIC', 'logo.jpg'],
    ]);
  });

  it('picks the EX-99 press release over the 8-K cover and the graphic', () => {
    expect(pickReleaseDocument(readSubmission(SUBMISSION))?.body).toBe('Sears Reports Second Quarter 2004 Results\n');
  });

  it('prefers EX-99.1 to other EX-99 exhibits', () => {
    const two = `<DOCUMENT>\n<TYPE>EX-99.2\n<TEXT>\nSlides\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nRelease\n</TEXT>\n</DOCUMENT>`;
    expect(pickReleaseDocument(readSubmission(two))?.type).toBe('EX-99.1');
  });

  it('reads a lone <TYPE> document without a <DOCUMENT> wrapper', () => {
    const lone = '<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex99-1.htm\n<TEXT>\n<HTML><BODY>Beyond Cancer</BODY></HTML>\n</TEXT>';
    expect(readSubmission(lone).documents).toEqual([
      { type: 'EX-99.1', filename: 'ex99-1.htm', description: null, body: '<HTML><BODY>Beyond Cancer</BODY></HTML>\n' },
    ]);
  });
});
