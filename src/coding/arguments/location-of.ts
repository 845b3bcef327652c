import type { Sentence } from "../../nlp/annotated-document.js";
import type { EventLocation } from "../event.js";

/** The first place the sentence names, where its event happened. */
export function locationOf(sentence: Sentence): EventLocation | null {
  for (const m of sentence.mentions)
    for (const r of m.refs) if (r.kind === "place" && !r.process) return { name: r.name, country: r.country };
  return null;
}
