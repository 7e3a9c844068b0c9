export type BodyResult = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false };

/**
 * Reads a request body up to `limit` bytes. An oversized body is refused from its declared length
 * when it has one, else as soon as the stream passes the limit — never after buffering it all.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return { ok: false };
  if (!request.body) return { ok: true, bytes: new Uint8Array() };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return { ok: false };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** A JSON request body of at most `limit` bytes; not ok when it is larger or no JSON. */
export async function readJsonBody(request: Request, limit: number): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const body = await readLimitedBody(request, limit);
  if (!body.ok) return body;
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(body.bytes)) };
  } catch {
    return { ok: false };
  }
}
