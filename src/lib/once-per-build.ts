/**
 * Collection-wide data (every page, every card) is worked out once per build,
 * not once per page: at 1,000 guides, recomputing it for each of 2,000 pages made
 * the build quadratic. Content cannot change during `astro build`; `astro dev`
 * and the unit tests recompute each time, so a page saved in dev shows at once.
 */
export function oncePerBuild<T>(compute: () => Promise<T>, remember: boolean = import.meta.env.PROD): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    if (!remember) return compute();
    result ??= compute();
    return result;
  };
}
