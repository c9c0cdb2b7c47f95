-- Which modules have put their demo data in this database. A module's seed
-- runs once, in the transaction that records it here; a module added to an
-- existing demo installation gets its data on the next start.
CREATE TABLE module_seeds (
  module text PRIMARY KEY,
  seeded_at timestamptz NOT NULL DEFAULT now(),
  summary jsonb NOT NULL DEFAULT '{}'::jsonb
);

-- Installations seeded before this table existed already hold the reports
-- module's categories (seeded with the province): they must not be seeded twice.
INSERT INTO module_seeds (module)
SELECT 'reports' WHERE EXISTS (SELECT 1 FROM report_categories);
