import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** One wink-nlp instance per process: loading the model takes ~100 ms. */
let instance: ReturnType<typeof winkNLP> | null = null;

export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ["sbd", "pos"]);
  return instance;
}
