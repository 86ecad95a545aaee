/**
 * Runs calls of `task` one after another, never interleaved: each waits for the previous one to
 * settle (a failure does not block the next). For read-compare-write jobs such as syncing registrations.
 */
export function serialize<T>(task: () => Promise<T>): () => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return () => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };
}
