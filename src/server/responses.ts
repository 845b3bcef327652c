import { z } from "zod";

/** Response bodies as zod schemas: documentation only (openapi.ts); the store's types are the truth. */

const evidence = z.object({ text: z.string(), start: z.int(), end: z.int() });

const codedEvent = {
  id: z.string(),
  type: z.string(),
  actor: z.string(),
  target: z.string(),
  actorText: z.string(),
  targetText: z.string(),
  actorRole: z.string().nullable(),
  modality: z.enum(["asserted", "threatened", "planned", "hypothetical", "negated"]),
  date: z.string().nullable(),
  dateSource: z.enum(["text", "published", "none"]),
  location: z.object({ name: z.string(), country: z.string() }).nullable(),
  weapon: z.string().nullable(),
  cameo: z.string().nullable(),
  plover: z.string().nullable(),
  weight: z.number(),
  confidence: z.number(),
  evidence: evidence.describe("the sentence; start and end are offsets into its document's mainText"),
  mentions: z.array(evidence).describe("further sentences of the same report"),
  documentId: z.string(),
  sourceUrl: z.string().optional(),
};

export const storedEvent = z
  .object({
    ...codedEvent,
    numMentions: z.int(),
    numSources: z.int(),
    reports: z.array(z.object({ documentId: z.string(), source: z.string(), evidence })),
  })
  .describe("one merged event: its first report's fields, how often and by how many sources it was reported");

export const timeline = z.object({
  first: z
    .string()
    .nullable()
    .describe("the first month with a dated event, YYYY-MM; null when none is stored"),
  last: z.string().nullable().describe("the last month with a dated event, YYYY-MM"),
  types: z.array(z.string()).describe("the event types, in the order of the guidelines"),
});

export const eventPage = z.object({
  events: z.array(storedEvent),
  nextCursor: z.string().nullable().describe("pass as `cursor` for the next page; null on the last"),
});

export const membership = z.object({
  bloc: z.string(),
  status: z.string(),
  since: z.string().describe("YYYY-MM-DD, the first day it held"),
  until: z.string().nullable().describe("YYYY-MM-DD, the first day it no longer held; null while it holds"),
  source: z.string(),
  note: z.string().optional(),
});

export const indexRow = z
  .object({
    country: z.string(),
    month: z.string(),
    value: z.number().describe("-1 West .. +1 East"),
    coverage: z.number().describe("0..1: how much evidence the value rests on"),
    thin: z.boolean().describe("too little evidence to read the month from events"),
    china: z.number().describe("the CHN pole, beside the East-West axis: -1 away from China .. +1 toward it"),
    eventPart: z.number().describe("the events' part alone, -1..+1"),
    structural: z.number().describe("the memberships' part alone, -1..+1"),
    components: z.array(
      z.object({
        name: z
          .string()
          .describe("cooperation-east, coercion-by-east, coercion-of-east (and -west, -chn), structural"),
        pole: z.enum(["EAST", "WEST", "CHN"]).nullable(),
        value: z.number().describe("signed contribution to value (+ East, - West), for CHN to china"),
        events: z.array(
          z.object({
            id: z.string().describe("an event id (GET /api/events?q= or the document's events name it)"),
            type: z.string(),
            weight: z.number(),
            month: z.string(),
            count: z.int().describe("events of its cell it stands for"),
          }),
        ),
        memberships: z.array(z.string()).optional(),
      }),
    ),
  })
  .describe("see src/analysis/README.md for the formula");

export const indexPage = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(indexRow),
  nextCursor: z.string().nullable(),
});

const countryBase = {
  code: z.string(),
  name: z.string(),
  names: z.array(z.string()).describe("names the coder recognises"),
  region: z.string(),
};

export const countryList = z.object({
  date: z.string(),
  countries: z.array(
    z.object({ ...countryBase, memberships: z.array(membership).describe("in force at `date`") }),
  ),
  nextCursor: z.string().nullable(),
});

export const countryDetail = z.object({
  ...countryBase,
  memberships: z.array(membership).describe("every membership, candidacy and suspension, 1991 to today"),
  current: z.array(membership).describe("those in force today"),
  index: z
    .array(
      indexRow.extend({
        components: z.array(
          z.object({
            name: z.string(),
            pole: z.enum(["EAST", "WEST", "CHN"]).nullable(),
            value: z.number(),
            events: z.int().describe("how many events the component rests on"),
          }),
        ),
      }),
    )
    .describe("the monthly index series; GET /api/index?from=&to=&country= lists each component's events"),
  events: z.array(storedEvent).describe("the most recent events, newest first"),
  eventsNextCursor: z
    .string()
    .nullable()
    .describe("continues the list: GET /api/events?country=CODE&order=desc&cursor=..."),
});

export const storedDocument = z.object({
  document: z.object({
    id: z.string(),
    source: z.string(),
    format: z.string(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    language: z.string().nullable(),
    fetchedAt: z.string(),
    duplicateOf: z.string().nullable(),
    outlet: z.string().nullable().describe("who published it, as the sources.json of its folder says"),
    licence: z.string().nullable().describe("the terms it is shown under, as written; null when unknown"),
    attribution: z.string().nullable().describe("the credit its licence asks for"),
    origin: z.string().nullable().describe("its address, or a note on where it came from"),
    written: z
      .boolean()
      .nullable()
      .describe("true: written for the project, not a real article; false: a real one; null: not said"),
  }),
  mainText: z.string(),
  events: z.array(z.object({ ...codedEvent, mergedEvent: z.string() })),
});

export const putResult = z.object({
  id: z.string(),
  stored: z.boolean().describe("false when the same bytes were stored before"),
  events: z.int(),
  duplicateOf: z.string().nullable(),
  merged: z.int(),
});

export const problem = z.object({
  statusCode: z.int(),
  error: z.string(),
  message: z.string().describe("names the parameter and the reason"),
});
