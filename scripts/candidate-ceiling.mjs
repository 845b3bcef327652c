#!/usr/bin/env node
// The recall ceiling of the learned scorer on the development part of the real-news corpus
// (test/corpus-real, split.json "dev"; never the test part): for each required gold event, is its
// ordered pair of parties (actor, target) a candidate pair in some sentence of the document (what
// the scorer can ever propose), and if not, why. Misses are bucketed by a heuristic reading of
// the document (the first bucket that applies):
//   actor-absent / target-absent   no sentence names the party at all (as resolved by the pipeline)
//     + a hint: text-names-it (its name, adjective or capital occurs, unresolved), office (a bare
//       title names no state), person-unknown (a capitalised name of an unknown person), group-member
//       (only a group naming it occurs), none
//   apart                          both named, never in one sentence; a hint says what a sentence
//                                  naming one of them has in place of the other: pair-phrase ("the two
//                                  presidents", "both sides"), pronoun, title, capital, none
//   implicit                       one of them only the document's implied speaker, in no sentence with the other
// Pairs that ARE candidates are counted by what became of the type: found (frames or proposal),
// type-low (the scorer's probability for the type stays below the threshold), filtered (proposed,
// then dropped: known, a state where a bloc is needed, hypothetical); and by how strong the
// candidate is: explicit (both parties named in one sentence, neither the implied speaker) and
// framed (such a sentence has a trigger of the gold type).
// Then the evidence sentence: the sentence sharing most words with the gold event's note. Each
// required event is counted by whether that sentence names both parties (and has a trigger of the
// type), or which party it lacks and what it has in its place (same hints as "apart", plus
// speaker when the lacking party is the document's implied speaker).
// With --cv K the scorer of each document is the one trained without its fold (as npm run train
// -- --cv K does), so found/type-low are held-out figures; without it, the shipped model's (in-sample).
// Usage: npm run build && node scripts/candidate-ceiling.mjs [--cv K] [--list] [--bucket NAME] [--json]
//   --list          print every miss (document, event, bucket, hint)
//   --bucket NAME   print only the misses of one bucket (with the sentences naming either party)
//   --evidence ROW  print the events whose evidence-sentence row starts with ROW, with the sentence
//   --wrong         print the scorer's proposals the gold does not list, with their sentence
//   --json          the counts as JSON
const args = process.argv.slice(2);
if (args.includes("--help")) {
  console.log(
    "usage: node scripts/candidate-ceiling.mjs [--cv K] [--list] [--bucket NAME] [--evidence ROW] [--wrong] [--json]   (after npm run build)\n" +
      "  For each required gold event of the real corpus's development part: is its (actor, target)\n" +
      "  a candidate pair of the learned scorer, and if not, why (bucketed). Never reads the test part.",
  );
  process.exit(0);
}
const { readFileSync, readdirSync } = await import("node:fs");
const { join, resolve } = await import("node:path");
const { cleanDocument } = await import("../dist/clean/clean.js");
const { codeDocument } = await import("../dist/coding/code-document.js");
const { documentCandidates } = await import("../dist/coding/learn/document-candidates.js");
const { pairCandidates } = await import("../dist/coding/learn/pair-features.js");
const { proposedReports } = await import("../dist/coding/learn/proposed-reports.js");
const { probability, shippedScorerModel } = await import("../dist/coding/learn/scorer-model.js");
const { documentSpeaker, sentenceParties } = await import("../dist/coding/learn/sentence-parties.js");
const { resolveParties, resolveSentences } = await import("../dist/coding/arguments/resolve-sentences.js");
const { loadLexicon } = await import("../dist/coding/lexicon/lexicon.js");
const { DEFAULT_TRAIN_OPTIONS, trainScorer } = await import("../dist/coding/learn/train-scorer.js");
const { findTriggers } = await import("../dist/coding/lexicon/trigger-match.js");
const { readRawFile } = await import("../dist/ingest/read-file.js");
const { loadKnowledge } = await import("../dist/knowledge/load.js");
const { annotate } = await import("../dist/nlp/annotate.js");
const { withSignatures } = await import("../dist/nlp/signature.js");
const { readSplit, REAL_DIR } = await import("./real-corpus.mjs");

const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : null;
};
const kb = loadKnowledge();
const lexicon = loadLexicon();
const model = shippedScorerModel();
const key = (type, a, b) => `${type}|${a}|${b}`;

const PAIR_PHRASE =
  /\b(the two|both) (presidents|leaders|heads of state|countries|states|sides|nations|ministers|foreign ministers|prime ministers|parties|governments|delegations)\b|\bthe (sides|parties)\b|\bboth\b|\beach other\b|\bbilateral\b/i;
const PRONOUN = /\b(he|she|they|his|her|their|him|them)\b/i;
const TITLE =
  /\b(the )?(president|prime minister|premier|foreign minister|minister|chancellor|head of state|leader)\b/i;

/** Words that name a state in text: its name, aliases, capital. */
function namesOf(code) {
  const out = new Set();
  const state = kb.states.get(code);
  if (state?.name) out.add(state.name.toLowerCase());
  if (state?.capital) out.add(state.capital.toLowerCase());
  for (const a of kb.aliases)
    if (a.ref.kind === "actor" && a.ref.code === code && a.text.length > 3) out.add(a.text.toLowerCase());
  return [...out];
}
const capitalOf = (code) => kb.states.get(code)?.capital?.toLowerCase() ?? null;
const contains = (text, word) =>
  new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(text);

const STOP = new Set(
  "the and with that this from their they were have been will which about said also between both over after into for its his her not but was are has had".split(
    " ",
  ),
);
const wordsOf = (text) => new Set((text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !STOP.has(w)));
/** The sentence of a document sharing most words with a note. */
function evidenceSentence(resolved, note) {
  const want = wordsOf(note);
  let best = -1;
  let bestScore = 0;
  resolved.forEach((s, i) => {
    let n = 0;
    for (const w of wordsOf(s.text)) if (want.has(w)) n++;
    if (n > bestScore) [best, bestScore] = [i, n];
  });
  return best;
}
/** What a sentence has in place of a party it does not name. */
function placeHint(text, code, speaker) {
  if (capitalOf(code) && contains(text, capitalOf(code))) return "capital";
  if (namesOf(code).some((w) => contains(text, w))) return "name-unresolved";
  if (PAIR_PHRASE.test(text)) return "pair-phrase";
  if (TITLE.test(text)) return "title";
  if (PRONOUN.test(text)) return "pronoun";
  if (speaker === code) return "speaker";
  return "none";
}
const wrong = [];
const evidence = new Map();
const bumpEvidence = (k) => evidence.set(k, (evidence.get(k) ?? 0) + 1);
const evidenceRows = [];
const counts = new Map();
const bump = (k) => counts.set(k, (counts.get(k) ?? 0) + 1);
const misses = [];
let required = 0;
function load(dir, name, part) {
  const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), "utf8"));
  const clean = cleanDocument(readRawFile(join(dir, gold.document), gold.published ?? null));
  const doc = withSignatures(annotate(clean.mainText, clean.published, kb), clean.boilerplate, kb);
  const resolved = resolveSentences(doc, kb, lexicon);
  const candidates = documentCandidates(doc, resolved, kb, lexicon);
  const frames = new Set(
    codeDocument(clean.id, doc, kb, lexicon, null)
      .filter((e) => e.modality !== "hypothetical")
      .map((e) => key(e.type, e.actor, e.target)),
  );
  return { name, part, gold, doc, resolved, candidates, frames };
}

/** Training examples of a document, as npm run train makes them. */
function examplesOf(d) {
  return pairCandidates(d.candidates).map((c) => {
    const positive = new Set();
    const open = new Set();
    for (const e of d.gold.events) {
      if (e.actor !== c.actor || e.target !== c.target) continue;
      if (e.status === "required") positive.add(e.type);
      else if (e.status === "optional") open.add(e.type);
    }
    return { features: c.features, positive, open };
  });
}

const docs = readSplit().dev.map((n) => load(REAL_DIR, n, "real"));
const cv = Number(value("--cv") ?? 0);
const modelOf = new Map(docs.map((d) => [d, model]));
if (cv > 1) {
  const ROOT = resolve(import.meta.dirname, "..");
  for (const folder of ["test/corpus", "test/corpus-dev"])
    for (const f of readdirSync(join(ROOT, folder))
      .filter((f) => f.endsWith(".gold.json"))
      .sort())
      docs.push(load(join(ROOT, folder), f.slice(0, -".gold.json".length), "written"));
  // The folds of npm run train: contiguous blocks of each part.
  const index = new Map();
  const folds = docs.map((d) => {
    const n = docs.filter((x) => x.part === d.part).length;
    const i = index.get(d.part) ?? 0;
    index.set(d.part, i + 1);
    return Math.floor((i * cv) / n);
  });
  for (let f = 0; f < cv; f++) {
    const trained = trainScorer(
      docs.filter((_, i) => folds[i] !== f).flatMap(examplesOf),
      DEFAULT_TRAIN_OPTIONS,
    );
    const m = { ...trained, threshold: model.threshold, calibration: { a: 1, b: 0 } };
    docs.forEach((d, i) => folds[i] === f && modelOf.set(d, m));
  }
}
const strength = new Map();
const bumpStrength = (k) => strength.set(k, (strength.get(k) ?? 0) + 1);
for (const d of docs) {
  if (d.part !== "real") continue;
  const { name, gold, doc, resolved, candidates, frames } = d;
  const model = modelOf.get(d);
  const pairs = new Map(pairCandidates(candidates).map((p) => [`${p.actor}|${p.target}`, p]));
  const reports = proposedReports(doc, candidates, kb, lexicon, model, frames).filter(
    (r) => r.modality !== "hypothetical",
  );
  const proposed = new Set(reports.map((r) => key(r.type, r.actor.code, r.target.code)));
  const status = new Map(gold.events.map((e) => [key(e.type, e.actor, e.target), e.status]));
  for (const r of reports) {
    const k = key(r.type, r.actor.code, r.target.code);
    if (!status.has(k)) wrong.push(`${name}  ${k}\n    ${r.sentence.text.slice(0, 240)}`);
  }
  const speaker = documentSpeaker(resolved, doc.published, kb);
  // Per sentence: the codes named (explicitly) and implied.
  // The sentences as the candidates read them: with "the two leaders", "they" resolved.
  const parties = resolveParties(resolved, kb, lexicon);
  const named = parties.map((s) => {
    const parties = sentenceParties(s, doc.published, kb, speaker);
    return {
      explicit: new Set(parties.filter((p) => p.kind !== "implicit").map((p) => p.party.code)),
      implicit: new Set(parties.filter((p) => p.kind === "implicit").map((p) => p.party.code)),
    };
  });
  for (const e of gold.events) {
    if (e.status !== "required") continue;
    required++;
    const k = key(e.type, e.actor, e.target);
    {
      const i = evidenceSentence(resolved, e.note ?? "");
      let row;
      if (i < 0) row = "no-sentence";
      else {
        const has = named[i].explicit;
        const text = resolved[i].text;
        const trig = findTriggers(resolved[i].tokens, lexicon).some((m) => m.trigger.type === e.type);
        const miss = [e.actor, e.target].filter((c) => !has.has(c));
        if (!miss.length) row = `both/${trig ? "trigger" : "no-trigger"}`;
        else
          row = `${miss.length === 2 ? "neither" : miss[0] === e.actor ? "no-actor" : "no-target"}/${placeHint(text, miss[0], speaker?.code)}`;
        evidenceRows.push({ name, event: k, row, text, found: frames.has(k) || proposed.has(k) });
      }
      bumpEvidence(row);
    }
    const pair = pairs.get(`${e.actor}|${e.target}`);
    if (pair) {
      const explicit = pair.candidates.filter(
        (c) => c.actor.kind !== "implicit" && c.target.kind !== "implicit",
      );
      const framed = explicit.some((c) => c.features.includes(`frame=${e.type}`));
      bumpStrength(framed ? "framed" : explicit.length ? "explicit" : "implicit-only");
      let outcome;
      if (frames.has(k)) outcome = "found-frames";
      else if (proposed.has(k)) outcome = "found-proposal";
      else if (probability(model, e.type, pair.features) < model.threshold) outcome = "type-low";
      else outcome = "filtered";
      bump(`candidate/${outcome}`);
      if (outcome === "type-low" || outcome === "filtered")
        misses.push({
          name,
          event: k,
          bucket: outcome,
          hint: `p=${probability(model, e.type, pair.features).toFixed(2)} ${framed ? "framed" : explicit.length ? "explicit" : "implicit-only"}`,
          found: frames.has(k),
        });
      continue;
    }
    const found = frames.has(k);
    const where = (code) => named.flatMap((n, i) => (n.explicit.has(code) ? [i] : []));
    const implied = (code) => named.some((n) => n.implicit.has(code));
    const a = where(e.actor);
    const t = where(e.target);
    let bucket;
    let hint = "none";
    const absentHint = (code) => {
      const text = doc.mainText;
      if (namesOf(code).some((w) => contains(text, w))) return "text-names-it";
      const groups = resolved.some((s) =>
        s.mentions.some((m) => m.refs.some((r) => r.kind === "group" && r.members.includes(code))),
      );
      if (groups) return "group-member";
      const offices = resolved.some((s) => s.mentions.some((m) => m.refs.some((r) => r.kind === "office")));
      if (offices) return "office";
      return "none";
    };
    if (!a.length && !implied(e.actor)) [bucket, hint] = ["actor-absent", absentHint(e.actor)];
    else if (!t.length && !implied(e.target)) [bucket, hint] = ["target-absent", absentHint(e.target)];
    else if (!a.length || !t.length) bucket = "implicit";
    else {
      bucket = "apart";
      const one = [...new Set([...a, ...t])].map((i) => resolved[i].text);
      const other = [e.actor, e.target];
      if (one.some((s) => PAIR_PHRASE.test(s))) hint = "pair-phrase";
      else if (one.some((s) => other.some((c) => capitalOf(c) && contains(s, capitalOf(c)))))
        hint = "capital";
      else if (one.some((s) => TITLE.test(s))) hint = "title";
      else if (one.some((s) => PRONOUN.test(s))) hint = "pronoun";
    }
    bump(`miss/${bucket}`);
    bump(`miss/${bucket}/${hint}`);
    misses.push({ name, event: k, bucket, hint, found, actorIn: a, targetIn: t, resolved });
  }
}

const total = [...counts].filter(([k]) => k.startsWith("candidate/")).reduce((n, [, v]) => n + v, 0);
if (args.includes("--json")) {
  console.log(
    JSON.stringify(
      {
        required,
        candidatePairs: total,
        counts: Object.fromEntries(counts),
        strength: Object.fromEntries(strength),
      },
      null,
      2,
    ),
  );
  process.exit(0);
}
console.log(
  `dev required events ${required}: pair is a candidate for ${total} (ceiling ${(total / required).toFixed(3)})`,
);
for (const [k, v] of [...counts].sort()) console.log(`  ${k.padEnd(40)} ${v}`);
console.log(
  "candidate pairs by strength (explicit: both named in one sentence; framed: and a trigger of the type):",
);
for (const [k, v] of [...strength].sort()) console.log(`  ${k.padEnd(40)} ${v}`);
console.log("evidence sentence (most words shared with the gold note):");
for (const [k, v] of [...evidence].sort()) console.log(`  ${k.padEnd(40)} ${v}`);
const ev = value("--evidence");
if (ev)
  for (const r of evidenceRows)
    if (r.row.startsWith(ev))
      console.log(`${r.name}  ${r.event}  ${r.row}${r.found ? " (found)" : ""}\n    ${r.text.slice(0, 260)}`);
if (args.includes("--wrong")) {
  console.log(`proposals the gold does not list (${wrong.length}):`);
  for (const w of wrong) console.log(w);
}
const only = value("--bucket");
if (args.includes("--list") || only) {
  for (const m of misses) {
    if (only && m.bucket !== only) continue;
    console.log(`${m.name}  ${m.event}  ${m.bucket}/${m.hint}${m.found ? "  (frames found it)" : ""}`);
    if (only && m.resolved) {
      for (const i of [...new Set([...m.actorIn, ...m.targetIn])].sort((x, y) => x - y).slice(0, 6))
        console.log(`    [${i}] ${m.resolved[i].text.slice(0, 220)}`);
    }
  }
}
