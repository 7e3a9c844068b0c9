import { describe, expect, it } from 'vitest';
import { pickReleaseDocument, readSubmission } from './edgar';

const SUBMISSION = `-----BEGIN PRIVACY-ENHANCED MESSAGE-----
Proc-Type: 2001,MIC-CLEAR

<SEC-DOCUMENT>0000917364-03-001275.txt : 20031014
<SEC-HEADER>0000917364-03-001275.hdr.sgml : 20031014
CONFORMED SUBMISSION TYPE:	8-K
FILED AS OF DATE:		20031014
	COMPANY DATA:
		COMPANY CONFORMED NAME:			EVERLY HATCH & CO
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>k40712_8k.txt
<DESCRIPTION>FORM 8-K
<TEXT>
Item 12. Disclosure of Operating Results. Refer to Exhibit 99.
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99
<SEQUENCE>2
<FILENAME>k40712ex99.txt
<TEXT>
Everly Hatch Posts Third Quarter 2003 Earnings
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>GRAPHIC
<SEQUENCE>3
<FILENAME>crest.jpg
<TEXT>
begin 644 crest.jpg
M_]C_X
end
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>`;

describe('readSubmission', () => {
  it('reads every document and the header of a full submission', () => {
    const submission = readSubmission(SUBMISSION);
    expect(submission.companyName).toBe('EVERLY HATCH & CO');
    expect(submission.filedAsOf).toBe('2003-10-14');
    expect(submission.documents.map((d) => [d.type, d.filename])).toEqual([
      ['8-K', 'k40712_8k.txt'],
      ['EX-99', 'k40712ex99.txt'],
      ['GRAPHIC', 'crest.jpg'],
    ]);
  });

  it('picks the EX-99 press release over the 8-K cover and the graphic', () => {
    expect(pickReleaseDocument(readSubmission(SUBMISSION))?.body).toBe('Everly Hatch Posts Third Quarter 2003 Earnings\n');
  });

  it('prefers EX-99.1 to other EX-99 exhibits', () => {
    const two = `<DOCUMENT>\n<TYPE>EX-99.2\n<TEXT>\nInvestor deck\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nNews release\n</TEXT>\n</DOCUMENT>`;
    expect(pickReleaseDocument(readSubmission(two))?.type).toBe('EX-99.1');
  });

  it('reads a lone <TYPE> document without a <DOCUMENT> wrapper', () => {
    const lone = '<TYPE>EX-99.1\n<SEQUENCE>3\n<FILENAME>gh-ex991.htm\n<TEXT>\n<HTML><BODY>Glimmerhaven Optics</BODY></HTML>\n</TEXT>';
    expect(readSubmission(lone).documents).toEqual([
      { type: 'EX-99.1', filename: 'gh-ex991.htm', description: null, body: '<HTML><BODY>Glimmerhaven Optics</BODY></HTML>\n' },
    ]);
  });
});
