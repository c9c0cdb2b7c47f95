-- Two-factor codes tried on a session (the pending sign-in, or the session
-- enabling/disabling TOTP). The per-IP rate limit alone let many addresses share
-- one pending sign-in to guess the 6 digits; after a few attempts the session is
-- revoked and the password must be given again.
ALTER TABLE sessions ADD COLUMN totp_attempts integer NOT NULL DEFAULT 0;
