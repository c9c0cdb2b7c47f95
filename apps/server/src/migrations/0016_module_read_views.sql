-- Read contracts: the columns of core's tables another module may read in its
-- own SQL (joins for names, unit-tree scope, first photo), as views named for
-- their owner. A module never names another owner's table; these views are
-- the declared links (docs/architecture-rules.md), and a view the owner keeps
-- stable while its table changes.
CREATE VIEW org_units AS
  SELECT id, parent_id, kind, path, admin_code, name, name_en, full_name, full_name_en, boundary, active
  FROM units;

CREATE VIEW auth_user_names AS
  SELECT id, username, full_name FROM users;

CREATE VIEW files_attachments AS
  SELECT id, attached_type, attached_id, kind, created_at
  FROM files
  WHERE deleted_at IS NULL AND attached_id IS NOT NULL;

CREATE VIEW calendar_official_days AS
  SELECT date, kind, holiday FROM calendar_overrides;
