import { createHash, randomBytes } from 'node:crypto';

/** A new secret (an edit key): 16 random bytes, 128 bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * What is stored of a secret (an edit key, a browser's editor token): its SHA-256, never the secret
 * itself, so a copy of the database opens nothing. A fast hash is enough: the secrets are random
 * 128- and 256-bit values, so there is no guess to test against a stolen hash.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
