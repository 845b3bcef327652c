import { createRequire } from "node:module";
import type winkNLP from "wink-nlp";

/**
 * One wink-nlp instance per process, made on first use: loading the model takes ~100 ms quiet
 * (seconds on a busy machine), so commands and tests that never annotate do not pay for it.
 * Both packages are CommonJS, so `require` loads them synchronously where they are first needed.
 */
let instance: ReturnType<typeof winkNLP> | null = null;

export function wink(): ReturnType<typeof winkNLP> {
  if (!instance) {
    const require = createRequire(import.meta.url);
    const nlp = require("wink-nlp") as typeof winkNLP;
    const model = require("wink-eng-lite-web-model") as Parameters<typeof winkNLP>[0];
    instance = nlp(model, ["sbd", "pos"]);
  }
  return instance;
}
