import { describe, expect, it } from 'vitest';
import { readJsonBody, readLimitedBody } from './read-limited-body';

function streamOf(chunks: number[]): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let index = 0;
  // highWaterMark 0: a chunk is produced only when the reader asks for it.
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (index === chunks.length) controller.close();
        else controller.enqueue(new Uint8Array(chunks[index++]!).fill(0x61));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => index };
}

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request('http://localhost/api/reports', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

describe('readLimitedBody', () => {
  it('returns a body at the limit whole', async () => {
    const result = await readLimitedBody(post('abcde'), 5);
    expect(result).toEqual({ ok: true, bytes: new TextEncoder().encode('abcde') });
  });

  it('returns no bytes for a request without a body', async () => {
    expect(await readLimitedBody(new Request('http://localhost/'), 5)).toEqual({ ok: true, bytes: new Uint8Array() });
  });

  it('refuses from the declared Content-Length without reading the body', async () => {
    const { stream, pulled } = streamOf([10, 10]);
    const result = await readLimitedBody(post(stream, { 'content-length': '20' }), 5);
    expect(result).toEqual({ ok: false });
    expect(pulled()).toBe(0);
  });

  it('stops reading a streamed body as soon as it passes the limit', async () => {
    const { stream, pulled } = streamOf([4, 4, 4, 4, 4, 4]);
    expect(await readLimitedBody(post(stream), 6)).toEqual({ ok: false });
    expect(pulled()).toBeLessThan(6);
  });
});

describe('readJsonBody', () => {
  it('reads JSON within the limit, and refuses a larger body or one that is no JSON', async () => {
    expect(await readJsonBody(post('{"ids":["a"]}'), 64)).toEqual({ ok: true, value: { ids: ['a'] } });
    expect(await readJsonBody(post('{"ids":["a"]}'), 5)).toEqual({ ok: false });
    expect(await readJsonBody(post('ids=a'), 64)).toEqual({ ok: false });
  });
});
