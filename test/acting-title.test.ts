import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A capitalised "Acting" before an office is part of the title, not a verb whose object the
// office holder would be: "Acting President X met ..." has X as its subject.
const rows: readonly CodedRow[] = [
  {
    text: "Acting President of Latvia Juris Roe spoke by telephone with Estonian President Alar Karis.",
    has: ["DIPLOMATIC_COOPERATION LVA EST asserted"],
    lacks: [],
  },
  {
    text: "Acting Assistant Secretary for European and Eurasian Affairs John Roe will travel to Vilnius.",
    has: ["DIPLOMATIC_COOPERATION USA LTU planned"],
    lacks: [],
  },
  {
    text: "Acting on a tip, the police of Lithuania raided a warehouse.",
    has: [],
    lacks: [],
  },
];

describe("an acting office holder is the subject", () => itCodes(rows));
