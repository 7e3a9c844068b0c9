import { describe, expect, it } from 'vitest';
import { pickReleaseDocument, readSubmission } from './edgar';

const SUBMISSION = `-----BEGIN PRIVACY-ENHANCED MESSAGE-----
Proc-Type: 2001,MIC-CLEAR

<SEC-DOCUMENT>0001357924-11-000482.txt : 20110620
<SEC-HEADER>0001357924-11-000482.hdr.sgml : 20110620
CONFORMED SUBMISSION TYPE:	8-K
FILED AS OF DATE:		20110620
	COMPANY DATA:
		COMPANY CONFORMED NAME:			GRANITE KNOLL BAKERIES CORP
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>gkb0611_8k.txt
<DESCRIPTION>CURRENT REPORT
<TEXT>
Item 2.02. The quarterly sales announcement is attached as Exhibit 99.
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99
<SEQUENCE>2
<FILENAME>gkb0611ex99.txt
<TEXT>
Granite Knoll Bakeries Lifts Second Quarter Sales 6%
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>GRAPHIC
<SEQUENCE>3
<FILENAME>wheat.gif
<TEXT>
begin 644 wheat.gif
&1TE&.#EA
\`
end
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>`;

describe('readSubmission', () => {
  it('reads every document and the header of a full submission', () => {
    const submission = readSubmission(SUBMISSION);
    expect(submission.companyName).toBe('GRANITE KNOLL BAKERIES CORP');
    expect(submission.filedAsOf).toBe('2011-06-20');
    expect(submission.documents.map((d) => [d.type, d.filename])).toEqual([
      ['8-K', 'gkb0611_8k.txt'],
      ['EX-99', 'gkb0611ex99.txt'],
      ['GRAPHIC', 'wheat.gif'],
    ]);
  });

  it('picks the EX-99 press release over the 8-K cover and the graphic', () => {
    expect(pickReleaseDocument(readSubmission(SUBMISSION))?.body).toBe('Granite Knoll Bakeries Lifts Second Quarter Sales 6%\n');
  });

  it('prefers EX-99.1 to other EX-99 exhibits', () => {
    const two = `<DOCUMENT>\n<TYPE>EX-99.2\n<TEXT>\nConference call script\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nEarnings announcement\n</TEXT>\n</DOCUMENT>`;
    expect(pickReleaseDocument(readSubmission(two))?.type).toBe('EX-99.1');
  });

  it('reads a lone <TYPE> document without a <DOCUMENT> wrapper', () => {
    const lone = '<TYPE>EX-99.1\n<SEQUENCE>4\n<FILENAME>orv-ex991.htm\n<TEXT>\n<HTML><BODY>Orvanta Field Systems</BODY></HTML>\n</TEXT>';
    expect(readSubmission(lone).documents).toEqual([
      { type: 'EX-99.1', filename: 'orv-ex991.htm', description: null, body: '<HTML><BODY>Orvanta Field Systems</BODY></HTML>\n' },
    ]);
  });
});
