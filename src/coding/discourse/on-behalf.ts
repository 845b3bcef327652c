import type { AliasRef } from "../../knowledge/types.js";
import type { AnnotatedDocument, Mention } from "../../nlp/annotated-document.js";

/**
 * The voice of a statement whose lead speaks "on behalf of" a state: "On behalf of the United
 * States of America, I congratulate the people of Belarus" (test/corpus-real/ANNOTATION.md,
 * clarification 4). The one speaking ("I", "we") speaks for the state named, throughout the
 * statement; null when the lead paragraph opens otherwise or names no one state.
 */
export function onBehalfVoice(
  doc: AnnotatedDocument,
): { refs: readonly AliasRef[]; states: readonly string[] } | null {
  const [title, ...rest] = doc.sentences;
  if (!title) return null;
  const lead = rest.find((s) => s.paragraph !== title.paragraph);
  if (!lead) return null;
  const tokens = lead.tokens;
  if (tokens[0]?.norm !== "on" || tokens[1]?.norm !== "behalf" || tokens[2]?.norm !== "of") return null;
  const comma = tokens.findIndex((t, i) => i > 2 && t.text === ",");
  const speaker = tokens[comma + 1]?.norm;
  if (comma < 0 || (speaker !== "i" && speaker !== "we")) return null;
  const named: Mention[] = lead.mentions.filter((m) => m.first > 2 && m.last <= comma);
  const actors = named.flatMap((m) => m.refs.flatMap((r) => (r.kind === "actor" ? [r] : [])));
  return named.length === 1 && actors.length === 1 ? { refs: actors, states: [actors[0]!.code] } : null;
}
