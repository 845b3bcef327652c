import { describe, expect, it } from "vitest";
import { codedText, type CodedRow } from "./extract-text.js";

// Demands and accusations a readout puts in reported speech or in a noun (triggers.yaml
// criticism-reported-should, criticism-hope-comply, criticism-expect-comply,
// criticism-need-for-comply, criticism-conduct-verdict, criticism-violations-by): the speaker
// criticises the state told to comply or whose conduct is assessed; a demand or verdict naming no
// state, or a hope of cooperation, codes nothing.
const readout = (sentence: string): string =>
  `Telephone conversation with President of Armenia\n\nThe presidents spoke on Monday. ${sentence}`;

const rows: readonly (CodedRow & { name: string })[] = [
  {
    name: "a reported 'should' laid on a state",
    text: "The Azerbaijani president pointed out that Yerevan should lift the blockade of the road without delay.",
    has: ["CRITICISM AZE ARM asserted"],
    lacks: [],
  },
  {
    name: "a reported 'must' laid on a state",
    text: "The Lithuanian foreign minister insisted that Minsk must stop pushing migrants across the border.",
    has: ["CRITICISM LTU BLR asserted"],
    lacks: [],
  },
  {
    name: "a reported 'should' laid on no state",
    text: "The Hungarian minister said the restrictions should be lifted by the summer.",
    has: [],
    lacks: ["CRITICISM HUN EU asserted"],
  },
  {
    name: "a reported 'must' laid on the parties to a state's conflict names no state",
    text: "The German chancellor stressed that the parties to the internal Ukrainian conflict must comply with the ceasefire.",
    has: [],
    lacks: ["CRITICISM DEU UKR asserted"],
  },
  {
    name: "a hope that a state will finally keep its obligations",
    text: "The Russian president expressed the hope that the authorities in Chisinau would finally start carrying out their obligations.",
    has: ["CRITICISM RUS MDA asserted"],
    lacks: [],
  },
  {
    name: "a hope that a state will refrain from provocations",
    text: "Aliyev voiced the hope that Armenia would refrain from further provocations on the border.",
    has: ["CRITICISM AZE ARM asserted"],
    lacks: [],
  },
  {
    name: "a hope of cooperation is no demand",
    text: "The Russian president expressed the hope that Uzbekistan would join the new transport corridor.",
    has: [],
    lacks: ["CRITICISM RUS UZB planned", "CRITICISM RUS UZB asserted"],
  },
  {
    name: "an expectation that a state honour its commitment",
    text: "Washington expects Moscow to honour its commitment to let humanitarian convoys through.",
    has: ["CRITICISM USA RUS asserted"],
    lacks: [],
  },
  {
    name: "an expectation about a market is no demand",
    text: "Investors expect the Turkish central bank to end its cycle of rate cuts.",
    has: [],
    lacks: ["CRITICISM TUR TUR asserted"],
  },
  {
    name: "the need for a state to fulfil its obligations",
    text: "The Russian president stressed the need for Kiev to fulfil its obligations under the package of measures.",
    has: ["CRITICISM RUS UKR asserted"],
    lacks: [],
  },
  {
    name: "how important it is for a state to honour its promises",
    text: "The Russian president again stressed how important it is for the United States to honour its promises on Syria.",
    has: ["CRITICISM RUS USA asserted"],
    lacks: [],
  },
  {
    name: "the need for citizens to comply names no state",
    text: "The ministers stressed the need for exporters to comply with the new rules.",
    has: [],
    lacks: ["CRITICISM EU EU asserted"],
  },
  {
    name: "an assessment of another state's destructive actions, in a readout",
    text: readout(
      "Vladimir Putin gave a principled assessment of Tbilisi's destructive actions in the conflict zone.",
    ),
    has: ["CRITICISM RUS GEO asserted"],
    lacks: [],
  },
  {
    name: "examples of a state's provocative course",
    text: "The Azerbaijani president gave specific examples of Yerevan's provocative course on the border.",
    has: ["CRITICISM AZE ARM asserted"],
    lacks: [],
  },
  {
    name: "a verdict word alone is not the subject's assessment",
    text: "Norway is taking steps to defend its pipelines against Moscow's irresponsible actions.",
    has: [],
    lacks: ["CRITICISM NOR RUS asserted"],
  },
  {
    name: "violations laid at a state's door after 'by'",
    text: "The Russian president cited violations by Tbilisi of the ceasefire agreement.",
    has: ["CRITICISM RUS GEO asserted"],
    lacks: [],
  },
  {
    name: "rights violated by a state's authorities",
    text: "The Russian foreign ministry listed the rights of Russian speakers violated by the Latvian authorities.",
    has: ["CRITICISM RUS LVA asserted"],
    lacks: [],
  },
  {
    name: "a breach committed 'by' doing something names no accuser",
    text: "Moscow breached its commitments by attacking the port.",
    has: [],
    lacks: ["CRITICISM RUS RUS asserted"],
  },
  {
    name: "a call on a state to return to a deal it left",
    text: "Paris and Berlin urged Tehran to return to full implementation of the nuclear deal.",
    has: ["CRITICISM FRA IRN asserted", "CRITICISM DEU IRN asserted"],
    lacks: [],
  },
  {
    name: "a call on citizens to return home names no state",
    text: "The Ukrainian ministry urged refugees to return to their homes in Kharkiv.",
    has: [],
    lacks: ["CRITICISM UKR UKR asserted"],
  },
  {
    name: "a negative opinion of another state's officials' statements, in a readout",
    text: readout(
      "The Armenian president expressed a negative opinion of the recent statements made by Azerbaijani officials.",
    ),
    has: ["CRITICISM ARM AZE asserted"],
    lacks: [],
  },
  {
    name: "a negative opinion of a policy of no state",
    text: "The Hungarian minister expressed a negative opinion of the new tax policy.",
    has: [],
    lacks: ["CRITICISM HUN HUN asserted"],
  },
  {
    name: "attention drawn to the absence of a state's response",
    text: "The Russian president drew attention to the absence of a substantive response from Washington to the Russian proposals.",
    has: ["CRITICISM RUS USA asserted"],
    lacks: [],
  },
];

describe("demands and accusations in reported speech and nouns", () => {
  for (const row of rows)
    it(row.name, () => {
      const events = codedText(row.text);
      for (const e of row.has) expect(events).toContain(e);
      for (const e of row.lacks) expect(events).not.toContain(e);
    });
});
