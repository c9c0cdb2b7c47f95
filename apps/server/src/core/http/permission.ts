import type { Role } from '@vioc/contracts';

/**
 * Every route declares one of these; a route without it fails to register. It lives with the HTTP
 * shell, which reads it from each route's config, so http needs nothing from auth; auth's guard
 * enforces it (and auth/index.ts re-exports it).
 */
export type Permission =
  | { public: true }
  | {
      roles: readonly Role[];
      /** Allow callers whose sign-in is not finished (TOTP step, TOTP setup). */
      anyStage?: boolean;
    };
