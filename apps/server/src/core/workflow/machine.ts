/**
 * A state machine declared as data: the states, and for each action the
 * states it starts from, the state it leads to (null: the state stays) and
 * the roles that may take it. Roles are what a caller is *for one item*
 * (the module works them out from the actor and the item's scope), not
 * account roles: "the handling unit's officer", "the reporter".
 */
export interface ActionSpec<S extends string, R extends string> {
  readonly from: readonly S[];
  readonly to: S | null;
  readonly who: readonly R[];
}

export interface Machine<S extends string, A extends string, R extends string> {
  readonly states: readonly S[];
  readonly roles: readonly R[];
  readonly actions: { readonly [K in A]: ActionSpec<S, R> };
}

export type StateOf<M> = M extends Machine<infer S, string, string> ? S : never;
export type ActionOf<M> = M extends Machine<string, infer A, string> ? A : never;
export type RoleOf<M> = M extends Machine<string, string, infer R> ? R : never;

/**
 * Declares a machine. States and roles are inferred as literal unions from
 * their lists only (NoInfer), so an action naming a state or a role that is
 * not listed fails to compile instead of widening the union.
 */
export function defineMachine<
  const S extends string,
  const R extends string,
  const T extends Record<string, ActionSpec<NoInfer<S>, NoInfer<R>>>,
>(m: {
  states: readonly S[];
  roles: readonly R[];
  actions: T;
}): Machine<S, Extract<keyof T, string>, R> & {
  readonly actions: T;
} {
  for (const [name, spec] of Object.entries(m.actions)) {
    // The types already say so; this catches a machine built from data at run time (a config file).
    const bad = [...spec.from, ...(spec.to ? [spec.to] : [])].find((s) => !m.states.includes(s));
    if (bad !== undefined) throw new Error(`workflow action ${name}: unknown state ${bad}`);
  }
  return m as Machine<S, Extract<keyof T, string>, R> & { readonly actions: T };
}

export function actionNames<S extends string, A extends string, R extends string>(m: Machine<S, A, R>): A[] {
  return Object.keys(m.actions) as A[];
}

/** The action starts from this state and one of the caller's roles may take it. */
export function canTake<S extends string, A extends string, R extends string>(
  m: Machine<S, A, R>,
  action: A,
  state: S,
  who: ReadonlySet<R>,
): boolean {
  const spec = m.actions[action];
  return spec.from.includes(state) && spec.who.some((w) => who.has(w));
}

/** What the caller may do now (the UI's buttons come from the same table the kernel enforces). */
export function allowedActions<S extends string, A extends string, R extends string>(
  m: Machine<S, A, R>,
  state: S,
  who: ReadonlySet<R>,
): A[] {
  return actionNames(m).filter((a) => canTake(m, a, state, who));
}
