import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A country set after a city by commas ("In Vilnius, Lithuania, the envoy will meet ...") only
// places the city: it stays inside the city's prepositional phrase and is not the clause's subject.
const rows: readonly CodedRow[] = [
  {
    text: "In Vilnius, Lithuania, Assistant Secretary Lewis will meet with NATO officials.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION LTU NATO planned"],
  },
  {
    text: "In Riga, Latvia, June 3-4, Deputy Secretary Sherman will meet with EU officials.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION LVA EU planned"],
  },
  {
    text: "In Tallinn, Estonia, the Latvian Foreign Minister met with Finnish officials.",
    has: ["DIPLOMATIC_COOPERATION LVA FIN asserted"],
    lacks: ["DIPLOMATIC_COOPERATION EST FIN asserted"],
  },
  {
    text: "On behalf of the Republic of Poland, I congratulate the people of Latvia.",
    has: [],
    lacks: [],
  },
  {
    text: "Poland, Lithuania, and Latvia signed a declaration with Ukraine.",
    has: ["DIPLOMATIC_COOPERATION LTU UKR asserted"],
    lacks: [],
  },
];

describe("a country placing a city is no subject", () => itCodes(rows));
