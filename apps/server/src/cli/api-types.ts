import fs from 'node:fs';
import path from 'node:path';
import { run } from './common.js';
import { API_TYPES_FILE, OPENAPI_FILE, writeApiTypes } from './web-api-types.js';

/**
 * `npm run api:types [-- --check]`: the web client's types from the committed docs/openapi.json.
 * Reads the document rather than starting a server, so lint can run it in a second; --check writes
 * nothing and exits 1 when the committed types differ.
 */
run(async () => {
  const check = process.argv.includes('--check');
  const doc = JSON.parse(fs.readFileSync(OPENAPI_FILE, 'utf8')) as object;
  const rel = path.relative(process.cwd(), API_TYPES_FILE);
  const stale = await writeApiTypes(doc, check);
  if (stale && check) {
    console.error(`${rel} is out of date: run npm run api:types`);
    return 1;
  }
  console.log(stale ? `wrote ${rel}` : `${rel} is up to date`);
  return 0;
});
