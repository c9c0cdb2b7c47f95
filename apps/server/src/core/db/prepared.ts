import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type pg from 'pg';

/** SQL text → statement name, for every statement declared with `prepare`. */
const names = new Map<string, string>();

/**
 * A hot statement, compiled by Kysely once and run as a named (prepared)
 * statement: PostgreSQL parses and plans it once per connection instead of on
 * every call, and Node skips building and compiling the query each time.
 *
 * `build` is called once with `sample` (distinct placeholder values of the
 * right types); each compiled parameter must be one of them, so the call's
 * arguments land in the same places. Use it only for statements whose text
 * never varies with the arguments (no IN-lists of varying length, no optional
 * filters) and whose columns are listed (not `selectAll`), so a plan cached on
 * a connection keeps its result type.
 */
export function prepare<DB, A extends readonly unknown[], R>(
  db: Kysely<DB>,
  name: string,
  build: (...args: A) => Compilable<R>,
  sample: A,
): (...args: A) => Promise<QueryResult<R>> {
  const compiled = build(...sample).compile();
  const positions = compiled.parameters.map((p) => {
    const at = sample.indexOf(p);
    if (at < 0 || sample.lastIndexOf(p) !== at)
      throw new Error(`prepare(${name}): parameter ${String(p)} is not exactly one of the sample values`);
    return at;
  });
  const statement = `vioc_${name}`;
  const known = [...names].find(([, n]) => n === statement)?.[0];
  if (known !== undefined && known !== compiled.sql)
    throw new Error(`prepare(${name}): another statement already has this name`);
  names.set(compiled.sql, statement);
  return (...args: A) =>
    db.executeQuery<R>({
      ...compiled,
      parameters: positions.map((i) => args[i]),
    } as CompiledQuery<R>);
}

/**
 * Makes a pooled client send the statements declared with `prepare` as named
 * statements (pg prepares each once per connection). Every other query goes
 * through unchanged.
 */
export function nameStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: typeof query }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text === 'string' && args.length <= 2) {
      const name = names.get(text);
      if (name) return query({ name, text, values });
    }
    return query(...args);
  };
}
