import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Wink = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<Wink["readDoc"]>;

/** wink-nlp's table of lexemes: index by spelling, and spelling by index. */
interface Lexemes {
  readonly hash: Record<string, number>;
  readonly list: string[];
}

/**
 * How many lexemes an instance may add to its lexicon before it is replaced by a fresh one: the
 * lexicon keeps every spelling it is given, again at each reading (~55 per generated bench
 * article, so one reload of ~100 ms every few thousand articles).
 */
const GROWTH_LIMIT = 200_000;

/** One wink-nlp instance per process (loading the model takes ~100 ms), and its lexemes. */
let instance: Instance | null = null;

interface Instance {
  readonly nlp: Wink;
  readonly lexemes: Lexemes;
  /** How many lexemes the instance had when loaded. */
  readonly known: number;
  /** How many lexemes no longer found by spelling (`known` plus those forgotten). */
  forgotten: number;
}

function load(): Instance {
  let lexemes: Lexemes | null = null;
  // The core model holds the lexicon; wink-nlp gives no other access to it.
  const core = (): unknown => {
    const loaded = (model as unknown as { core: () => { features: { lexeme: Lexemes } } }).core();
    lexemes = loaded.features.lexeme;
    return loaded;
  };
  const nlp = winkNLP({ ...model, core } as typeof model, ["sbd", "pos"]);
  if (lexemes === null) throw new Error("wink-nlp did not load its core model");
  const table: Lexemes = lexemes;
  return { nlp, lexemes: table, known: table.list.length, forgotten: table.list.length };
}

/** The process's wink-nlp instance, for its `its` helpers: read texts with `readDoc`. */
export function wink(): Wink {
  instance ??= load();
  return instance.nlp;
}

/**
 * wink-nlp's reading of a text, the same as a fresh wink-nlp instance would give.
 *
 * wink-nlp adds each out-of-vocabulary token to its lexicon, and its tokenizer keeps whole any
 * string found there: once "president's." had been read ("president's" split from the full stop,
 * and added as one token), "the president's residence" gave `president's` instead of
 * `president` + `'s`, in every later document of the process. So the spellings added since the
 * instance was loaded are forgotten before each reading: the lexicon keeps their entries (the
 * documents read before still point to them), but no longer finds them by spelling, and a
 * spelling read again is added anew. Tokens, POS and lemmas of a text then depend on the text
 * alone, not on what the process read before.
 */
export function readDoc(text: string): WinkDoc {
  let state = (instance ??= load());
  const { hash, list } = state.lexemes;
  if (list.length - state.known > GROWTH_LIMIT) state = instance = load();
  else {
    for (let i = state.forgotten; i < list.length; i++) if (hash[list[i]!] === i) delete hash[list[i]!];
    state.forgotten = list.length;
  }
  return state.nlp.readDoc(text);
}
