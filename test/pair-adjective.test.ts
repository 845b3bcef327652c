import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A hyphened pair of adjectives before a cooperation trigger names both sides, the first acting,
// even where the trigger's slot took only the second half ("Indian military" as India's forces).
const rows: readonly CodedRow[] = [
  {
    text: "The Russian leader said Russian-French military-technical cooperation had an impressive potential.",
    has: ["MILITARY_COOPERATION RUS FRA asserted"],
    lacks: ["MILITARY_COOPERATION FRA RUS asserted"],
  },
  {
    text: "Putin praised Russian-Indian military-technical cooperation.",
    has: ["MILITARY_COOPERATION RUS IND asserted"],
    lacks: ["MILITARY_COOPERATION IND RUS asserted"],
  },
  {
    text: "The Russian-Ukrainian war entered its third year.",
    has: ["ARMED_CONFLICT RUS UKR asserted"],
    lacks: ["ARMED_CONFLICT UKR RUS asserted"],
  },
];

describe("a hyphened pair before a cooperation trigger: the first named acts", () => itCodes(rows));
