import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffRelease } from './sniff';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffRelease', () => {
  it('reads an old EDGAR plain-text release with <PAGE> markers as text', () => {
    const release = '<PAGE>   1\n\n   JAMESTOWN, NY- (BUSINESS WIRE) July 27, 2005. American Locker Group\n';
    expect(sniffRelease(bytes(release))).toEqual({ ok: true, format: 'text' });
  });

  it('reads a page starting with a doctype as HTML', () => {
    const page = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML><HEAD><TITLE>Q3</TITLE>';
    expect(sniffRelease(bytes(page))).toEqual({ ok: true, format: 'html' });
  });

  it('reads a 1990s fragment without <html> but with a <TABLE> as HTML', () => {
    expect(sniffRelease(bytes('<TITLE>PCN News</TITLE>\n<TABLE><TR><TD>x</TD></TR></TABLE>'))).toEqual({
      ok: true,
      format: 'html',
    });
  });

  it('reads a full EDGAR submission, even behind a PEM header, as SGML', () => {
    const submission =
      '-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n\n<SEC-DOCUMENT>0000950134-05-014123.txt\n<SEC-HEADER>';
    expect(sniffRelease(bytes(submission))).toEqual({ ok: true, format: 'sgml' });
  });

  it('reads a single <TYPE>EX-99.1 document wrapping HTML as SGML', () => {
    expect(sniffRelease(bytes('<TYPE>EX-99.1\n<SEQUENCE>2\n<TEXT>\n<HTML><BODY>'))).toEqual({
      ok: true,
      format: 'sgml',
    });
  });

  it('accepts windows-1252 text with curly quotes and form feeds', () => {
    const release = new Uint8Array([0x93, 0x4e, 0x65, 0x74, 0x94, 0x0c, 0x0d, 0x0a, 0x41]);
    expect(sniffRelease(release)).toEqual({ ok: true, format: 'text' });
  });

  it('refuses an empty file and a whitespace-only file as empty', () => {
    expect(sniffRelease(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    expect(sniffRelease(bytes(' \n\t\r\n  '))).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['PDF', [...bytes('%PDF-1.7\n%âãÏÓ\n')]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00]],
  ])('refuses a %s file as binary whatever its name', (_name, signature) => {
    expect(sniffRelease(new Uint8Array(signature))).toEqual({ ok: false, reason: 'binary' });
  });

  it('refuses unknown binary data by its NUL bytes', () => {
    expect(sniffRelease(new Uint8Array([0x41, 0x42, 0x00, 0x43]))).toEqual({ ok: false, reason: 'binary' });
    const utf16WithoutBom = Array.from(new TextEncoder().encode('Net sales rose to $1.2 million.')).flatMap((b) => [b, 0]);
    expect(sniffRelease(new Uint8Array(utf16WithoutBom))).toEqual({ ok: false, reason: 'binary' });
  });

  it('accepts a long web page with a few stray NUL bytes (as old pages have)', () => {
    const page = new TextEncoder().encode(`<HTML><BODY><p>${'Net sales rose to $1.2 million. '.repeat(100)}</p></BODY></HTML>`);
    for (const at of [40, 900, 2000]) page[at] = 0;
    expect(sniffRelease(page)).toEqual({ ok: true, format: 'html' });
  });

  // A made-up executable's bytes: a header, runs of zeros and opcodes, as compiled code has.
  const executable = (size: number) => {
    const out = new Uint8Array(size);
    out.set([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]);
    for (let i = 16; i < size; i++) out[i] = i % 7 === 0 ? 0 : (i * 37) % 251;
    return out;
  };
  const concat = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
    return out;
  };
  const prose = (chars: number) => 'Net sales rose to $1.2 million in the quarter. '.repeat(Math.ceil(chars / 47)).slice(0, chars);
  const utf16le = (text: string) => concat(new Uint8Array([0xff, 0xfe]), new Uint8Array(Buffer.from(text, 'utf16le')));

  it('refuses text that turns into binary after its first 8 KB, in its middle or at its end', () => {
    expect(sniffRelease(concat(bytes(prose(8192)), executable(300_000)))).toEqual({ ok: false, reason: 'binary' });
    expect(sniffRelease(concat(bytes(prose(100_000)), executable(20_000), bytes(prose(100_000))))).toEqual({ ok: false, reason: 'binary' });
    expect(sniffRelease(concat(bytes(prose(100_000)), executable(9_000)))).toEqual({ ok: false, reason: 'binary' });
  });

  it('accepts long text whose middle and end are text too', () => {
    expect(sniffRelease(bytes(prose(300_000)))).toEqual({ ok: true, format: 'text' });
  });

  it('reads UTF-16 after its byte-order mark: text is accepted, binary behind a mark refused', () => {
    expect(sniffRelease(utf16le(prose(50_000)))).toEqual({ ok: true, format: 'text' });
    expect(sniffRelease(concat(new Uint8Array([0xff, 0xfe]), executable(300_000)))).toEqual({ ok: false, reason: 'binary' });
    expect(sniffRelease(concat(utf16le(prose(8192)), executable(300_000)))).toEqual({ ok: false, reason: 'binary' });
    const bigEndian = concat(new Uint8Array([0xfe, 0xff]), new Uint8Array(Buffer.from(prose(20_000), 'utf16le').swap16()));
    expect(sniffRelease(bigEndian)).toEqual({ ok: true, format: 'text' });
  });

  it('accepts UTF-16 text with a byte-order mark despite its NUL bytes', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]); // "Hi"
    expect(sniffRelease(utf16)).toEqual({ ok: true, format: 'text' });
  });
});

describe('the team corpus', () => {
  it('is accepted whole: every real release and passage sniffs as text, HTML or SGML', () => {
    const refused = ['releases', 'passages'].flatMap((folder) => {
      const dir = path.join(__dirname, '..', '..', '..', 'shared', 'corpus', folder);
      return readdirSync(dir)
        .filter((name) => /\.(?:txt|html?)$/.test(name))
        .filter((name) => !sniffRelease(new Uint8Array(readFileSync(path.join(dir, name)))).ok)
        .map((name) => `${folder}/${name}`);
    });
    expect(refused).toEqual([]);
  });
});
