// The worker of preload.ts: reads the shipped parser model, posts its tables (moving their
// buffers) and marks them posted. On failure it marks that, and the parse reads the file itself.
import { workerData, type MessagePort } from "node:worker_threads";
import { readShippedParserModel } from "./index.js";
import { parserTables } from "./load-model.js";

const { port, done } = workerData as { port: MessagePort; done: Int32Array };
try {
  const tables = parserTables(readShippedParserModel());
  port.postMessage(tables, [
    tables.move.slots,
    tables.move.entries,
    tables.label.slots,
    tables.label.entries,
  ]);
  Atomics.store(done, 0, 1);
} catch {
  Atomics.store(done, 0, 2);
}
Atomics.notify(done, 0);
port.close();
