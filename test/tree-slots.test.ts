import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Where the word-order slots find no party, the dependency tree's subject, object and preposition
// do (src/coding/arguments/tree-slot.ts): a quantifier before the target ("on more than 30
// Russian companies"), an infinitive whose subject is the main verb's ("ordered the government to
// hold talks with Moldova"). The tree takes an office's state only from a state's name or
// adjective, never from a capital ("Metropolitan of Kiev" is no office of Ukraine).
const rows: readonly CodedRow[] = [
  {
    text: "The EU is imposing sanctions on more than 30 Russian companies and individuals supplying drones.",
    has: ["SANCTION EU RUS asserted"],
    lacks: [],
  },
  {
    text: "Canada is imposing sanctions on more than 20 Belarusian officials responsible for the crackdown.",
    has: ["SANCTION CAN BLR asserted"],
    lacks: [],
  },
  {
    text: "Putin ordered the government to hold talks with Moldova aimed at lifting the ban on its wine.",
    has: ["DIPLOMATIC_COOPERATION RUS MDA asserted"],
    lacks: [],
  },
  {
    text: "Putin met with Metropolitan Onufriy of Kiev and All Ukraine.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION RUS UKR asserted"],
  },
  {
    text: "The Chancellor criticised the sanctions imposed on more than 40 Belarusian officials.",
    has: [],
    lacks: ["SANCTION DEU BLR asserted"],
  },
  {
    text: "The journalists who met with the President of Georgia criticised him.",
    has: [],
    lacks: ["CRITICISM GEO GEO asserted", "DIPLOMATIC_COOPERATION GEO GEO asserted"],
  },
  {
    text: "The talks with more than 20 Polish companies were held in Minsk.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION BLR POL asserted"],
  },
];

describe("the dependency tree fills the slots the word order leaves empty", () => itCodes(rows));
