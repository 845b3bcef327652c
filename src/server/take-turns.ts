import type { FastifyInstance } from "fastify";

/**
 * Lets handlers start one per event-loop turn, in arrival order. A handler's store work over SQLite
 * is synchronous, so without this every request read in one poll phase ran to its end in that
 * phase: with 50 busy clients a turn took 50 requests' time, and libuv accepts one new connection
 * per turn, so the last of 50 clients connecting at once waited ~10 s for its connection to be
 * accepted (bench/api.mjs: the load run's timeouts). Turns keep the loop's phases short: new
 * connections, timers and other sockets get in between requests. A handler waiting on I/O
 * (PostgreSQL) does not hold the next one back.
 */
export function takeTurns(app: FastifyInstance): void {
  const waiting: (() => void)[] = [];
  let scheduled = false;
  const next = () => {
    scheduled = false;
    waiting.shift()?.();
    if (waiting.length > 0) {
      scheduled = true;
      setImmediate(next);
    }
  };
  app.addHook("preHandler", () => {
    return new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!scheduled) {
        scheduled = true;
        setImmediate(next);
      }
    });
  });
}
