/**
 * A task that waited longer than its limiter allows and was not run: the service is saturated. It
 * counts as the database being unavailable (lib/internal-errors.ts), so readers get a 503.
 */
export class BusyError extends Error {
  override name = "BusyError";
}

/**
 * Runs at most `limit` tasks at once; the others wait their turn, first come first served. With
 * `maxWaitMs`, a task still waiting after that long is not run but fails with BusyError: under a load
 * the database cannot serve, requests would otherwise queue without end, and their readers (or load
 * balancers) give up long before their turn comes, leaving the database to answer nobody.
 */
export function concurrencyLimit(limit: number, { maxWaitMs }: { maxWaitMs?: number } = {}) {
  let running = 0;
  const waiting: (() => void)[] = [];

  function waitTurn(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer =
        maxWaitMs === undefined
          ? undefined
          : setTimeout(() => {
              waiting.splice(waiting.indexOf(turn), 1);
              reject(new BusyError(`Waited ${maxWaitMs} ms for one of ${limit} places.`));
            }, maxWaitMs);
      waiting.push(turn);
    });
  }

  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running < limit) running += 1;
    // A finishing task hands its place straight to the next waiting one, so `running` stays counted.
    else await waitTurn();
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
