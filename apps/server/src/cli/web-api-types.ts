import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';

/** The document the routes' zod schemas describe (`npm run openapi`). */
export const OPENAPI_FILE = path.resolve(import.meta.dirname, '../../../../docs/openapi.json');

/** The web app's request and response types, generated from docs/openapi.json (never edited by hand). */
export const API_TYPES_FILE = path.resolve(import.meta.dirname, '../../../web/src/shared/api.schema.d.ts');

const HEADER = `/**
 * Generated from docs/openapi.json by openapi-typescript: do not edit.
 * Regenerate with \`npm run api:types\` (or \`npm run openapi\`, which also rewrites the document);
 * \`npm run lint\` fails when this file is stale.
 */
`;

// multipart fields with format: binary are files: typed as Blob so an upload can pass a File, not a string.
const BLOB = ts.factory.createTypeReferenceNode('Blob');

/** The text of api.schema.d.ts for an OpenAPI document. */
export async function renderApiTypes(doc: object): Promise<string> {
  const ast = await openapiTS(doc as OpenAPI3, {
    silent: true,
    transform: (schema) => (schema.format === 'binary' ? BLOB : undefined),
  });
  return HEADER + astToString(ast);
}

/** Writes (or with check, only compares) the web's types; returns whether the file on disk was stale. */
export async function writeApiTypes(doc: object, check: boolean): Promise<boolean> {
  const text = await renderApiTypes(doc);
  const current = fs.existsSync(API_TYPES_FILE) ? fs.readFileSync(API_TYPES_FILE, 'utf8') : null;
  if (current === text) return false;
  if (!check) fs.writeFileSync(API_TYPES_FILE, text);
  return true;
}
