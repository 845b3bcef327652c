import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A noun trigger's own phrase follows it before any comma ("Russia's war against Ukraine", "a
// meeting with Erdogan"); after a comma the words belong to another phrase ("enabled by the regime
// in Belarus", "with the support of Belarus"), unless they narrow the noun ("in particular with",
// "including in") (src/coding/arguments/slot-preposition.ts).
const rows: readonly CodedRow[] = [
  {
    text: "The sanctions answer Russia's war against Ukraine, with the support of Belarus.",
    has: ["ARMED_CONFLICT RUS UKR asserted"],
    lacks: ["ARMED_CONFLICT RUS BLR asserted"],
  },
  {
    text: "The new measures respond to Russian aggression, enabled by the Lukashenka regime in Belarus.",
    has: [],
    lacks: ["ARMED_CONFLICT RUS BLR asserted"],
  },
  {
    text: "After the CSTO summit, Vladimir Putin held talks with President of Kyrgyzstan Sadyr Japarov.",
    has: ["DIPLOMATIC_COOPERATION RUS KGZ asserted"],
    lacks: ["DIPLOMATIC_COOPERATION CSTO KGZ asserted"],
  },
  {
    text: "Putin's bilateral meetings, in particular with the Presidents of Tajikistan and Moldova, lasted an hour.",
    has: ["DIPLOMATIC_COOPERATION RUS TJK asserted", "DIPLOMATIC_COOPERATION RUS MDA asserted"],
    lacks: [],
  },
  {
    text: "Russia's disinformation campaign, including in Ukraine, grew.",
    has: ["DISINFORMATION RUS UKR asserted"],
    lacks: [],
  },
];

describe("a noun's phrase ends at its comma", () => {
  itCodes(rows);
});
