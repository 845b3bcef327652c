import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// "Gazprom CEO Ivan Petrov: ..." then "Ivan Petrov: ...": a speaker label that repeats the end of
// an earlier one is the same speaker, with the state the first label named; a label seen first in
// its short form names no state.
const rows: readonly CodedRow[] = [
  {
    text: "Meeting with Gazprom CEO Ivan Petrov\n\nPresident of Russia Vladimir Putin: How are exports going?\n\nGazprom CEO Ivan Petrov: They are growing.\n\nVladimir Putin: And in Europe?\n\nIvan Petrov: Gas supplies to Austria are up by 52 percent since January.",
    has: ["ECONOMIC_COOPERATION RUS AUT asserted"],
    lacks: [],
  },
  {
    text: "Meeting with students\n\nPresident of Russia Vladimir Putin: How are exports going?\n\nIvan Petrov: Gas supplies to Austria are up by 52 percent since January.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION RUS AUT asserted"],
  },
  {
    text: "Meeting with Gazprom CEO Ivan Petrov\n\nPresident of Russia Vladimir Putin: How are exports going?\n\nGazprom CEO Ivan Petrov: They are growing.\n\nAnna Petrov: Gas supplies to Austria are up by 52 percent since January.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION RUS AUT asserted"],
  },
];

describe("a speaker label repeating an earlier one's end", () => itCodes(rows));
