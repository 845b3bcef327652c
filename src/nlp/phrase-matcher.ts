import { normaliseForm } from "../knowledge/normalise.js";
import type { Alias, AliasRef } from "../knowledge/types.js";
import type { Token } from "./annotated-document.js";
import { tokenizeAlias } from "./alias-tokens.js";

interface Entry {
  readonly norms: readonly string[];
  /** The alias's tokens as written, for case-sensitive aliases ("US" but not "us"). */
  readonly exact: readonly string[] | null;
  readonly ref: AliasRef;
  /** Whether the last token may carry a plural "s" ("MiG-29s", "Bayraktars"). */
  readonly plural: boolean;
}

export interface PhraseMatch {
  readonly first: number;
  readonly last: number;
  readonly refs: readonly AliasRef[];
}

/** Longest-match phrase matcher over tokens, built once from the knowledge base's aliases. */
export interface PhraseMatcher {
  match(tokens: readonly Token[]): PhraseMatch[];
}

const PLURAL_KINDS = new Set(["weapon", "office", "group", "nonstate"]);

/**
 * Builds the matcher of `aliases`, each split into words by `tokenize` (wink-nlp's tokens of the
 * folded text, or the same compiled at build time).
 */
export function buildPhraseMatcher(
  aliases: readonly Alias[],
  tokenize: (text: string) => readonly string[] = tokenizeAlias,
): PhraseMatcher {
  const byFirst = new Map<string, Entry[]>();
  for (const alias of aliases) {
    const words = tokenize(alias.text);
    const norms = words.map(normaliseForm);
    const head = norms[0];
    if (!head) continue;
    const entry: Entry = {
      norms,
      exact: alias.caseSensitive ? words.map(stripMarks) : null,
      ref: alias.ref,
      plural: PLURAL_KINDS.has(alias.ref.kind),
    };
    const list = byFirst.get(head);
    if (list) list.push(entry);
    else byFirst.set(head, [entry]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.norms.length - a.norms.length);
  // Also under each head's plural ("Bayraktars" -> "bayraktar") where that is no head itself:
  // one lookup per token, and no string sliced.
  const byForm = new Map<string, Entry[]>(byFirst);
  for (const [head, list] of byFirst) if (!byFirst.has(`${head}s`)) byForm.set(`${head}s`, list);

  return {
    match(tokens) {
      const out: PhraseMatch[] = [];
      let i = 0;
      while (i < tokens.length) {
        const found = longestAt(tokens, i, byFirst, byForm);
        if (found) {
          out.push(found);
          i = found.last;
        } else i++;
      }
      return out;
    },
  };
}

function longestAt(
  tokens: readonly Token[],
  i: number,
  byFirst: ReadonlyMap<string, readonly Entry[]>,
  byForm: ReadonlyMap<string, readonly Entry[]>,
): PhraseMatch | null {
  const norm = tokens[i]!.norm;
  const candidates = norm.length > 3 ? byForm.get(norm) : byFirst.get(norm);
  if (!candidates) return null;
  let length = 0;
  let refs: AliasRef[] = [];
  for (const entry of candidates) {
    const n = entry.norms.length;
    if (n < length) break;
    if (!matches(entry, tokens, i)) continue;
    if (n > length) {
      length = n;
      refs = [];
    }
    if (!refs.some((r) => sameRef(r, entry.ref))) refs.push(entry.ref);
  }
  return length ? { first: i, last: i + length, refs } : null;
}

function matches(entry: Entry, tokens: readonly Token[], i: number): boolean {
  const n = entry.norms.length;
  if (i + n > tokens.length) return false;
  for (let k = 0; k < n; k++) {
    const token = tokens[i + k]!;
    const want = entry.norms[k]!;
    const isLast = k === n - 1;
    if (token.norm !== want && !(isLast && entry.plural && singular(token.norm) === want)) return false;
    if (entry.exact && !withoutMarks(token.text).startsWith(entry.exact[k]!)) return false;
  }
  return true;
}

function singular(norm: string): string {
  return norm.endsWith("s") ? norm.slice(0, -1) : norm;
}

/** stripMarks, skipping ASCII, which has no marks to strip. */
function withoutMarks(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return stripMarks(text);
  return text;
}

function stripMarks(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "");
}

function sameRef(a: AliasRef, b: AliasRef): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
