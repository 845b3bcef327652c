import { z } from "zod";

/**
 * Zod schemas for the files in data/knowledge/. Every file is a YAML mapping whose top-level keys
 * name what it holds (`states:`, `persons:`, ...); a kind may be split over several files
 * (persons-europe.yaml, persons-world.yaml). Cross-file rules live in validate.ts.
 */

/** A real calendar date, YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, "date must be YYYY-MM-DD")
  .refine(isRealDate, { message: "not a calendar date" });

export function isRealDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export const roleSchema = z.enum(["GOV", "MIL", "LEADER", "MEDIA", "BUSINESS", "OPPOSITION"]);
export const officeSchema = z.enum([
  "head_of_state",
  "head_of_government",
  "foreign_minister",
  "defence_minister",
]);
const code = z.string().regex(/^[A-Z][A-Z0-9]{1,5}$/u, "codes are upper case (RUS, EU, NATO)");
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, "ids are kebab-case");

/** An alias written as plain text, or with options: `{ text: US, caseSensitive: true }`. */
export const aliasItem = z.union([
  z.string().min(1),
  z.strictObject({ text: z.string().min(1), caseSensitive: z.boolean().optional() }),
]);

/** A metonym carries the role it acts in: "the Kremlin" is RUS as GOV. */
export const metonymItem = z.strictObject({
  text: z.string().min(1),
  role: roleSchema.nullable(),
  caseSensitive: z.boolean().optional(),
});

const actorAliases = z.strictObject({
  names: z.array(aliasItem).default([]),
  adjectives: z.array(aliasItem).default([]),
  metonyms: z.array(metonymItem).default([]),
});

export const stateSchema = z.strictObject({
  code,
  name: z.string().min(1),
  numeric: z
    .string()
    .regex(/^\d{3}$/u, "numeric is a three-digit string")
    .nullable(),
  fips: z
    .string()
    .regex(/^[A-Z]{2}$/u, "fips is two upper-case letters")
    .nullable(),
  capital: z.string().nullable(),
  region: id,
  aliases: actorAliases,
});

export const organisationSchema = z.strictObject({
  code,
  name: z.string().min(1),
  aliases: actorAliases,
});

export const groupSchema = z.strictObject({
  id,
  name: z.string().min(1),
  /** Empty only for a vague group (checked in validate.ts). */
  members: z.array(code).default([]),
  as: code.nullable().default(null),
  /** "the West", "the international community": no fixed members (see groups.yaml). */
  vague: z.boolean().optional(),
  aliases: z.array(aliasItem).min(1),
});

/** A span in which a party headed its country's government (non-state.yaml `ruling`). */
export const rulingSchema = z.strictObject({
  from: isoDate,
  to: isoDate.nullable(),
  note: z.string().optional(),
});

/** Non-state actors: separatist entities' forces, armed groups, parties, movements (non-state.yaml). */
export const nonStateSchema = z.strictObject({
  id,
  name: z.string().min(1),
  what: z.enum(["separatist", "armed-group", "party", "movement"]),
  /** Where it is based. Outside its `ruling` spans it never makes the entry stand for that state. */
  country: code.optional(),
  /** When a party headed the government of `country`: then it acts for it (role GOV). */
  ruling: z.array(rulingSchema).default([]),
  aliases: z.array(aliasItem).min(1),
});

export const tenureSchema = z.strictObject({
  /** Defaults to the person's state. */
  state: code.optional(),
  office: officeSchema,
  from: isoDate,
  to: isoDate.nullable(),
  acting: z.boolean().optional(),
  note: z.string().optional(),
});

export const personSchema = z.strictObject({
  id,
  name: z.string().min(1),
  state: code,
  role: roleSchema.optional(),
  aliases: z.array(aliasItem).min(1),
  tenures: z.array(tenureSchema).default([]),
  note: z.string().optional(),
});

export const weaponSchema = z.strictObject({
  id,
  name: z.string().min(1),
  origin: code,
  category: z.enum([
    "air-defence",
    "fighter",
    "bomber",
    "attack-aircraft",
    "transport-aircraft",
    "helicopter",
    "tank",
    "ifv",
    "apc",
    "artillery",
    "mlrs",
    "missile",
    "cruise-missile",
    "ballistic-missile",
    "drone",
    "loitering-munition",
    "atgm",
    "manpads",
    "ship",
    "submarine",
    "rifle",
    "bomb",
    "radar",
    "electronic-warfare",
  ]),
  aliases: z.array(aliasItem).min(1),
});

export const placeSchema = z.strictObject({
  name: z.string().min(1),
  country: code,
  /** A separatist entity (Abkhazia, Transnistria): a target only of hostile acts on its ground. */
  separatist: z.boolean().optional(),
  /** Talks or an agreement named after the city that hosted them (the Minsk agreements, the Astana
   *  process): it names no state, neither as a party nor as the ground of an act. */
  process: z.boolean().optional(),
  aliases: z.array(aliasItem).min(1),
});

export const officeNounSchema = z.strictObject({
  text: z.string().min(1),
  office: officeSchema.nullable(),
  role: roleSchema,
  caseSensitive: z.boolean().optional(),
});

export const ambiguousSchema = z.strictObject({
  text: z.string().min(1),
  note: z.string().min(1),
});

/** States taken from the world-countries package for the rest of the world (see README). */
export const worldSchema = z.strictObject({
  include: z.boolean(),
  /** Generated aliases to leave out ("Chad" is a first name). */
  skipAliases: z.array(z.string()).default([]),
  /** Codes not to take from the package (territories we do not treat as actors). */
  skipCodes: z.array(code).default([]),
});

/** The blocs and statuses of data/knowledge/memberships.yaml (see its header for the rules). */
export const blocSchema = z.enum(["EU", "NATO", "CSTO", "EAEU", "CIS", "GUAM", "COE", "UN", "OSCE"]);
export const blocStatusSchema = z.enum([
  "member",
  "candidate",
  "potential-candidate",
  "applicant",
  "map",
  "suspended",
  "frozen",
]);

/** One dated fact: a state's status in a bloc over a half-open span, with the source that says so. */
export const blocMembershipSchema = z.strictObject({
  state: code,
  bloc: blocSchema,
  status: blocStatusSchema,
  since: isoDate,
  until: isoDate.nullable(),
  source: id,
  note: z.string().optional(),
});

export const membershipSourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.string().regex(/^https?:\/\/\S+$/u, "url must be http(s)"),
});

export const knowledgeFileSchema = z.strictObject({
  states: z.array(stateSchema).optional(),
  organisations: z.array(organisationSchema).optional(),
  groups: z.array(groupSchema).optional(),
  nonState: z.array(nonStateSchema).optional(),
  persons: z.array(personSchema).optional(),
  weapons: z.array(weaponSchema).optional(),
  places: z.array(placeSchema).optional(),
  offices: z.array(officeNounSchema).optional(),
  ambiguous: z.array(ambiguousSchema).optional(),
  commonWords: z.array(z.string()).optional(),
  world: worldSchema.optional(),
  membershipSources: z.record(id, membershipSourceSchema).optional(),
  memberships: z.array(blocMembershipSchema).optional(),
});

export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;
export type AliasItem = z.infer<typeof aliasItem>;
export type StateEntry = z.infer<typeof stateSchema>;
export type OrganisationEntry = z.infer<typeof organisationSchema>;
export type GroupEntry = z.infer<typeof groupSchema>;
export type NonStateEntry = z.infer<typeof nonStateSchema>;
export type PersonEntry = z.infer<typeof personSchema>;
export type WeaponEntry = z.infer<typeof weaponSchema>;
export type BlocMembershipEntry = z.infer<typeof blocMembershipSchema>;
export type MembershipSourceEntry = z.infer<typeof membershipSourceSchema>;
export type PlaceEntry = z.infer<typeof placeSchema>;
export type OfficeNounEntry = z.infer<typeof officeNounSchema>;
