import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { parserModelFromTables, type ParserTables } from "./load-model.js";
import type { ParserModel } from "./parser-model.js";

// Reading the parser's weights and building its tables takes ~0.1-0.2 s, which a one-article
// `extract --learned` would otherwise wait for at its first parse. `preloadParserModel()` does it
// in a worker thread while this one loads the rest of the pipeline and annotates; the first parse
// then takes the finished tables (moved, not copied) or waits for them. The worker writes 1 (or 2
// when it failed) into a shared word once its message is posted: waiting is Atomics.wait on that
// word and taking is receiveMessageOnPort, so the parser stays synchronous.

const WORKER = fileURLToPath(new URL("./preload-worker.js", import.meta.url));
/** How long a parse waits for the worker before reading the file itself. */
const WAIT_MS = 30_000;

let pending: { readonly port: MessagePort; readonly done: Int32Array; readonly worker: Worker } | null = null;

/** Starts reading the shipped parser model in a worker thread (where the compiled worker exists). */
export function preloadParserModel(): void {
  if (pending || !existsSync(WORKER)) return;
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER, {
    workerData: { port: port2, done },
    transferList: [port2],
    execArgv: [],
  });
  // Neither keeps the process alive: a run that never parses does not wait for them.
  worker.unref();
  port1.unref();
  worker.on("error", () => {
    // Reported through `done` (2) or, if the worker died before it could, by the wait timing out.
  });
  pending = { port: port1, done, worker };
}

/** The preloaded model, waiting for it if needed; null when none was started or it failed. */
export function takePreloadedParser(): ParserModel | null {
  if (!pending) return null;
  const { port, done, worker } = pending;
  pending = null;
  if (Atomics.load(done, 0) === 0) Atomics.wait(done, 0, 0, WAIT_MS);
  const message = Atomics.load(done, 0) === 1 ? receiveMessageOnPort(port) : undefined;
  port.close();
  if (!message) {
    void worker.terminate();
    return null;
  }
  return parserModelFromTables(message.message as ParserTables);
}
