import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { takeTurns } from "./take-turns.js";

/** The event-loop turn each of five requests made at once started its handler in. */
async function startTurns(withTurns: boolean): Promise<number[]> {
  const app = Fastify();
  if (withTurns) takeTurns(app);
  let turn = 0;
  let ticking = true;
  const tick = () => {
    turn++;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const started: number[] = [];
  app.get("/", async () => {
    started.push(turn);
    return "ok";
  });
  await app.ready();
  await Promise.all(Array.from({ length: 5 }, () => app.inject("/")));
  ticking = false;
  await app.close();
  return started;
}

describe("takeTurns", () => {
  it("starts one handler per event-loop turn, so that a busy server still accepts connections", async () => {
    const together = await startTurns(false);
    // Without it, requests that arrive together all run in one turn (the test can tell).
    expect(new Set(together).size).toBeLessThan(together.length);
    const turns = await startTurns(true);
    expect(new Set(turns).size).toBe(turns.length);
    expect([...turns].sort((a, b) => a - b)).toEqual(turns);
  });
});
