import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// An infinitive after an unowned noun of striving that the sentence speaks of ("concern regarding
// the attempts to destabilise", "condemned the efforts to undermine") is no act of the speaker: the
// clause's subject does not become its actor. An owned striving ("its attempts", "Moscow's
// efforts") or one the subject makes ("made repeated attempts to") keeps its actor.
const rows: readonly CodedRow[] = [
  {
    text: "Romania expressed its concern regarding the recent attempts to destabilise Moldova.",
    has: [],
    lacks: ["SUBVERSION ROU MDA asserted"],
  },
  {
    text: "Lithuania warned about the continued efforts to subvert the government in Chisinau.",
    has: [],
    lacks: ["SUBVERSION LTU MDA asserted"],
  },
  {
    text: "The Polish president spoke of such attempts to undermine Ukraine's sovereignty.",
    has: [],
    lacks: ["SUBVERSION POL UKR asserted"],
  },
  {
    text: "Russia made repeated attempts to destabilise Moldova.",
    has: ["SUBVERSION RUS MDA asserted"],
    lacks: [],
  },
  {
    text: "Russia stepped up its attempts to destabilise Moldova.",
    has: ["SUBVERSION RUS MDA asserted"],
    lacks: [],
  },
  {
    text: "The Kremlin continued the attempts to destabilise Moldova.",
    has: ["SUBVERSION RUS MDA asserted"],
    lacks: [],
  },
];

describe("an unowned striving the sentence speaks of has no actor from the clause", () => itCodes(rows));
