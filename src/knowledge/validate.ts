import type { SourcedAlias } from "./build-aliases.js";
import type { Collected } from "./collect.js";
import { normaliseForm } from "./normalise.js";
import { where, type Sourced } from "./sourced.js";
import { checkBlocMemberships } from "./validate-memberships.js";

/**
 * Cross-file checks, one message per broken rule: `file: entry: rule`. Schema-level checks (field
 * types, date syntax, calendar dates) happen earlier, in read-files.ts.
 */
export function validateKnowledge(c: Collected, aliases: readonly SourcedAlias[]): string[] {
  return [
    ...checkUniqueIds(c),
    ...checkReferences(c),
    ...checkTenures(c),
    ...checkBlocMemberships(c),
    ...checkAliases(c, aliases),
  ];
}

function checkUniqueIds(c: Collected): string[] {
  const errors: string[] = [];
  const unique = (
    items: readonly Sourced<unknown>[],
    idOf: (item: Sourced<unknown>) => string,
    what: string,
  ) => {
    const seen = new Map<string, Sourced<unknown>>();
    for (const item of items) {
      const id = idOf(item);
      const first = seen.get(id);
      if (first) errors.push(`${where(item)}: duplicate ${what} ${id} (first at ${where(first)})`);
      else seen.set(id, item);
    }
  };
  const codeOf = (item: Sourced<unknown>) => (item.value as { code: string }).code;
  const idOf = (item: Sourced<unknown>) => (item.value as { id: string }).id;
  unique([...c.states, ...c.organisations, ...c.worldStates], codeOf, "code");
  unique(c.persons, idOf, "person id");
  unique(c.groups, idOf, "group id");
  unique(c.nonState, idOf, "non-state id");
  unique(c.weapons, idOf, "weapon id");
  return errors;
}

function checkReferences(c: Collected): string[] {
  const states = new Set([...c.states, ...c.worldStates].map((s) => s.value.code));
  const orgs = new Set(c.organisations.map((o) => o.value.code));
  const errors: string[] = [];
  const need = (item: Sourced<unknown>, code: string, what: string, allowOrg: boolean) => {
    if (states.has(code) || (allowOrg && orgs.has(code))) return;
    errors.push(`${where(item)}: unknown ${what} code ${code}`);
  };
  for (const s of c.states) {
    if (s.value.aliases.names.length === 0) errors.push(`${where(s)}: a state needs at least one name alias`);
  }
  for (const g of c.groups) {
    if (g.value.vague && (g.value.members.length > 0 || g.value.as !== null))
      errors.push(`${where(g)}: a vague group has no members and no \`as\`: a sentence names them`);
    if (!g.value.vague && g.value.members.length === 0)
      errors.push(`${where(g)}: a group needs members (or \`vague: true\`)`);
    for (const m of g.value.members) need(g, m, "member", true);
    if (g.value.as !== null) need(g, g.value.as, "`as`", true);
  }
  for (const p of c.persons) {
    need(p, p.value.state, "state", true);
    for (const t of p.value.tenures) if (t.state) need(p, t.state, "tenure state", true);
  }
  for (const w of c.weapons) need(w, w.value.origin, "origin", false);
  for (const p of c.places) need(p, p.value.country, "country", false);
  for (const n of c.nonState) {
    if (n.value.country) need(n, n.value.country, "country", false);
    else if (n.value.ruling.length)
      errors.push(`${where(n)}: a party that ruled needs the \`country\` it ruled`);
    n.value.ruling.forEach((span, i) => {
      if (span.to !== null && span.to < span.from)
        errors.push(`${where(n)}: ruling span ${i + 1} ends (${span.to}) before it starts (${span.from})`);
      for (let j = 0; j < i; j++)
        if (overlaps(n.value.ruling[j]!, span))
          errors.push(`${where(n)}: ruling span ${i + 1} overlaps ruling span ${j + 1}`);
    });
  }
  return errors;
}

interface Span {
  readonly from: string;
  readonly to: string | null;
}

/** Half-open spans [from, to): a successor may start on the day the predecessor left. */
function overlaps(a: Span, b: Span): boolean {
  return (b.to === null || a.from < b.to) && (a.to === null || b.from < a.to);
}

function checkTenures(c: Collected): string[] {
  const errors: string[] = [];
  const byOffice = new Map<string, { item: Sourced<unknown>; n: number; span: Span }[]>();
  for (const p of c.persons) {
    p.value.tenures.forEach((t, i) => {
      const n = i + 1;
      const state = t.state ?? p.value.state;
      if (t.to !== null && t.to < t.from)
        errors.push(`${where(p)}: tenure ${n} ends (${t.to}) before it starts (${t.from})`);
      const key = `${state} ${t.office}`;
      const list = byOffice.get(key) ?? [];
      for (const other of list) {
        if (!overlaps(other.span, t)) continue;
        const whose = other.item === p ? "" : `${other.item.entry} `;
        const file = other.item.file === p.file ? "" : `${other.item.file}: `;
        errors.push(`${where(p)}: tenure ${n} overlaps ${file}${whose}tenure ${other.n} for ${key}`);
      }
      list.push({ item: p, n, span: t });
      byOffice.set(key, list);
    });
  }
  return errors;
}

function checkAliases(c: Collected, aliases: readonly SourcedAlias[]): string[] {
  const errors: string[] = [];
  const allowed = new Map(c.ambiguous.map((a) => [normaliseForm(a.value.text), a]));
  const used = new Set<string>();
  const byForm = new Map<string, SourcedAlias[]>();
  for (const a of aliases) {
    const form = normaliseForm(a.alias.text);
    if (!a.alias.caseSensitive && c.commonWords.has(form))
      errors.push(
        `${where(a.source)}: alias "${a.alias.text}" is a common English word: mark it caseSensitive or drop it`,
      );
    const same = byForm.get(form) ?? [];
    const ref = JSON.stringify(a.alias.ref);
    const twin = same.find((b) => JSON.stringify(b.alias.ref) === ref && redundant(a, b));
    if (twin)
      errors.push(`${where(a.source)}: duplicate alias "${a.alias.text}" (also at ${where(twin.source)})`);
    else if (same.some((b) => JSON.stringify(b.alias.ref) !== ref)) {
      if (allowed.has(form)) used.add(form);
      else
        errors.push(
          `${where(a.source)}: alias "${a.alias.text}" also names another entry ` +
            `(${where(same.find((b) => JSON.stringify(b.alias.ref) !== ref)!.source)}); ` +
            `list it under ambiguous: if both are meant`,
        );
    }
    same.push(a);
    byForm.set(form, same);
  }
  for (const [form, item] of allowed)
    if (!used.has(form))
      errors.push(`${where(item)}: "${item.value.text}" is listed as ambiguous but names one entry`);
  return errors;
}

/** Two aliases of one ref are redundant unless both are case-sensitive and differ in case ("NATO", "Nato"). */
function redundant(a: SourcedAlias, b: SourcedAlias): boolean {
  if (!a.alias.caseSensitive || !b.alias.caseSensitive) return true;
  return stripMarks(a.alias.text) === stripMarks(b.alias.text);
}

function stripMarks(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "");
}
