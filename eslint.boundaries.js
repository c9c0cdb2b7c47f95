/**
 * Architecture rules (docs/architecture-rules.md), checked by eslint-plugin-boundaries on every import and
 * re-export. Kept apart from eslint.config.js so lint-boundaries.test.ts can lint fixture texts with exactly
 * these rules.
 */
import boundaries from 'eslint-plugin-boundaries';

const SERVER = 'apps/server/src';

/** The only file of a module or a core folder that other folders may import. */
const PUBLIC_API = 'index.ts';

export const boundariesConfig = {
  files: ['apps/**/*.{ts,tsx}', 'packages/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
  // Tests and their helpers reach into internals on purpose: they test them, and they set up
  // state (fixtures, clocks, fakes) that no public API should expose.
  ignores: ['**/*.test.ts', '**/*.fixtures.ts', 'apps/server/test/**'],
  plugins: { boundaries },
  settings: {
    // Imports name the .js file of a .ts source (NodeNext); TypeScript's resolution maps them back.
    'import/resolver': {
      typescript: {
        project: ['apps/*/tsconfig.json', 'packages/*/tsconfig.json', 'bench/tsconfig.json'],
        noWarnOnMultipleProjects: true,
      },
    },
    'boundaries/elements': [
      { type: 'module', pattern: `${SERVER}/modules/*`, capture: ['name'], partialMatch: false },
      { type: 'core', pattern: `${SERVER}/core/*`, capture: ['name'], partialMatch: false },
      // config.ts, main.ts, server.ts, cli/, seed/: the wiring, which may reach anything on the server.
      { type: 'server', pattern: SERVER, partialMatch: false },
      { type: 'server-test', pattern: 'apps/server/test', partialMatch: false },
      { type: 'web', pattern: 'apps/web', partialMatch: false },
      { type: 'contracts', pattern: 'packages/contracts', partialMatch: false },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        // Last matching policy wins: each "disallow" is followed by the exception that allows the entry point.
        policies: [
          {
            from: { element: { type: 'module' } },
            disallow: { to: { element: { type: 'module' } } },
            message:
              'a module imports another module only through its index.ts (modules/{{to.element.captured.name}}/index.ts)',
          },
          {
            from: { element: { type: 'module' } },
            allow: { to: { element: { type: 'module', fileInternalPath: PUBLIC_API } } },
          },
          {
            from: { element: { types: ['module', 'core'] } },
            disallow: { to: { element: { type: 'core' } } },
            message: 'core/{{to.element.captured.name}} is imported only through its index.ts',
          },
          {
            from: { element: { types: ['module', 'core'] } },
            allow: { to: { element: { type: 'core', fileInternalPath: PUBLIC_API } } },
          },
          {
            from: { element: { type: 'core' } },
            disallow: { to: { element: { type: 'module' } } },
            message:
              'core never imports a module (modules/{{to.element.captured.name}}): core is what modules stand on',
          },
          {
            // The one exception: the Database type (core/db/schema.ts) intersects each owner's generated
            // table types, type-only, until modules hand their tables to the platform themselves.
            from: { element: { type: 'core', captured: { name: 'db' }, fileInternalPath: 'schema.ts' } },
            allow: {
              to: { element: { type: 'module', fileInternalPath: '*.schema.generated.ts' } },
              dependency: { kind: 'type' },
            },
          },
          {
            from: { element: { type: 'web' } },
            disallow: { to: { element: { types: ['module', 'core', 'server', 'server-test'] } } },
            message: 'the web app never imports server code; shared types live in @vioc/contracts',
          },
        ],
      },
    ],
  },
};
