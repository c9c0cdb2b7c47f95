import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { orgEvents } from '@vioc/contracts';
import pino from 'pino';
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import type { App } from '../http/app.js';
import {
  buildPlatform,
  defineModule,
  moduleRef,
  orderModules,
  PlatformError,
  selectModules,
  type AnyModule,
} from './index.js';

const noop = () => ({});
const mod = (name: string, deps: string[] = [], extra: Partial<AnyModule> = {}): AnyModule =>
  defineModule({
    ref: moduleRef<object>(name),
    description: name,
    deps: Object.fromEntries(deps.map((d) => [d, moduleRef<object>(d)])),
    init: noop,
    ...extra,
  });

/** A platform over a fake app: these tests are about ordering and refusals, not HTTP. */
function boot(modules: AnyModule[], env: Record<string, string> = {}, known?: AnyModule[]) {
  const calls: string[] = [];
  const app = { calls } as unknown as App;
  return buildPlatform({
    modules,
    ...(known && { known }),
    root: {
      core: loadConfig({ LOG_LEVEL: 'silent' }),
      db: undefined as never,
      pool: undefined as never,
      url: '',
      logger: pino({ level: 'silent' }),
      clock: Date.now,
    },
    env,
    app,
    stopTimeoutMs: 200,
    registrars: () => ({
      defineJob: (name) => calls.push(`job:${name}`),
      scheduleJob: (name, cron) => calls.push(`cron:${name}:${cron}`),
      subscribe: (name) => calls.push(`sub:${name}`),
      declareEvents: (types) => calls.push(`events:${Object.keys(types).join(',')}`),
      registerTemplates: (owner) => calls.push(`templates:${owner}`),
    }),
  });
}

describe('dependency order', () => {
  test('modules come after what they depend on, whatever the listed order', () => {
    const order = orderModules([mod('c', ['b']), mod('b', ['a']), mod('a')]).map((m) => m.ref.name);
    assert.deepEqual(order, ['a', 'b', 'c']);
  });

  test('a cycle stops the start and names the path', () => {
    assert.throws(
      () => orderModules([mod('a', ['b']), mod('b', ['c']), mod('c', ['a'])]),
      (err: unknown) =>
        err instanceof PlatformError && /Module "a" is in a dependency cycle: a → b → c → a/.test(err.message),
    );
  });

  test('a missing dependency names the module and what it lacks', () => {
    assert.throws(
      () => orderModules([mod('reports', ['sensors'])]),
      /Module "reports" depends on "sensors", which no module provides/,
    );
  });

  test('a dependency switched off by MODULES is said to be switched off', () => {
    const all = [mod('core1', [], { core: true }), mod('a'), mod('b', ['a'])];
    const on = selectModules(all, 'b');
    assert.deepEqual(
      on.map((m) => m.ref.name),
      ['core1', 'b'],
      'core modules always run',
    );
    assert.throws(() => orderModules(on, all), /Module "b" depends on "a", which MODULES switches off/);
  });

  test('MODULES with an unknown name is refused instead of silently switching a service off', () => {
    assert.throws(() => selectModules([mod('reports')], 'reprots'), /MODULES names "reprots", which is not a module/);
  });
});

describe('declarations', () => {
  test('two modules declaring one permission, event type or job stop the start naming both', async () => {
    const perm = { name: 'x.do', vi: 'x', en: 'x', roles: ['admin'] };
    await assert.rejects(
      boot([mod('a', [], { permissions: [perm] }), mod('b', [], { permissions: [perm] })]),
      /The permission "x.do" is declared by "a" and "b"/,
    );
    await assert.rejects(
      boot([mod('a', [], { events: orgEvents }), mod('b', [], { events: orgEvents })]),
      /The event type "org.unit_updated" is declared by "a" and "b"/,
    );
    const job = { name: 'a.tick', handler: async () => undefined };
    await assert.rejects(
      boot([mod('a', [], { jobs: () => [job] }), mod('b', [], { jobs: () => [job] })]),
      /The job "a.tick" is declared by "a" and "b"/,
    );
  });

  test('invalid configuration of several modules is one message naming each module and variable', async () => {
    const a = mod('a', [], { config: z.object({ A_PORT: z.coerce.number().int() }) });
    const b = mod('b', [], { config: z.object({ B_URL: z.string().url() }) });
    await assert.rejects(boot([a, b], { A_PORT: 'eighty', B_URL: 'nope' }), (err: unknown) => {
      assert.ok(err instanceof PlatformError);
      assert.match(err.message, /a: A_PORT:/);
      assert.match(err.message, /b: B_URL:/);
      return true;
    });
  });

  test('a module gets its own validated slice and the APIs of its dependencies', async () => {
    const counterRef = moduleRef<{ next(): number }>('counter');
    let n = 0;
    const counter = defineModule({ ref: counterRef, description: 'c', init: () => ({ next: () => ++n }) });
    const user = defineModule({
      ref: moduleRef<{ value: number }>('user'),
      description: 'u',
      deps: { counter: counterRef },
      config: z.object({ USER_STEP: z.coerce.number().default(5) }),
      init: ({ deps, config }) => ({ value: deps.counter.next() * config.USER_STEP }),
    });
    const p = await boot([user, counter], { USER_STEP: '7' });
    assert.equal(p.api(moduleRef<{ value: number }>('user')).value, 7);
    assert.deepEqual(
      p.modules.map((m) => m.name),
      ['counter', 'user'],
    );
  });

  test('an init that throws names the module; nothing is started', async () => {
    let started = false;
    const bad = mod('bad', [], {
      init: () => {
        throw new Error('no licence key');
      },
    });
    const other = mod('other', [], { start: async () => void (started = true) });
    await assert.rejects(boot([other, bad]), /Module "bad" failed in init: no licence key/);
    assert.equal(started, false);
  });
});

describe('start and stop', () => {
  test('start runs in dependency order, stop in reverse', async () => {
    const seen: string[] = [];
    const hooks = (name: string) => ({
      start: async () => void seen.push(`start ${name}`),
      stop: async () => void seen.push(`stop ${name}`),
    });
    const p = await boot([mod('b', ['a'], hooks('b')), mod('a', [], hooks('a'))]);
    await p.start();
    await p.stop();
    assert.deepEqual(seen, ['start a', 'start b', 'stop b', 'stop a']);
  });

  test('a start that throws is reported, what had started is stopped, and the error names the module', async () => {
    const seen: string[] = [];
    const a = mod('a', [], {
      start: async () => void seen.push('start a'),
      stop: async () => void seen.push('stop a'),
    });
    const b = mod('b', ['a'], {
      start: async () => {
        throw new Error('port 25 in use');
      },
    });
    const p = await boot([a, b]);
    await assert.rejects(p.start(), /Module "b" failed to start: port 25 in use/);
    assert.deepEqual(seen, ['start a', 'stop a']);
  });

  test('a stop that hangs does not block shutdown beyond its timeout', async () => {
    const seen: string[] = [];
    const a = mod('a', [], { start: async () => undefined, stop: async () => void seen.push('stop a') });
    const hang = mod('hang', ['a'], { start: async () => undefined, stop: () => new Promise<void>(() => undefined) });
    const p = await boot([a, hang]);
    await p.start();
    const t0 = Date.now();
    await p.stop();
    assert.ok(Date.now() - t0 < 2_000, 'stopped within the timeout');
    assert.deepEqual(seen, ['stop a'], 'the modules after it still stop');
  });
});
