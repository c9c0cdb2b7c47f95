import { pendingMigrations } from '../core/db/index.js';
import { allMigrations } from '../modules.js';
import { openForCli, run } from './common.js';

// openDatabase applies pending migrations under the advisory lock; this reports the result.
run(async () => {
  const database = await openForCli();
  try {
    const pending = await pendingMigrations(database.pool, allMigrations());
    console.log(JSON.stringify({ migrated: true, pending }));
    return pending.length === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
});
