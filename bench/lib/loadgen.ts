/**
 * Load generator child process (forked by load.ts): runs autocannon's
 * programmatic API in its own Node process, so the load generator never
 * shares an event loop (or a V8 heap) with the server under test.
 * Protocol over IPC: receives one LoadSpec, sends {type:'measuring'} when the
 * warm-up is over, then {type:'result'} or {type:'error'}, and exits.
 */
import type { LoadSpec } from './load.js';
import { runMeasured, serveOneSpec } from './measured.js';

serveOneSpec<LoadSpec>((spec) =>
  runMeasured(
    { url: spec.url, headers: spec.headers, connections: spec.connections, pipelining: spec.pipelining },
    spec,
  ),
);
