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
  // "told" is a verb of informing as well; "contacts" a contact noun; a visit is reported as a
  // meeting is.
  {
    text: "Macron told Scholz about his conversations with the leaders of Poland and Lithuania.",
    has: ["DIPLOMATIC_COOPERATION FRA POL asserted", "DIPLOMATIC_COOPERATION FRA LTU asserted"],
    lacks: ["DIPLOMATIC_COOPERATION DEU POL asserted"],
  },
  {
    text: "The Finnish President informed Erdogan about his contacts with the leaders of Sweden and Norway.",
    has: ["DIPLOMATIC_COOPERATION FIN SWE asserted", "DIPLOMATIC_COOPERATION FIN NOR asserted"],
    lacks: ["DIPLOMATIC_COOPERATION TUR SWE asserted"],
  },
  {
    text: "Orban also told Vucic about his visit to Beijing the previous week.",
    has: ["DIPLOMATIC_COOPERATION HUN CHN asserted"],
    lacks: ["DIPLOMATIC_COOPERATION SRB CHN asserted"],
  },
  {
    text: "Scholz was told by Macron about his visit to Beijing.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION DEU CHN asserted"],
  },
  { text: "The minister told reporters about his contacts with local farmers.", has: [], lacks: [] },
  // "Acting" before an office (tagged as a verb when capitalised) is part of the partner's title.
  {
    text: "Orban informed Vucic about his telephone conversation with Acting Prime Minister of Slovakia Ludovit Odor.",
    has: ["DIPLOMATIC_COOPERATION HUN SVK asserted"],
    lacks: ["DIPLOMATIC_COOPERATION SRB SVK asserted"],
  },
];

describe("a contact reported by the one informing", () => itCodes(rows));
