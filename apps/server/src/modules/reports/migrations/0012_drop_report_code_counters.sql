-- Report codes come from one sequence per year (0010). The counter table stayed
-- only for the demo seed, with a trigger pushing the sequence past the blocks
-- it reserved: two mechanisms for one number. The seed now takes its codes
-- from report_code_next() too, so the counter, its trigger and its function go.
-- A year's sequence created from now on starts after the highest code of that
-- year in `reports` (sequences already created keep their position).

CREATE OR REPLACE FUNCTION report_code_sequence(y integer) RETURNS regclass LANGUAGE plpgsql AS $$
DECLARE
  name text := 'report_code_' || y;
  used bigint;
BEGIN
  IF to_regclass(name) IS NULL THEN
    BEGIN
      EXECUTE format('CREATE SEQUENCE %I AS bigint MINVALUE 1', name);
      SELECT max(substring(code FROM '^PA-[0-9]{4}-([0-9]+)$')::bigint)
        INTO used
        FROM reports WHERE code LIKE 'PA-' || y || '-%';
      IF used IS NOT NULL THEN
        PERFORM setval(name::regclass, used);
      END IF;
    EXCEPTION WHEN duplicate_table OR unique_violation THEN
      -- Another submission created it at the same moment (and committed): use theirs.
      NULL;
    END;
  END IF;
  RETURN name::regclass;
END $$;

-- Sequences of years whose counter row was ahead of the sequence (a seed block
-- reserved after the last submission) catch up before the table goes.
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT year, last_value FROM report_code_counters LOOP
    PERFORM setval(report_code_sequence(c.year),
      greatest(c.last_value, (SELECT last_value FROM pg_sequences
                               WHERE schemaname = current_schema() AND sequencename = 'report_code_' || c.year)));
  END LOOP;
END $$;

DROP TRIGGER report_code_counters_sync ON report_code_counters;
DROP FUNCTION report_code_counters_sync();
DROP TABLE report_code_counters;
