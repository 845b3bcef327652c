import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A known person's surname after another given name is someone else: "Julieta Valls Noyes" is not
// Manuel Valls. A given name spelt another way, a title, a day before the surname keep the person.
const rows: readonly CodedRow[] = [
  // The given name spelt another way belongs to the person's mention: the office before it and the
  // state after it are the person's ("President Stepan Mesic of Croatia").
  {
    text: "Putin met with President Ilkham Aliyev of Azerbaijan.",
    has: ["DIPLOMATIC_COOPERATION RUS AZE asserted"],
    lacks: [],
  },
  {
    text: "Putin met with President Andrei Aliyev of Kazakhstan.",
    has: ["DIPLOMATIC_COOPERATION RUS KAZ asserted"],
    lacks: ["DIPLOMATIC_COOPERATION RUS AZE asserted"],
  },
  {
    text: "Assistant Secretary Julieta Valls Noyes met the Polish Foreign Minister in Warsaw.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION FRA POL asserted"],
  },
  {
    text: "Businessman Aram Sargsyan met the Georgian President in Tbilisi.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION ARM GEO asserted"],
  },
  {
    text: "Prime Minister Valls met the Polish President in Warsaw.",
    has: ["DIPLOMATIC_COOPERATION FRA POL asserted"],
    lacks: [],
  },
  {
    text: "Nursultan Nazarbaev met the Georgian President in Tbilisi.",
    has: ["DIPLOMATIC_COOPERATION KAZ GEO asserted"],
    lacks: [],
  },
  {
    text: "On Tuesday Mitsotakis met the Latvian President in Riga.",
    has: ["DIPLOMATIC_COOPERATION GRC LVA asserted"],
    lacks: [],
  },
];

describe("a surname after another given name is someone else", () => itCodes(rows));
