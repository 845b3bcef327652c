import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// "Our trade with China increased by 34 percent and with India by 87 percent": states a sentence
// goes on to name after the target's preposition, with no verb of their own, are targets of the
// same act; not once another clause or verb begins.
const rows: readonly CodedRow[] = [
  {
    text: "Serbia's trade with China grew by a fifth last year and with Hungary by a tenth.",
    has: ["ECONOMIC_COOPERATION SRB CHN asserted", "ECONOMIC_COOPERATION SRB HUN asserted"],
    lacks: [],
  },
  {
    text: "Norway's gas exports to Poland are up by 30 percent this year, 12 percent to Denmark and 8 percent to Latvia.",
    has: [
      "ECONOMIC_COOPERATION NOR POL asserted",
      "ECONOMIC_COOPERATION NOR DNK asserted",
      "ECONOMIC_COOPERATION NOR LVA asserted",
    ],
    lacks: [],
  },
  {
    text: "Serbia's trade with China grew by a fifth, while sanctions on Russia hit trade with Hungary.",
    has: ["ECONOMIC_COOPERATION SRB CHN asserted"],
    lacks: ["ECONOMIC_COOPERATION SRB HUN asserted"],
  },
  {
    text: "Norway's gas exports to Poland rose, and officials flew to Denmark for talks.",
    has: ["ECONOMIC_COOPERATION NOR POL asserted"],
    lacks: ["ECONOMIC_COOPERATION NOR DNK asserted"],
  },
  // A possessor after the preposition names whose thing it is: "its response to Russia's war".
  {
    text: "Japan gave aid to Moldova, energy security and its response to Russia's war.",
    has: ["AID JPN MDA asserted"],
    lacks: ["AID JPN RUS asserted"],
  },
  {
    text: "Norway's gas exports to Poland rose, and its exports to Denmark's neighbours fell.",
    has: ["ECONOMIC_COOPERATION NOR POL asserted"],
    lacks: ["ECONOMIC_COOPERATION NOR DNK asserted"],
  },
];

describe("targets repeated after the same preposition", () => itCodes(rows));
