import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A contact told "of", "on" or "about" after a verb of informing is the informing subject's own:
// "his" stands for the one who informs, not for the last person named (the listener). A party
// named inside the phrase owns the contact itself; in the passive the teller is not the subject.
const rows: readonly CodedRow[] = [
  {
    text: "Macron briefed Scholz on the outcome of his meeting with Erdogan.",
    has: ["DIPLOMATIC_COOPERATION FRA TUR asserted"],
    lacks: ["DIPLOMATIC_COOPERATION DEU TUR asserted"],
  },
  {
    text: "The Polish President informed Zelensky about the course of talks with Lithuania on energy.",
    has: ["DIPLOMATIC_COOPERATION POL LTU asserted"],
    lacks: ["DIPLOMATIC_COOPERATION UKR LTU asserted"],
  },
  {
    text: "Orban updated Vucic on his recent telephone conversation with Erdogan.",
    has: ["DIPLOMATIC_COOPERATION HUN TUR asserted"],
    lacks: ["DIPLOMATIC_COOPERATION SRB TUR asserted"],
  },
  {
    text: "Scholz informed Macron of Hungary's talks with China.",
    has: ["DIPLOMATIC_COOPERATION HUN CHN asserted"],
    lacks: ["DIPLOMATIC_COOPERATION DEU CHN asserted"],
  },
  {
    text: "Scholz was informed by Macron of his meeting with Erdogan.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION DEU TUR asserted"],
  },
];

describe("a contact reported by the one informing", () => itCodes(rows));
