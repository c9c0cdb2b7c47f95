/**
 * One finished step of the first-start seed, for the human start-up lines (cli/banner.ts): the
 * seed runs in one transaction for several seconds and a newcomer otherwise sees nothing move.
 */
export type SeedProgress = (step: {
  what: 'units' | 'categories' | 'accounts' | 'reports' | 'photos';
  count: number;
  ms: number;
}) => void;

/** Times one step and reports it; `count` reads the step's result. */
export async function seedStep<T>(
  progress: SeedProgress | undefined,
  what: Parameters<SeedProgress>[0]['what'],
  run: () => Promise<T>,
  count: (result: T) => number,
): Promise<T> {
  const started = performance.now();
  const result = await run();
  progress?.({ what, count: count(result), ms: performance.now() - started });
  return result;
}
