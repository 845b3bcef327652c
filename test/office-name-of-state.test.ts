import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// "President Stepan Horvat of Croatia": an office, a holder the knowledge base does not know, "of"
// and the state's own name stand for that state (src/nlp/mentions.ts holderOf). A capital after
// "of" names a seat, and a lower-case word a thing, not a holder.
const rows: readonly CodedRow[] = [
  {
    text: "Vladimir Putin held talks with President Saparmurat Jumayev of Turkmenistan.",
    has: ["DIPLOMATIC_COOPERATION RUS TKM asserted"],
    lacks: [],
  },
  {
    text: "The talks between Vladimir Putin and Prime Minister Janez Kranjc of Slovenia lasted three hours.",
    has: ["DIPLOMATIC_COOPERATION RUS SVN asserted"],
    lacks: [],
  },
  {
    text: "Vladimir Putin met Foreign Minister Tomas Novak of the Czech Republic.",
    has: ["DIPLOMATIC_COOPERATION RUS CZE asserted"],
    lacks: [],
  },
  {
    text: "Vladimir Putin held talks with the President Hotel of Belgrade on Tuesday.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION RUS SRB asserted"],
  },
];

describe("an office, an unknown holder and 'of' a state", () => {
  itCodes(rows);
});
