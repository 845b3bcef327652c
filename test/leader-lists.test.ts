import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Lists of leaders as agency reports write them: an office named by its state, then a holder the
// knowledge base may not know ("Azerbaijani President Ilkham Aliev, Uzbekistan President ..."), a
// given name the person's mention leaves out ("Nursultan Nazarbaev"), "Deputy" or "First" before
// an office. Each member stands for its state; none ends the list.
const rows: readonly CodedRow[] = [
  {
    text: "Polish President Jan Nowak, Slovak President Peter Horvath and Czech Prime Minister Karel Dvorak took part in the summit.",
    has: ["DIPLOMATIC_COOPERATION POL SVK asserted", "DIPLOMATIC_COOPERATION POL CZE asserted"],
    lacks: ["DIPLOMATIC_COOPERATION SVK CZE asserted"],
  },
  {
    text: "Estonian President Karl Tamm, Latvian President Janis Ozols, Lithuanian President Jonas Petrauskas and Finnish President Mikko Virtanen took part in the talks.",
    has: [
      "DIPLOMATIC_COOPERATION EST LVA asserted",
      "DIPLOMATIC_COOPERATION EST LTU asserted",
      "DIPLOMATIC_COOPERATION EST FIN asserted",
    ],
    lacks: [],
  },
  {
    text: "Vladimir Putin, Recep Tayyip Erdogan and Ilham Aliyev will take part in the meeting.",
    has: ["DIPLOMATIC_COOPERATION RUS TUR planned", "DIPLOMATIC_COOPERATION RUS AZE planned"],
    lacks: [],
  },
  {
    text: "Hungarian Prime Minister Viktor Orban and Deputy Prime Minister of Serbia Ana Jovanovic took part in the consultations.",
    has: ["DIPLOMATIC_COOPERATION HUN SRB asserted"],
    lacks: [],
  },
  {
    text: "Romanian President Ion Popescu, Bulgarian President Georgi Ivanov and Moldovan Prime Minister Ion Rusu attended the summit.",
    has: ["DIPLOMATIC_COOPERATION ROU BGR asserted", "DIPLOMATIC_COOPERATION ROU MDA asserted"],
    lacks: [],
  },
  {
    text: "Vladimir Putin, Aleksander Lukashenko and Nursultan Nazarbaev took part in the talks.",
    has: ["DIPLOMATIC_COOPERATION RUS BLR asserted", "DIPLOMATIC_COOPERATION RUS KAZ asserted"],
    lacks: [],
  },
  {
    text: "Georgian President Ana Beridze, Kazakhstan President Nursultan Nazarbaev and Armenian President Aram Hakobyan took part in the summit.",
    has: ["DIPLOMATIC_COOPERATION GEO KAZ asserted", "DIPLOMATIC_COOPERATION GEO ARM asserted"],
    lacks: [],
  },
  {
    text: "Armenian President Aram Hakobyan, Georgian President Ana Beridze and Latvian President Janis Ozols took part in the summit.",
    has: ["DIPLOMATIC_COOPERATION ARM GEO asserted", "DIPLOMATIC_COOPERATION ARM LVA asserted"],
    lacks: [],
  },
  // Not a list: a clause after the comma, and people who hold no state's office.
  {
    text: "Polish President Jan Nowak, who met students, and his wife Anna took part in the summit.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION POL POL asserted"],
  },
  {
    text: "Slovak President Peter Horvath, Deputy Director Karel Dvorak and Anna Novak took part in the seminar.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION SVK SVK asserted"],
  },
  // A list closed by an unnamed rest ("and several European states") ends at its last name.
  {
    text: "Orban held talks with the leaders of Serbia, Slovakia and several other European states.",
    has: ["DIPLOMATIC_COOPERATION HUN SRB asserted", "DIPLOMATIC_COOPERATION HUN SVK asserted"],
    lacks: [],
  },
  {
    text: "Lavrov had consultations with Iran, Turkey and a number of Arab countries.",
    has: ["DIPLOMATIC_COOPERATION RUS IRN asserted", "DIPLOMATIC_COOPERATION RUS TUR asserted"],
    lacks: [],
  },
  // A serial comma before the unnamed rest: "Japan, Australia, and a number of other states".
  {
    text: "Moscow condemned the restrictive measures imposed on Russia by the United States, Japan, Australia, and a number of other states.",
    has: ["SANCTION USA RUS asserted", "SANCTION JPN RUS asserted", "SANCTION AUS RUS asserted"],
    lacks: [],
  },
  {
    text: "Macron held talks with the leaders of Poland, Romania, and several other European states.",
    has: ["DIPLOMATIC_COOPERATION FRA POL asserted", "DIPLOMATIC_COOPERATION FRA ROU asserted"],
    lacks: [],
  },
  {
    text: "Macron held talks with Poland, Romania, and the European Commission opened a new office.",
    has: ["DIPLOMATIC_COOPERATION FRA POL asserted"],
    lacks: [],
  },
  // The leaders of a set of states: each member, as "the leaders of Estonia and Latvia" are.
  {
    text: "The leaders of the Baltic states condemned Russia.",
    has: ["CRITICISM EST RUS asserted", "CRITICISM LVA RUS asserted", "CRITICISM LTU RUS asserted"],
    lacks: [],
  },
  {
    text: "Macron sent a message to the leaders of the Baltic states.",
    has: ["DIPLOMATIC_COOPERATION FRA EST asserted", "DIPLOMATIC_COOPERATION FRA LTU asserted"],
    lacks: [],
  },
  {
    text: "Macron sent a message to the Baltic states.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION FRA EST asserted"],
  },
  {
    text: "In Ankara, Erdogan and other officials met with students.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION TUR TUR asserted"],
  },
];

describe("lists of leaders each stand for their state", () => itCodes(rows));
