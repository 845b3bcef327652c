import type { Collected } from "./collect.js";
import { normaliseForm } from "./normalise.js";
import type { AliasItem, OrganisationEntry, StateEntry } from "./schema.js";
import type { Sourced } from "./sourced.js";
import type { Alias, AliasRef } from "./types.js";

export interface SourcedAlias {
  readonly alias: Alias;
  readonly source: Sourced<unknown>;
  /** Made from the world-countries package rather than written in a data file. */
  readonly generated: boolean;
}

/** Every alias of every entry, in file order, with generated aliases that collide dropped. */
export function buildAliases(c: Collected): SourcedAlias[] {
  const out: SourcedAlias[] = [];
  const add = (source: Sourced<unknown>, items: readonly AliasItem[], ref: AliasRef, generated = false) => {
    for (const item of items) {
      const text = typeof item === "string" ? item : item.text;
      const caseSensitive = typeof item === "string" ? false : (item.caseSensitive ?? false);
      out.push({ alias: { text, caseSensitive, ref }, source, generated });
    }
  };
  const addActor = (source: Sourced<StateEntry | OrganisationEntry>, generated: boolean) => {
    const { code, aliases } = source.value;
    add(source, aliases.names, { kind: "actor", code, role: null, form: "name" }, generated);
    add(source, aliases.adjectives, { kind: "actor", code, role: null, form: "adjective" }, generated);
    for (const m of aliases.metonyms)
      add(source, [m], { kind: "actor", code, role: m.role, form: "metonym" }, generated);
  };
  for (const s of c.states) addActor(s, false);
  for (const o of c.organisations) addActor(o, false);
  for (const s of c.worldStates) addActor(s, true);
  for (const g of c.groups) {
    const { id, members, as, vague } = g.value;
    add(
      g,
      g.value.aliases,
      vague ? { kind: "group", id, members, as, vague } : { kind: "group", id, members, as },
    );
  }
  for (const n of c.nonState) {
    const { id, name, what, ruling } = n.value;
    add(
      n,
      n.value.aliases,
      ruling.length
        ? { kind: "nonstate", id, name, what, mayRule: true }
        : { kind: "nonstate", id, name, what },
    );
  }
  for (const p of c.persons) add(p, p.value.aliases, { kind: "person", id: p.value.id });
  for (const w of c.weapons) {
    const { id, name, origin, category } = w.value;
    add(w, w.value.aliases, { kind: "weapon", id, name, origin, category });
  }
  for (const p of c.places) {
    const { name, country, separatist, process } = p.value;
    add(p, p.value.aliases, {
      kind: "place",
      name,
      country,
      ...(separatist ? { separatist } : {}),
      ...(process ? { process } : {}),
    });
  }
  for (const o of c.offices) {
    const { text, office, role, caseSensitive } = o.value;
    add(o, [{ text, caseSensitive }], { kind: "office", office, role });
  }
  return dropGeneratedCollisions(out);
}

/** A generated alias is kept only when no other alias (written or generated) has the same form. */
function dropGeneratedCollisions(aliases: readonly SourcedAlias[]): SourcedAlias[] {
  const count = new Map<string, number>();
  for (const a of aliases) {
    const key = normaliseForm(a.alias.text);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  return aliases.filter((a) => !a.generated || count.get(normaliseForm(a.alias.text)) === 1);
}
