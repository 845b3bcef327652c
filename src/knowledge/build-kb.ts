import type { SourcedAlias } from "./build-aliases.js";
import type { Collected } from "./collect.js";
import { membershipFacts, type MembershipFact } from "./membership-facts.js";
import { holderAt, membershipsAt, pickAt, resolvePersonAt } from "./resolve.js";
import type { StateEntry } from "./schema.js";
import type {
  Group,
  KnowledgeBase,
  Membership,
  Office,
  Organisation,
  Person,
  Place,
  State,
  Tenure,
  Weapon,
} from "./types.js";

/** Turns validated entries into the immutable knowledge base. */
export function buildKnowledgeBase(
  c: Collected,
  aliases: readonly Pick<SourcedAlias, "alias">[],
): KnowledgeBase {
  const facts = membershipFacts(c);
  const states = new Map<string, State>();
  for (const s of [...c.states, ...c.worldStates])
    states.set(s.value.code, toState(s.value, facts.get(s.value.code) ?? []));

  const organisations = new Map<string, Organisation>();
  for (const o of c.organisations) {
    const { code, name } = o.value;
    const members = [...states.values()]
      .filter((s) => s.memberships.some((m) => m.org === code && m.kind === "member" && m.to === null))
      .map((s) => s.code);
    organisations.set(code, Object.freeze({ code, name, members: Object.freeze(members) }));
  }

  const persons = new Map<string, Person>();
  const byOffice = new Map<string, { person: Person; tenure: Tenure }[]>();
  for (const p of c.persons) {
    const { id, name, state, role } = p.value;
    const tenures = p.value.tenures.map((t) => {
      const tenure: Tenure = { state: t.state ?? state, office: t.office, from: t.from, to: t.to };
      return Object.freeze(t.acting ? { ...tenure, acting: true } : tenure);
    });
    const person: Person = Object.freeze({
      id,
      name,
      state,
      tenures: Object.freeze(tenures),
      ...(role ? { role } : {}),
    });
    persons.set(id, person);
    for (const tenure of tenures) {
      const key = officeKey(tenure.state, tenure.office);
      byOffice.set(key, [...(byOffice.get(key) ?? []), { person, tenure }]);
    }
  }

  const groups = new Map<string, Group>();
  for (const g of c.groups) {
    const { id, name, members, as, vague } = g.value;
    groups.set(
      id,
      Object.freeze({ id, name, members: Object.freeze([...members]), as, vague: vague ?? false }),
    );
  }
  const weapons = new Map<string, Weapon>();
  for (const w of c.weapons) {
    const { id, name, origin, category } = w.value;
    weapons.set(id, Object.freeze({ id, name, origin, category }));
  }
  const places: Place[] = c.places.map((p) =>
    Object.freeze({ name: p.value.name, country: p.value.country, separatist: p.value.separatist ?? false }),
  );

  const ruling = new Map(c.nonState.map((n) => [n.value.id, n.value] as const));

  const person = (id: string): Person => {
    const p = persons.get(id);
    if (!p) throw new Error(`unknown person: ${id}`);
    return p;
  };
  return Object.freeze({
    aliases: Object.freeze(aliases.map((a) => Object.freeze(a.alias))),
    states,
    organisations,
    persons,
    groups,
    weapons,
    places: Object.freeze(places),
    resolvePerson: (id: string, date: string | null) => resolvePersonAt(person(id), date),
    holder: (state: string, office: Office, date: string | null) =>
      holderAt(byOffice.get(officeKey(state, office)) ?? [], date),
    isActor: (code: string) => states.has(code) || organisations.has(code),
    rulingState: (id: string, date: string | null) => {
      const party = ruling.get(id);
      return party?.country && pickAt(party.ruling, date) ? party.country : null;
    },
    membershipsAt: (code: string, date: string | null) =>
      membershipsAt(states.get(code)?.memberships ?? [], date),
  });
}

function officeKey(state: string, office: Office): string {
  return `${state} ${office}`;
}

function toState(s: StateEntry, facts: readonly MembershipFact[]): State {
  const memberships = facts.map((m): Membership => {
    const base: Membership = { org: m.bloc, kind: m.status, from: m.since, to: m.until };
    return Object.freeze(m.note ? { ...base, note: m.note } : base);
  });
  const { code, name, numeric, fips, capital, region } = s;
  return Object.freeze({
    code,
    name,
    numeric,
    fips,
    capital,
    region,
    memberships: Object.freeze(memberships),
  });
}
