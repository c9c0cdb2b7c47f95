import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import type { AuditContext, AuditService } from '../audit/index.js';
import type { Actor } from '../auth/index.js';
import type { NewEvent } from '../events/index.js';
import { AppError, type ErrorSpec } from '../http/index.js';
import { AuditBuffer } from './audit-buffer.js';
import type { ActionSpec, Machine } from './machine.js';
import { DEFAULT_REFUSALS, type Refusal, type RefusalDetails, type Refusals } from './workflow.errors.js';

export interface WorkflowCaller {
  actor: Actor | null;
  ctx: AuditContext;
}

/**
 * The types one workflow is made of, named once by the module so every
 * signature of the kernel is checked against them.
 */
export interface FlowTypes {
  /** The locked row the step works on (the module's own table). */
  item: object;
  state: string;
  action: string;
  /** What a caller can be for one item (machine.ts). */
  role: string;
  caller: WorkflowCaller;
  /** Worked out once per call before the transaction (what the caller reaches). */
  prepared: unknown;
  /** The module's own fields on every step. */
  extra: object;
  /** Columns a move may set along with the state. */
  patch: object;
  /** The module's own fields of a history row (its visibility…). */
  history: object;
  /** History actions besides the machine's (`approve_extension`); `never` when there are none. */
  historyAction: string;
}

/** One action in progress: the locked item, who the caller is for it, the transaction. */
export type Step<T extends FlowTypes> = {
  readonly trx: Kysely<Database>;
  readonly id: string;
  readonly item: T['item'];
  readonly action: T['action'];
  readonly who: Set<T['role']>;
  readonly caller: T['caller'];
  readonly actor: Actor | null;
  readonly now: Date;
  readonly audit: AuditBuffer;
} & T['extra'];

export type HistoryAction<T extends FlowTypes> = T['action'] | T['historyAction'];

export type HistoryEntry<T extends FlowTypes> = {
  itemId: string;
  at: Date;
  action: HistoryAction<T>;
  from: T['state'];
  to: T['state'];
  actorId: string | null;
  actorLabel: string;
  note: string | null;
  data: Record<string, unknown> | null;
} & T['history'];

export type MoveEntry<T extends FlowTypes> = {
  note?: string | null;
  data?: Record<string, unknown>;
  /** Audit "after" beyond the status and the note (never personal data). */
  audit?: Record<string, unknown>;
} & T['history'];

export interface Transition<T extends FlowTypes> {
  action: HistoryAction<T>;
  from: T['state'];
  to: T['state'];
}

/** The module's tables, as the kernel needs them. The kernel owns no domain table. */
export interface WorkflowStore<T extends FlowTypes> {
  /** The item locked for the transaction (SELECT … FOR UPDATE): concurrent actions on it wait. */
  lock(trx: Kysely<Database>, id: string): Promise<T['item'] | undefined>;
  stateOf(item: T['item']): T['state'];
  /** The optimistic-concurrency token a client read (a version column, or updated_at). */
  versionOf(item: T['item']): string;
  /** Writes the state and the patch, advances the version, and mirrors the change on `item`. */
  update(
    trx: Kysely<Database>,
    item: T['item'],
    change: { to: T['state']; patch: T['patch']; now: Date },
  ): Promise<void>;
  /** Appends one row to the module's history (timeline) table. */
  insertHistory(trx: Kysely<Database>, item: T['item'], entry: HistoryEntry<T>): Promise<void>;
}

export interface WorkflowConfig<T extends FlowTypes> {
  /** The audit target type and action prefix: `report` audits `report.verify`. */
  name: string;
  machine: Machine<T['state'], T['action'], T['role']>;
  db: Kysely<Database>;
  audit: Pick<AuditService, 'record' | 'recordAlone'>;
  /** core/events publish: the event is written in the step's transaction (outbox). */
  publish: (trx: Kysely<Database>, e: NewEvent) => Promise<unknown>;
  clock: () => number;
  store: WorkflowStore<T>;
  /** Runs before the transaction: work that reads elsewhere must not hold the item's lock (pool). */
  prepare?: (caller: T['caller']) => Promise<T['prepared']>;
  /** Who the caller is for the item (the module's roles and scope rules), and its own step fields. */
  relate: (r: {
    trx: Kysely<Database>;
    item: T['item'];
    caller: T['caller'];
    prepared: T['prepared'];
    action: T['action'];
    spec: ActionSpec<T['state'], T['role']>;
  }) => Promise<{ who: Set<T['role']>; extra: T['extra'] }>;
  /** May the caller know the item exists? No → not_found (404), rather than forbidden (403). Default: any role. */
  canSee?: (who: ReadonlySet<T['role']>) => boolean;
  /** Conditions beyond the state, checked before the action's effect; they throw the module's error. */
  guards?: { readonly [K in T['action']]?: (s: Step<T>) => void | Promise<void> };
  /** The events of a transition (state changed), published in its transaction. */
  events?: (s: Step<T>, t: Transition<T>) => readonly NewEvent[];
  /** Before each move is written (a paused deadline resumes when handling goes on). */
  beforeMove?: (s: Step<T>, to: T['state']) => Promise<void>;
  /** The history row's actor. Default: the actor's account and label, or "Hệ thống". */
  actorOf?: (s: Step<T>) => { id: string | null; label: string };
  /** The unit an audit entry is filed under (scope of who may read it). */
  auditUnit?: (item: T['item']) => string | null;
  /** The module's own error for each refusal (default: WORKFLOW_*). */
  refusals?: Partial<Refusals>;
}

export const SYSTEM_ACTOR_LABEL = 'Hệ thống';

export interface ActRequest<T extends FlowTypes> {
  id: string;
  action: T['action'];
  caller: T['caller'];
  /** The version the caller read; another one now → stale (409). Absent: the lock alone orders writers. */
  expectedVersion?: string | undefined;
}

/** The config with its defaults filled in, shared by the functions below. */
interface Kernel<T extends FlowTypes> {
  config: WorkflowConfig<T>;
  refuse: <K extends Refusal>(kind: K, details: RefusalDetails[K]) => AppError;
  /** The specs of the denial refusals (unseen, not permitted): matched by identity, never by the code's text. */
  deniedSpecs: ReadonlySet<ErrorSpec>;
  canSee: (who: ReadonlySet<T['role']>) => boolean;
  actorOf: (s: Step<T>) => { id: string | null; label: string };
}

export function createWorkflow<T extends FlowTypes>(config: WorkflowConfig<T>) {
  const refusals: Refusals = { ...DEFAULT_REFUSALS, ...config.refusals };
  const refuse = <K extends Refusal>(kind: K, details: RefusalDetails[K]): AppError => refusals[kind](details);
  const k: Kernel<T> = {
    config,
    refuse,
    // Denials (unseen item, not permitted) are security events, audited apart from the rolled-back action.
    deniedSpecs: new Set([refuse('not_found', undefined).spec, refuse('forbidden', { action: '' }).spec]),
    canSee: config.canSee ?? ((who) => who.size > 0),
    actorOf: config.actorOf ?? ((s) => ({ id: s.actor?.userId ?? null, label: s.actor?.label ?? SYSTEM_ACTOR_LABEL })),
  };
  return {
    machine: config.machine,
    /**
     * Runs one action in one transaction: locks the item, works out who the
     * caller is for it, refuses what the machine does not allow (404 unseen,
     * 403 not permitted, 409 stale version or wrong state), checks the guard,
     * runs the effect (which calls move), and writes the audit entries last.
     */
    act: <R>(req: ActRequest<T>, effect: (s: Step<T>) => Promise<R>): Promise<R> => act(k, req, effect),
    /**
     * Writes one move of a step: the new state and fields, the history row,
     * the transition's events and the audit entry. `s.item` is updated in
     * place so a following move of the same step (verify, then assign) starts
     * from the new state. `to` null: the state stays (a note, a same-state action).
     */
    move: (s: Step<T>, action: HistoryAction<T>, to: T['state'] | null, patch: T['patch'], entry: MoveEntry<T>) =>
      move(k, s, action, to, patch, entry),
    /**
     * `act(item, action, input, actor)` as named functions: declares each
     * action's effect once and returns `name(request, ...input)`, each run
     * through act (same checks, transaction and audit).
     */
    actions: <H extends ActionHandlers<T>>(handlers: H): BoundActions<T, H> =>
      Object.fromEntries(
        Object.entries(handlers).map(([action, effect]) => [
          action,
          (req: Omit<ActRequest<T>, 'action'>, ...input: never[]) =>
            act(k, { ...req, action: action as T['action'] }, (s) =>
              (effect as (s: Step<T>, ...input: never[]) => Promise<unknown>)(s, ...input),
            ),
        ]),
      ) as BoundActions<T, H>,
  };
}

export type Workflow<T extends FlowTypes> = ReturnType<typeof createWorkflow<T>>;

/** Effects declared per action, next to the machine: `(step, ...input)`. */
export type ActionHandlers<T extends FlowTypes> = {
  readonly [K in T['action']]?: (s: Step<T>, ...input: never[]) => Promise<unknown>;
};

/** Each handler as the module's service calls it: `(request, ...input)`, its input and result types kept. */
export type BoundActions<T extends FlowTypes, H extends ActionHandlers<T>> = {
  readonly [K in keyof H]: H[K] extends (s: Step<T>, ...input: infer I) => Promise<infer R>
    ? (req: Omit<ActRequest<T>, 'action'>, ...input: I) => Promise<R>
    : never;
};

async function act<T extends FlowTypes, R>(
  k: Kernel<T>,
  req: ActRequest<T>,
  effect: (s: Step<T>) => Promise<R>,
): Promise<R> {
  try {
    return await attempt(k, req, effect);
  } catch (err) {
    if (err instanceof AppError && k.deniedSpecs.has(err.spec))
      await k.config.audit.recordAlone(req.caller.ctx, {
        action: `${k.config.name}.${req.action}`,
        outcome: 'denied',
        targetType: k.config.name,
        targetId: req.id,
        after: { code: err.code },
      });
    throw err;
  }
}

async function attempt<T extends FlowTypes, R>(
  k: Kernel<T>,
  req: ActRequest<T>,
  effect: (s: Step<T>) => Promise<R>,
): Promise<R> {
  const { config } = k;
  const prepared = (config.prepare ? await config.prepare(req.caller) : undefined) as T['prepared'];
  return config.db.transaction().execute(async (trx) => {
    const item = await config.store.lock(trx, req.id);
    if (!item) throw k.refuse('not_found', undefined);
    const spec = config.machine.actions[req.action];
    const { who, extra } = await config.relate({ trx, item, caller: req.caller, prepared, action: req.action, spec });
    check(k, req, item, spec, who);
    const step = {
      ...extra,
      trx,
      id: req.id,
      item,
      action: req.action,
      who,
      caller: req.caller,
      actor: req.caller.actor,
      now: new Date(config.clock()),
      audit: new AuditBuffer(req.caller.ctx),
    } as Step<T>;
    await config.guards?.[req.action]?.(step);
    const result = await effect(step);
    await step.audit.flush(trx, config.audit);
    return result;
  });
}

/** Unseen → permitted → fresh → allowed from this state: each refusal says no more than the caller may know. */
function check<T extends FlowTypes>(
  k: Kernel<T>,
  req: ActRequest<T>,
  item: T['item'],
  spec: ActionSpec<T['state'], T['role']>,
  who: Set<T['role']>,
): void {
  const { store } = k.config;
  if (!k.canSee(who)) throw k.refuse('not_found', undefined);
  if (!spec.who.some((w) => who.has(w))) throw k.refuse('forbidden', { action: req.action });
  const actual = store.versionOf(item);
  if (req.expectedVersion !== undefined && req.expectedVersion !== actual)
    throw k.refuse('stale', { expected: req.expectedVersion, actual });
  const state = store.stateOf(item);
  if (!spec.from.includes(state)) throw k.refuse('not_allowed', { action: req.action, status: state });
}

async function move<T extends FlowTypes>(
  k: Kernel<T>,
  s: Step<T>,
  action: HistoryAction<T>,
  to: T['state'] | null,
  patch: T['patch'],
  entry: MoveEntry<T>,
): Promise<void> {
  const { config } = k;
  const from = config.store.stateOf(s.item);
  const state = to ?? from;
  await config.beforeMove?.(s, state);
  await config.store.update(s.trx, s.item, { to: state, patch, now: s.now });
  const { note, data, audit: auditAfter, ...own } = entry;
  const actor = k.actorOf(s);
  await config.store.insertHistory(s.trx, s.item, {
    ...own,
    itemId: s.id,
    at: s.now,
    action,
    from,
    to: state,
    actorId: actor.id,
    actorLabel: actor.label,
    note: note ?? null,
    data: data ?? null,
  } as HistoryEntry<T>);
  if (state !== from && config.events)
    for (const e of config.events(s, { action, from, to: state })) await config.publish(s.trx, e);
  s.audit.add({
    action: `${config.name}.${action}`,
    targetType: config.name,
    targetId: s.id,
    unitId: config.auditUnit?.(s.item) ?? null,
    before: { status: from },
    after: { status: state, ...(note ? { note } : {}), ...auditAfter },
  });
}
