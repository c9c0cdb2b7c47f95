-- Guest photo uploads (core/files): a citizen without an account uploads report
-- photos through POST /api/files/guest and receives a one-time upload token.
-- Only its SHA-256 is kept; reports.submit presents the token to attach the
-- photo, which clears it. Unattached guest uploads go with the orphan cleanup.

ALTER TABLE files ADD COLUMN guest_token_hash bytea;
