import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Tokens the server hands out and checks itself: a JSON claim and its HMAC-SHA256 under the
 * server's secret, both base64url. A phone keeps its token to rejoin as the same participant.
 */
export const tokenClaimSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('host'), room: z.string().min(1).max(12) }),
  z.strictObject({
    role: z.literal('participant'),
    room: z.string().min(1).max(12),
    participant: z.string().min(1).max(40),
  }),
]);
export type TokenClaim = z.infer<typeof tokenClaimSchema>;

const encode = (bytes: Buffer) => bytes.toString('base64url');

function mac(secret: Buffer, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

export function signToken(secret: Buffer, claim: TokenClaim): string {
  const body = encode(Buffer.from(JSON.stringify(claim)));
  return `${body}.${encode(mac(secret, body))}`;
}

/** The claim of a token this server signed, or null for anything else. */
export function verifyToken(secret: Buffer, token: string): TokenClaim | null {
  if (typeof token !== 'string' || token.length > 2000) return null;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = tokenClaimSchema.safeParse(
      JSON.parse(Buffer.from(body, 'base64url').toString('utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
