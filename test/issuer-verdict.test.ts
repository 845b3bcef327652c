import { describe, expect, it } from "vitest";
import { extractText } from "./extract-text.js";

// A statement's own verdict on the other side's act ("Russia's unprovoked war", "the Belarusian
// authorities' sham elections") criticises that side; the one judging is the statement's voice:
// its signer's state, its signatories, a transcript's speaker (triggers.yaml
// criticism-issuer-verdict). A news report's own words, a quotation, a "so-called" verdict: none.
function coded(text: string): string[] {
  return extractText(text, "2023-05-02").map((e) => `${e.type} ${e.actor} ${e.target} ${e.modality}`);
}

const statement = (signer: string, ...body: string[]): string =>
  ["Support for the People of Moldova", "May 2, 2023", signer, ...body].join("\n\n");

const rows: readonly { name: string; text: string; has: readonly string[]; lacks: readonly string[] }[] = [
  {
    name: "an adjective of verdict before the act, in a signed statement",
    text: statement(
      "Ned Price, Department Spokesperson",
      "Today we announce new assistance to Moldova, whose economy has suffered from Russia's reckless and unjustified invasion of its neighbour.",
    ),
    has: ["CRITICISM USA RUS asserted"],
    lacks: [],
  },
  {
    name: "a government called a regime in the statement's voice",
    text: statement(
      "Ned Price, Department Spokesperson",
      "The Lukashenka regime continues to jail journalists, and we will keep supporting Moldova's independent media.",
    ),
    has: ["CRITICISM USA BLR asserted"],
    lacks: [],
  },
  {
    name: "a junta named by the state it rules",
    text: statement(
      "Kadri Tamm, Estonian Foreign Ministry Spokesperson",
      "Estonia will not recognise the military junta in Myanmar, and it stands with Moldova.",
    ),
    has: ["CRITICISM EST MMR asserted"],
    lacks: [],
  },
  {
    name: "a regime named in a quotation is the quoted speaker's, not the statement's",
    text: statement(
      "Ned Price, Department Spokesperson",
      'Officials in Moscow spoke of "the Kiev regime" when they rejected the Moldovan proposal.',
    ),
    has: [],
    lacks: ["CRITICISM USA UKR asserted"],
  },
  {
    name: "a verdict noun with a possessor",
    text: statement(
      "Kadri Tamm, Estonian Foreign Ministry Spokesperson",
      "The new funds will help Chisinau withstand the Russian Federation's aggression in the region.",
    ),
    has: ["CRITICISM EST RUS asserted"],
    lacks: [],
  },
  {
    name: "'its war of choice': the possessive stands for the state named before",
    text: statement(
      "Antony J. Blinken, Secretary of State",
      "Moscow must end its war of choice before any talks can begin.",
    ),
    has: ["CRITICISM USA RUS asserted"],
    lacks: [],
  },
  {
    name: "the accomplice the statement names after 'facilitated by'",
    text: statement(
      "Ned Price, Department Spokesperson",
      "The brutal invasion of Ukraine, enabled by the regime in Minsk, has displaced millions.",
    ),
    has: ["CRITICISM USA BLR asserted"],
    lacks: [],
  },
  {
    name: "an accomplice by 'complicit' and 'complicity'",
    text: statement(
      "Kadri Tamm, Estonian Foreign Ministry Spokesperson",
      "We support Ukraine against a war in which Belarus is complicit. Iran's complicity in the strikes on Kyiv must end.",
    ),
    has: ["CRITICISM EST BLR asserted", "CRITICISM EST IRN asserted"],
    lacks: [],
  },
  {
    name: "talks facilitated by a state are no accomplice's act",
    text: statement(
      "Ned Price, Department Spokesperson",
      "We welcome the talks between Armenia and Azerbaijan facilitated by Georgia.",
    ),
    has: [],
    lacks: ["CRITICISM USA GEO asserted"],
  },
  {
    name: "a verdict on an election",
    text: statement(
      "Ned Price, Department Spokesperson",
      "Sanctions will remain until Belarus's sham referendum is annulled.",
    ),
    has: ["CRITICISM USA BLR asserted"],
    lacks: [],
  },
  {
    name: "the verdict stays asserted inside a demand or a condition",
    text: statement(
      "Ned Price, Department Spokesperson",
      "If Russia continues its brutal war against Ukraine, we will impose further costs.",
    ),
    has: ["CRITICISM USA RUS asserted"],
    lacks: [],
  },
  {
    name: "a joint statement judges for all its signatories",
    text: [
      "Joint Statement of the United States and Poland on Energy Security",
      "May 2, 2023",
      "Our countries will cut their dependence on gas after Russia's unprovoked attack on Ukraine.",
    ].join("\n\n"),
    has: ["CRITICISM USA RUS asserted", "CRITICISM POL RUS asserted"],
    lacks: [],
  },
  {
    name: "a transcript's speaker judges in his own words",
    text: [
      "Press conference following talks",
      "May 2, 2023",
      "President of Russia Vladimir Putin: We discussed energy. NATO's illegal bombing of Yugoslavia in 1999 was not forgotten.",
    ].join("\n\n"),
    has: ["CRITICISM RUS NATO asserted"],
    lacks: [],
  },
  {
    name: "a verdict predicated of a state's actions in a transcript's own words",
    text: [
      "Meeting with senior Defence Ministry officials",
      "May 2, 2023",
      "President of Russia Vladimir Putin: The NATO summit opens in London today. Cooperation was curtailed because the alliance's actions towards Russia were inappropriate.",
    ].join("\n\n"),
    has: ["CRITICISM RUS NATO asserted"],
    lacks: [],
  },
  {
    name: "a verdict predicated of a state's actions in a news report: none",
    text: [
      "Hungary blocks aid",
      "May 2, 2023",
      "Budapest blocked the package on Tuesday; critics in Warsaw said Hungary's actions were irresponsible.",
    ].join("\n\n"),
    has: [],
    lacks: ["CRITICISM POL HUN asserted"],
  },
  {
    name: "the verdict's author after 'by'",
    text: [
      "Joint Statement of the United States and Romania on Black Sea Security",
      "May 2, 2023",
      "In a region shaken by the barbaric aggression waged by Russia against its neighbour, our countries will deepen their cooperation.",
    ].join("\n\n"),
    has: ["CRITICISM USA RUS asserted", "CRITICISM ROU RUS asserted"],
    lacks: [],
  },
  {
    name: "an act 'by' a state with no verdict on it: none",
    text: statement(
      "Ned Price, Department Spokesperson",
      "We note the exercises carried out by Belarus near the border last week.",
    ),
    has: [],
    lacks: ["CRITICISM USA BLR asserted"],
  },
  {
    name: "abuses and affronts are verdicts of their own",
    text: statement(
      "Ned Price, Department Spokesperson",
      "These designations answer Belarus's abuses against peaceful protesters.",
    ),
    has: ["CRITICISM USA BLR asserted"],
    lacks: [],
  },
  {
    name: "a news report's own words have no issuer",
    text: [
      "Moldova gets aid",
      "May 2, 2023",
      "Moldova received new aid on Tuesday after Russia's unprovoked invasion of Ukraine hit its economy.",
    ].join("\n\n"),
    has: [],
    lacks: ["CRITICISM MDA RUS asserted", "CRITICISM USA RUS asserted"],
  },
  {
    name: "a verdict inside quotation marks is someone else's",
    text: statement(
      "Ned Price, Department Spokesperson",
      "Minister Lavrov spoke of “Ukraine's illegal attacks on Donbas” at the meeting.",
    ),
    has: [],
    lacks: ["CRITICISM USA UKR asserted"],
  },
  {
    name: "a 'so-called' verdict is reported, not given",
    text: statement(
      "Ned Price, Department Spokesperson",
      "Moscow keeps complaining about the so-called aggression of Ukraine, and Russia's so-called illegal sanctions.",
    ),
    has: [],
    lacks: ["CRITICISM USA UKR asserted"],
  },
  {
    name: "a verdict on no state: none",
    text: statement(
      "Ned Price, Department Spokesperson",
      "The brutal attack on a hospital in Kharkiv shocked the world.",
    ),
    has: [],
    lacks: ["CRITICISM USA UKR asserted", "CRITICISM USA RUS asserted"],
  },
  {
    name: "holding a state to account in the statement's own voice",
    text: statement(
      "Ned Price, Department Spokesperson",
      "We will continue our efforts to hold the regime in Minsk accountable for the forced landing.",
    ),
    has: ["CRITICISM USA BLR asserted"],
    lacks: [],
  },
  {
    name: "holding to account with a list of parties before the verdict",
    text: statement(
      "Kadri Tamm, Estonian Foreign Ministry Spokesperson",
      "The sanctions are part of global efforts to hold Iran and Belarus to account for their support of the war.",
    ),
    has: ["CRITICISM EST IRN asserted", "CRITICISM EST BLR asserted"],
    lacks: [],
  },
  {
    name: "holding to account in a news report: no voice to hold",
    text: [
      "Moldova seeks help",
      "May 2, 2023",
      "Analysts asked whether anyone could hold Minsk accountable for the forced landing.",
    ].join("\n\n"),
    has: [],
    lacks: ["CRITICISM USA BLR asserted"],
  },
];

describe("a statement's own verdict on another state's act", () => {
  for (const row of rows)
    it(row.name, () => {
      const events = coded(row.text);
      for (const e of row.has) expect(events).toContain(e);
      for (const e of row.lacks) expect(events).not.toContain(e);
    });
});
