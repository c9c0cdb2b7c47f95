import type { SeedStep } from '../core/platform/index.js';

/**
 * One finished step of the first-start seed, for the human start-up lines (cli/banner.ts): the
 * seed runs in one transaction for several seconds and a newcomer otherwise sees nothing move.
 */
export type SeedProgress = (step: SeedStep) => void;

/** Times one step and reports it; `count` reads the step's result. */
export async function seedStep<T>(
  progress: SeedProgress | undefined,
  what: 'units' | 'accounts',
  run: () => Promise<T>,
  count: (result: T) => number,
): Promise<T> {
  const started = performance.now();
  const result = await run();
  progress?.({ what, count: count(result), ms: performance.now() - started });
  return result;
}
