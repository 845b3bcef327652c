import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Support named by a noun: an owned support "of" a state ("Latvia's steady support of Moldova"),
// support expressed "of" a state's efforts, and acting or being firm "in support of" a state. A
// support of a text, or crowds marching in support, name no state supported by a state.
const rows: readonly CodedRow[] = [
  {
    text: "Chisinau welcomed Latvia's steady support of Moldova.",
    has: ["DIPLOMATIC_COOPERATION LVA MDA asserted"],
    lacks: [],
  },
  {
    text: "Berlin voiced its support of Georgia's efforts to calm the crisis.",
    has: ["DIPLOMATIC_COOPERATION DEU GEO asserted"],
    lacks: [],
  },
  {
    text: "Norway and Sweden have been steadfast in support of Finland.",
    has: ["DIPLOMATIC_COOPERATION NOR FIN asserted", "DIPLOMATIC_COOPERATION SWE FIN asserted"],
    lacks: [],
  },
  {
    text: "Japan will keep working with its partners in support of Ukraine.",
    has: ["DIPLOMATIC_COOPERATION JPN UKR planned"],
    lacks: [],
  },
  {
    text: "Slovakia voted in support of the amendment.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION SVK SVK asserted"],
  },
  {
    text: "Students rallied in Vilnius in support of Ukraine.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION LTU UKR asserted"],
  },
  {
    text: "With the support of France, Romania hosted the conference.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION ROU FRA asserted"],
  },
];

describe("support of a state named by a noun", () => itCodes(rows));
