import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// States named together as the ones who cooperate, with no partner after the trigger, act on each
// other, the first named acting (GUIDELINES.md: "when neither leads, the first named"): for every
// cooperation trigger, not only for those whose pattern names the deal ("signed a gas deal").
// Types with a giver and a receiver (aid, arms) are not read so, nor a verb with an object that
// names no party ("meet conditions"), nor "their meeting" (whom "their" stands for is a guess), nor
// a trigger whose partner must be a person when it finds none ("received Chinese investment").
const rows: readonly CodedRow[] = [
  {
    text: "President Emmanuel Macron and Chancellor Olaf Scholz met with students of the Sorbonne.",
    has: ["DIPLOMATIC_COOPERATION FRA DEU asserted"],
    lacks: ["DIPLOMATIC_COOPERATION DEU FRA asserted"],
  },
  {
    text: "The meeting was attended by the presidents of Russia, Belarus and Kazakhstan.",
    has: ["DIPLOMATIC_COOPERATION RUS BLR asserted", "DIPLOMATIC_COOPERATION RUS KAZ asserted"],
    lacks: ["DIPLOMATIC_COOPERATION BLR KAZ asserted"],
  },
  {
    text: "Erdogan and Aliyev will meet with students in Baku.",
    has: ["DIPLOMATIC_COOPERATION TUR AZE planned"],
    lacks: [],
  },
  {
    text: "Ukraine and Moldova will first have to meet conditions on the rule of law.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION UKR MDA planned", "DIPLOMATIC_COOPERATION UKR MDA asserted"],
  },
  {
    text: "The ministers of Poland and Lithuania are expected to agree at their meeting on Monday to close the border.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION POL LTU asserted", "DIPLOMATIC_COOPERATION POL LTU planned"],
  },
  {
    text: "Ukraine and Moldova received aid from the European Union.",
    has: [],
    lacks: ["AID UKR MDA asserted"],
  },
  {
    // A trigger that takes a person as its partner finds none here: no contact between the senders.
    text: "Latvia and Estonia sent a joint letter to the organisers of the festival.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION LVA EST asserted"],
  },
  {
    text: "Estonia, Latvia and Lithuania condemned the strikes.",
    has: [],
    lacks: ["CRITICISM EST LVA asserted", "CRITICISM EST LTU asserted"],
  },
];

describe("states named together as the ones who cooperate act on each other", () => itCodes(rows));
