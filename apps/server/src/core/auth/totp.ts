import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';

const PERIOD = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, label: string): string {
  return generateURI({ issuer: 'vioc', label, secret, period: PERIOD });
}

/**
 * Checks a code with one step of clock drift either way. Returns the time step
 * it matched so the caller can refuse a replay of the same or an older step.
 */
export function matchTotp(secret: string, code: string, now = Date.now()): number | null {
  const epoch = Math.floor(now / 1000);
  for (const offset of [0, -1, 1]) {
    const step = Math.floor(epoch / PERIOD) + offset;
    const res = verifySync({ secret, token: code, epoch: step * PERIOD, period: PERIOD });
    if (res.valid) return step;
  }
  return null;
}

/** For tests and the demo: the code an authenticator shows now. */
export function currentTotp(secret: string, now = Date.now()): string {
  return generateSync({ secret, epoch: Math.floor(now / 1000), period: PERIOD });
}
