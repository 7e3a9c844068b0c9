import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { ELEVEN_MB, madeUpRelease, PNG_BYTES } from './fixtures';

type Created = { id: string; url: string; editKey: string; copyOf: string | null };

test('POST a file, read it back as JSON and as original bytes, and POST it again as its own copy', async ({ request, baseURL }) => {
  const body = madeUpRelease('Eta Engines Inc.');
  const created = await request.post('/api/reports', {
    multipart: { file: { name: 'eta.txt', mimeType: 'text/plain', buffer: Buffer.from(body) } },
  });
  expect(created.status()).toBe(201);
  const { id, url, copyOf, editKey } = (await created.json()) as Created;
  expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(url).toBe(`${baseURL}/reports/${id}`);
  expect(copyOf).toBeNull();

  const report = await request.get(`/api/reports/${id}`);
  expect(report.status()).toBe(200);
  expect(await report.json()).toMatchObject({
    id,
    fileName: 'eta.txt',
    size: Buffer.byteLength(body),
    format: 'text',
    sha256: createHash('sha256').update(body).digest('hex'),
    parsed: {
      company: { name: 'Eta Engines Inc.' },
      releaseDate: '2025-03-03',
      metrics: [{ metric: 'revenue', period: { end: '2024-12-31', months: 12 }, value: 12345678, unit: 'USD' }],
    },
  });

  const original = await request.get(`/api/reports/${id}/original`);
  expect(original.headers()['content-disposition']).toBe("attachment; filename*=UTF-8''eta.txt");
  expect((await original.body()).toString()).toBe(body);

  const again = await request.post('/api/reports', {
    multipart: { file: { name: 'eta-copy.txt', mimeType: 'text/plain', buffer: Buffer.from(body) } },
  });
  // The same bytes again: a report of its own (its own link and edit key), named a copy of the first.
  expect(again.status()).toBe(201);
  const copy = (await again.json()) as Created;
  expect(copy.copyOf).toBe(id);
  expect([copy.id === id, copy.editKey === editKey]).toEqual([false, false]);
  expect((await (await request.get(`/api/reports/${copy.id}`)).json()).fileName).toBe('eta-copy.txt');

  // The share link serves the report page (its text split into highlights around the facts).
  const page = await request.get(url);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('>Eta Engines Inc.</span> today reported');
});

test('POST a raw text body named by ?name=', async ({ request }) => {
  const response = await request.post('/api/reports?name=theta.htm', {
    data: `<html><body><p>${madeUpRelease('Theta Tools Inc.')}</p></body></html>`,
    headers: { 'content-type': 'text/html' },
  });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as Created;
  expect(await (await request.get(`/api/reports/${id}`)).json()).toMatchObject({ fileName: 'theta.htm', format: 'html' });
});

test('bad uploads get clear JSON errors with 4xx statuses', async ({ request }) => {
  const cases = [
    { data: Buffer.alloc(0), status: 400, code: 'empty_file' },
    { data: PNG_BYTES, status: 415, code: 'unsupported_type' },
    { data: Buffer.alloc(ELEVEN_MB, 0x61), status: 413, code: 'file_too_large' },
  ];
  for (const { data, status, code } of cases) {
    const response = await request.post('/api/reports?name=bad.txt', { data, headers: { 'content-type': 'text/plain' } });
    expect(response.status()).toBe(status);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
  }
  const missing = await request.post('/api/reports', { multipart: { note: 'no file here' } });
  expect(missing.status()).toBe(400);
  expect((await missing.json()).error.code).toBe('no_input');
});

test('GET of an unknown id is a JSON 404', async ({ request }) => {
  const response = await request.get('/api/reports/AAAAAAAAAAAAAAAAAAAAAA');
  expect(response.status()).toBe(404);
  expect((await response.json()).error.code).toBe('not_found');
});

test('X-Forwarded-Host and -Proto are not believed without TRUST_PROXY: links keep the host the client used', async ({ request, baseURL }) => {
  const response = await request.post('/api/reports?name=forwarded.txt', {
    data: madeUpRelease('Forwarded Holdings Inc.'),
    headers: { 'content-type': 'text/plain', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
  });
  expect(response.status()).toBe(201);
  const { url, editUrl } = await response.json();
  expect(url.startsWith(`${baseURL}/reports/`)).toBe(true);
  expect(editUrl.startsWith(`${baseURL}/reports/`)).toBe(true);
});
