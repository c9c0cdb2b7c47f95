-- Files: uploaded photos, videos and documents (core/files). The bytes live
-- with the storage driver (local disk or S3-compatible); this table is their
-- catalogue. A file is uploaded first and attached to a record (a report, a
-- task…) later; files still unattached after a grace period are removed.

CREATE TABLE files (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  owner_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  owner_api_key_id uuid REFERENCES api_keys(id) ON DELETE SET NULL,
  unit_id uuid REFERENCES units(id),
  kind text NOT NULL CHECK (kind IN ('photo', 'video', 'document')),
  mime text NOT NULL,
  size bigint NOT NULL CHECK (size > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key text NOT NULL UNIQUE,
  thumbnail_key text UNIQUE,
  width integer CHECK (width > 0),
  height integer CHECK (height > 0),
  gps_lat double precision CHECK (gps_lat BETWEEN -90 AND 90),
  gps_lon double precision CHECK (gps_lon BETWEEN -180 AND 180),
  taken_at timestamptz,
  original_name text CHECK (length(original_name) BETWEEN 1 AND 255),
  created_at timestamptz NOT NULL DEFAULT now(),
  attached_at timestamptz,
  attached_type text CHECK (attached_type ~ '^[a-z][a-z0-9_]*$'),
  attached_id uuid,
  deleted_at timestamptz,
  CHECK ((gps_lat IS NULL) = (gps_lon IS NULL)),
  CHECK ((attached_at IS NULL) = (attached_type IS NULL) AND (attached_type IS NULL) = (attached_id IS NULL))
);
CREATE INDEX files_attached ON files (attached_type, attached_id) WHERE attached_type IS NOT NULL;
CREATE INDEX files_unattached ON files (created_at) WHERE attached_at IS NULL AND deleted_at IS NULL;
CREATE INDEX files_owner ON files (owner_user_id, created_at);
CREATE INDEX files_unit ON files (unit_id);
