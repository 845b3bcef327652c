import { describe, expect, it } from "vitest";
import { codeDocument } from "../src/coding/code-document.js";
import { loadLexicon } from "../src/coding/lexicon/lexicon.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { annotate } from "../src/nlp/annotate.js";

// Modality cues (src/coding/modality/modality.ts, data/lexicon/cues.yaml), one sentence each:
// "TYPE ACTOR TARGET modality" must be coded with that modality; "none" codes nothing that claims.
const lexicon = loadLexicon();
const kb = loadKnowledge();

const rows: readonly (readonly [string, string])[] = [
  // A sentence that names one contact twice takes the modality of the mention whose parties were
  // found surest: the verb with its own subject, not the noun of a fronted phrase.
  [
    "On the sidelines of the summit, Vladimir Putin will meet with Recep Tayyip Erdogan.",
    "DIPLOMATIC_COOPERATION RUS TUR planned",
  ],
  [
    "During the summit in Sofia, Rumen Radev will hold talks with Klaus Iohannis.",
    "DIPLOMATIC_COOPERATION BGR ROU planned",
  ],
  ["At the summit, Rumen Radev held talks with Klaus Iohannis.", "DIPLOMATIC_COOPERATION BGR ROU asserted"],
  // An offer of talks is a plan, not talks held.
  [
    "Hungary is open to dialogue with Serbia on the border dispute.",
    "DIPLOMATIC_COOPERATION HUN SRB planned",
  ],
  ["Poland's readiness for dialogue with Lithuania was confirmed.", "DIPLOMATIC_COOPERATION POL LTU planned"],
  ["Greece said it was ready to hold talks with Turkey.", "DIPLOMATIC_COOPERATION GRC TUR planned"],
  ["Romania keeps a regular dialogue with Moldova on energy.", "DIPLOMATIC_COOPERATION ROU MDA asserted"],
  // "would" after a verb that reports an agreement or a decision is the future seen from the past.
  [
    "It was agreed that the President of Armenia would visit Russia next month.",
    "DIPLOMATIC_COOPERATION ARM RUS planned",
  ],
  [
    "The ministers decided that Latvia would hold talks with Estonia in May.",
    "DIPLOMATIC_COOPERATION LVA EST planned",
  ],
  [
    "Analysts think that the President of Armenia would visit Russia if invited.",
    "DIPLOMATIC_COOPERATION ARM RUS hypothetical",
  ],
  // A pledge is a promise: the money is not yet given.
  ["Norway pledged reconstruction funds for Ukraine.", "AID NOR UKR planned"],
  ["Canada pledged humanitarian aid to Moldova.", "AID CAN MDA planned"],
  ["Norway provided reconstruction funds for Ukraine.", "AID NOR UKR asserted"],
  // An instruction to act is a plan.
  ["Putin instructed Shoigu and Lavrov to provide humanitarian aid to Armenia.", "AID RUS ARM planned"],
  ["Shoigu provided humanitarian aid to Armenia.", "AID RUS ARM asserted"],
  // A headline's "X to VERB" announces an act to come; a body sentence's "to" after a verb does not.
  ["Japan to send humanitarian aid to Turkey", "AID JPN TUR planned"],
  ["Japan sent humanitarian aid to Turkey", "AID JPN TUR asserted"],
  // A commitment to a verb's act plans it; a commitment to supporting someone is the support itself.
  [
    "The two governments stressed their commitment to expand oil deals between Kazakhstan and China.",
    "ECONOMIC_COOPERATION KAZ CHN planned",
  ],
  ["Poland reaffirmed its commitment to expel Russian diplomats.", "SANCTION POL RUS planned"],
  [
    "Estonia reaffirmed its commitment to supporting Georgia's sovereignty.",
    "DIPLOMATIC_COOPERATION EST GEO asserted",
  ],
  // A decline in trade measures it; declining to sign denies the deal.
  [
    "Putin met Scholz in Berlin. Despite a decline in bilateral trade, the economies stay linked.",
    "ECONOMIC_COOPERATION RUS DEU asserted",
  ],
  ["Serbia declined to sign a gas deal with Bulgaria.", "ECONOMIC_COOPERATION SRB BGR negated"],
  // "will continue to" an act under way asserts it; "will" alone plans it.
  ["Germany will continue to coordinate with Poland on refugees.", "DIPLOMATIC_COOPERATION DEU POL asserted"],
  ["Germany will coordinate with Poland on refugees.", "DIPLOMATIC_COOPERATION DEU POL planned"],
  // "want to thank" performs the thanks; "want to meet" plans a meeting.
  ["Hungary wants to thank Serbia for its support.", "DIPLOMATIC_COOPERATION HUN SRB asserted"],
  ["Orban said Hungary wants to meet Serbia soon.", "DIPLOMATIC_COOPERATION HUN SRB planned"],
  // What the thanks are for is told, not wished: the wish belongs to the thanks.
  [
    "Hungary wants to thank Serbia for the growth of trade between Hungary and Serbia.",
    "ECONOMIC_COOPERATION HUN SRB asserted",
  ],
  [
    "Hungary wants to thank Serbia for its support and wants to sign a gas deal with Serbia.",
    "ECONOMIC_COOPERATION HUN SRB planned",
  ],
  // "threatening" that describes the act threatens nothing; "threatened to" does.
  [
    'Biden spoke of what he called "threatening" movements of Russian troops near the Ukrainian border.',
    "MILITARY_POSTURING RUS UKR asserted",
  ],
  ["Russia threatened to deploy troops near the Ukrainian border.", "MILITARY_POSTURING RUS UKR threatened"],
  // The "not" of an act urged on another negates nothing the actor does.
  [
    "Germany urged Russia not to send troops and asked Moscow to withdraw its forces from Georgia.",
    "CRITICISM DEU RUS asserted",
  ],
  // "not only", "not simply" adds the act to another: it negates nothing.
  [
    "Turkey has not only sent humanitarian aid to Syria but also rebuilt schools there.",
    "AID TUR SYR asserted",
  ],
  [
    "Norway did not simply provide humanitarian aid to Ukraine; it trained its doctors.",
    "AID NOR UKR asserted",
  ],
  ["Turkey has not sent humanitarian aid to Syria.", "AID TUR SYR negated"],
  ["Norway did not provide humanitarian aid to Ukraine.", "AID NOR UKR negated"],
  ["The gardener pledged to keep the lawn green.", "none"],
];

describe("modality cues", () => {
  it.each(rows)("%s", (sentence, expected) => {
    const events = codeDocument("test", annotate(sentence, "2024-06-15", kb), kb, lexicon);
    const coded = events.map((e) => `${e.type} ${e.actor} ${e.target} ${e.modality}`);
    if (expected === "none") {
      expect(coded.filter((c) => !c.endsWith(" hypothetical"))).toEqual([]);
      return;
    }
    const [type, actor, target] = expected.split(" ");
    const found = coded.find((c) => c.startsWith(`${type} ${actor} ${target} `));
    expect(found, `coded: ${coded.join("; ") || "nothing"}`).toBe(expected);
  });
});
