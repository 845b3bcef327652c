import { describe, expect, it } from "vitest";
import { codeDocument } from "../src/coding/code-document.js";
import { loadLexicon } from "../src/coding/lexicon/lexicon.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { annotate } from "../src/nlp/annotate.js";

const kb = loadKnowledge();
const lexicon = loadLexicon();

/** What the coder codes in a text, one "TYPE ACTOR TARGET date" per event. */
function datedText(text: string, published: string): string[] {
  return codeDocument("test", annotate(text, published, kb), kb, lexicon).map(
    (e) => `${e.type} ${e.actor} ${e.target} ${e.date}`,
  );
}

/** A table row: a text, its publication date, the dated events it must code and those it must not. */
interface DatedRow {
  readonly text: string;
  readonly published: string;
  readonly has: readonly string[];
  readonly lacks: readonly string[];
}

function itDates(rows: readonly DatedRow[]): void {
  for (const row of rows)
    it(row.text, () => {
      const coded = datedText(row.text, row.published);
      for (const e of row.has) expect(coded).toContain(e);
      for (const e of row.lacks) expect(coded).not.toContain(e);
    });
}

// A sentence that looks ahead inherits a frame that lies after publication.
describe("a planned act inherits the story's coming dates", () => {
  itDates([
    {
      text: "Envoy's trip\n\nU.S. Deputy Secretary of State Jane Smith will travel to Oslo and Riga June 3 to June 9.\n\nIn Oslo, the Deputy Secretary will meet Norwegian counterparts. The Deputy Secretary will then travel to Vilnius to meet Lithuanian government officials.",
      published: "2031-05-28",
      has: ["DIPLOMATIC_COOPERATION USA LTU 2031-06"],
      lacks: ["DIPLOMATIC_COOPERATION USA LTU null"],
    },
    // An act stated in the past takes no date after publication.
    {
      text: "Envoy's trip\n\nU.S. Deputy Secretary of State Jane Smith will travel to Oslo and Riga June 3 to June 9.\n\nIn Oslo, the Deputy Secretary will meet Norwegian counterparts. The Deputy Secretary met Lithuanian government officials in Vilnius.",
      published: "2031-05-28",
      has: ["DIPLOMATIC_COOPERATION USA LTU null"],
      lacks: ["DIPLOMATIC_COOPERATION USA LTU 2031-06"],
    },
  ]);
});

// A headline tells the article's news: of the publication day unless the story dates it.
describe("a headline's news is of the publication day", () => {
  itDates([
    {
      text: "Finland Expels Two Russian Diplomats\n\nThe Finnish foreign ministry said the two men had been declared persona non grata.",
      published: "2031-04-17",
      has: ["SANCTION FIN RUS 2031-04-17"],
      lacks: [],
    },
    {
      text: "Meeting with President of Estonia Anna Tamm\n\nVladimir Putin met with President of Estonia Anna Tamm in the Kremlin.",
      published: "2031-04-17",
      has: ["DIPLOMATIC_COOPERATION RUS EST 2031-04-17"],
      lacks: ["DIPLOMATIC_COOPERATION RUS EST null"],
    },
    // The lead's time comes first.
    {
      text: "Finland Expels Two Russian Diplomats\n\nOn Tuesday, Finland expelled two Russian diplomats, the foreign ministry said.",
      published: "2031-04-17",
      has: ["SANCTION FIN RUS 2031-04-15"],
      lacks: ["SANCTION FIN RUS 2031-04-17"],
    },
    // A sentence of the story is no headline.
    {
      text: "Nordic news\n\nThe ministry gave no reason.\n\nFinland expelled two Russian diplomats, the foreign ministry said.",
      published: "2031-04-17",
      has: ["SANCTION FIN RUS null"],
      lacks: ["SANCTION FIN RUS 2031-04-17"],
    },
  ]);
});

// An act told in the present is done as the text speaks: on the publication day.
describe("an act told in the present is of the publication day", () => {
  itDates([
    {
      text: "Statement on Belarus\n\nThe United States calls on Belarus to release all political prisoners.",
      published: "2031-04-17",
      has: ["CRITICISM USA BLR 2031-04-17"],
      lacks: [],
    },
    {
      text: "Statement on Belarus\n\nThe State Department is imposing visa restrictions on twelve Belarusian officials.",
      published: "2031-04-17",
      has: ["SANCTION USA BLR 2031-04-17"],
      lacks: [],
    },
    {
      text: "Talks in Helsinki\n\nPresident of Estonia Anna Tamm: Mr President, I would like to thank you for inviting me to Finland.",
      published: "2031-04-17",
      has: ["DIPLOMATIC_COOPERATION EST FIN 2031-04-17"],
      lacks: [],
    },
    // The condemnation is today's; the invasion it names is not.
    {
      text: "Statement on Ukraine\n\nThe G7 ministers condemn the Russian invasion of Ukraine.",
      published: "2031-04-17",
      has: ["CRITICISM CAN RUS 2031-04-17", "ARMED_CONFLICT RUS UKR null"],
      lacks: ["ARMED_CONFLICT RUS UKR 2031-04-17"],
    },
    {
      text: "Statement on Ukraine\n\nThe United States reaffirms its support for Ukraine in the face of Russia's invasion of Ukraine.",
      published: "2031-04-17",
      has: ["DIPLOMATIC_COOPERATION USA UKR 2031-04-17", "ARMED_CONFLICT RUS UKR null"],
      lacks: [],
    },
    // A habit, a past, a plan, a question: no day.
    {
      text: "Statement on Belarus\n\nThe United States regularly calls on Belarus to release all political prisoners.",
      published: "2031-04-17",
      has: ["CRITICISM USA BLR null"],
      lacks: [],
    },
    {
      text: "Statement on Belarus\n\nThe statement follows the elections.\n\nThe United States called on Belarus to release all political prisoners.",
      published: "2031-04-17",
      has: ["CRITICISM USA BLR null"],
      lacks: [],
    },
    {
      text: "Statement on Belarus\n\nThe State Department is expected to impose visa restrictions on twelve Belarusian officials.",
      published: "2031-04-17",
      has: ["SANCTION USA BLR null"],
      lacks: [],
    },
    {
      text: "Talks in Helsinki\n\nPresident of Estonia Anna Tamm: Mr President, I would like to thank you for inviting me to Finland?",
      published: "2031-04-17",
      has: ["DIPLOMATIC_COOPERATION EST FIN null"],
      lacks: [],
    },
  ]);
});

// "was to visit in March" looks ahead from its past: the coming March.
describe("a past 'be' before 'to' looks ahead", () => {
  itDates([
    {
      text: "Nordic news\n\nThe ministry said the Estonian president was to visit Finland in March.",
      published: "2031-01-20",
      has: ["DIPLOMATIC_COOPERATION EST FIN 2031-03"],
      lacks: ["DIPLOMATIC_COOPERATION EST FIN 2030-03"],
    },
    {
      text: "Nordic news\n\nThe ministry said the Estonian president visited Finland in March.",
      published: "2031-01-20",
      has: ["DIPLOMATIC_COOPERATION EST FIN 2030-03"],
      lacks: ["DIPLOMATIC_COOPERATION EST FIN 2031-03"],
    },
    // In a relative clause it tells no plan of the act's.
    {
      text: "Nordic news\n\nThe ministry gave no reason.\n\nFinland expelled a Russian diplomat whose posting was to end in 2033.",
      published: "2031-01-20",
      has: ["SANCTION FIN RUS null"],
      lacks: ["SANCTION FIN RUS 2033"],
    },
  ]);
});
