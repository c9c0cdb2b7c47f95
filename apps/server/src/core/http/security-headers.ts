import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/** The server's helmet options: a strict CSP (map tiles allowed when configured), HSTS behind https. */
export function helmetOptions(opts: {
  publicUrl?: string | undefined;
  mapTileUrl?: string | undefined;
}): HelmetOptions {
  const tileOrigin = opts.mapTileUrl ? safeOrigin(opts.mapTileUrl) : undefined;
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...(tileOrigin ? [tileOrigin] : [])],
        connectSrc: ["'self'", ...(tileOrigin ? [tileOrigin] : [])],
        workerSrc: ["'self'", 'blob:'],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: opts.publicUrl?.startsWith('https://') ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url.replace(/\{[a-z]\}/g, '0')).origin;
  } catch {
    return undefined;
  }
}

export interface SecurityHeaders {
  /** Headers helmet sets, in its order, with their final values. */
  set: readonly (readonly [name: string, value: string])[];
  /** Headers helmet removes (X-Powered-By). */
  remove: readonly string[];
}

/**
 * Helmet's headers for these options, computed once. @fastify/helmet calls
 * `helmet(options)` on every request, which parses and validates the CSP
 * directives again each time (≈ 4 % of the server's CPU on a small GET); with
 * static options (no nonces, no directive functions) the result never changes,
 * so it is taken here from helmet itself by running its middleware once against
 * a recording response, and replayed per request by `applySecurityHeaders`.
 */
export function securityHeaders(options: HelmetOptions): SecurityHeaders {
  const directives = (options.contentSecurityPolicy as { directives?: Record<string, unknown> } | undefined)
    ?.directives;
  for (const value of Object.values(directives ?? {}))
    if (typeof value === 'function' || (Array.isArray(value) && value.some((v) => typeof v === 'function')))
      throw new Error('securityHeaders: CSP directives computed per request cannot be precomputed');
  // Keyed by lower-case name, keeping helmet's spelling for the wire.
  const set = new Map<string, readonly [string, string]>();
  const remove = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      const key = name.toLowerCase();
      remove.delete(key);
      set.set(key, [name, Array.isArray(value) ? value.join(', ') : String(value)]);
      return recorder;
    },
    removeHeader(name: string) {
      const key = name.toLowerCase();
      set.delete(key);
      remove.set(key, name);
    },
  };
  let failed: unknown;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    failed = err;
  });
  if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
  return { set: [...set.values()], remove: [...remove.values()] };
}

/** What helmet's middleware does to a response, without recomputing it. */
export function applySecurityHeaders(res: ServerResponse, headers: SecurityHeaders): void {
  for (const [name, value] of headers.set) res.setHeader(name, value);
  for (const name of headers.remove) res.removeHeader(name);
}
