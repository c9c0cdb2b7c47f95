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
      /**
       * The caller asks about itself ("am I signed in?"): without a valid
       * session it gets the same 401, but that is an answer, not an access
       * denial, so it is not written to the audit log (every guest page load
       * asks).
       */
      probe?: boolean;
    };
