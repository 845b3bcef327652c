import { describe, expect, it } from "vitest";
import { codedText } from "./extract-text.js";

// Heads of state and government, foreign and defence ministers of Asia, Africa, the Middle East,
// the Americas and Oceania resolve to their state at the text's date; a namesake with another
// given name does not, and a person coded as the UN outside an office abroad is no state then.
interface DatedRow {
  readonly text: string;
  readonly published: string;
  readonly has: readonly string[];
  readonly lacks: readonly string[];
}

const rows: readonly DatedRow[] = [
  {
    text: "Vladimir Putin met with Prime Minister Prayut Chan-o-cha in Xiamen.",
    published: "2017-09-05",
    has: ["DIPLOMATIC_COOPERATION RUS THA asserted"],
    lacks: [],
  },
  {
    text: "Putin had a telephone conversation with Rodrigo Duterte.",
    published: "2019-10-03",
    has: ["DIPLOMATIC_COOPERATION RUS PHL asserted"],
    lacks: [],
  },
  {
    text: "Dmitry Medvedev held talks with Muammar Kaddafi in Moscow.",
    published: "2008-11-01",
    has: ["DIPLOMATIC_COOPERATION RUS LBY asserted"],
    lacks: [],
  },
  {
    text: "Kirchner met Dmitry Medvedev in the Kremlin.",
    published: "2010-12-10",
    has: ["DIPLOMATIC_COOPERATION ARG RUS asserted"],
    lacks: [],
  },
  {
    text: "Secretary Pompeo met with Justin Trudeau in Ottawa.",
    published: "2019-08-22",
    has: ["DIPLOMATIC_COOPERATION USA CAN asserted"],
    lacks: [],
  },
  {
    text: "Joko Widodo met Vladimir Putin in the Kremlin.",
    published: "2022-06-30",
    has: ["DIPLOMATIC_COOPERATION IDN RUS asserted"],
    lacks: [],
  },
  {
    text: "Michelle Bachelet met the Polish President in Warsaw.",
    published: "2015-06-01",
    has: ["DIPLOMATIC_COOPERATION CHL POL asserted"],
    lacks: [],
  },
  // Outside her presidencies Bachelet headed UN bodies: no Chilean event.
  {
    text: "Michelle Bachelet met the Polish President in Warsaw.",
    published: "2020-03-01",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION CHL POL asserted"],
  },
  {
    text: "Albanese met the Polish President in Warsaw.",
    published: "2024-03-01",
    has: ["DIPLOMATIC_COOPERATION AUS POL asserted"],
    lacks: [],
  },
  {
    text: "Harper met the Polish President in Warsaw.",
    published: "2012-03-01",
    has: ["DIPLOMATIC_COOPERATION CAN POL asserted"],
    lacks: [],
  },
  // Namesakes: another given name before a known surname is someone else.
  {
    text: "Special Rapporteur Francesca Albanese met the Polish President in Warsaw.",
    published: "2024-03-01",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION AUS POL asserted"],
  },
  {
    text: "Writer Frances Harper met the Polish President in Warsaw.",
    published: "2012-03-01",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION CAN POL asserted"],
  },
];

describe("leaders of Asia, Africa, the Americas and Oceania resolve to their state", () => {
  for (const row of rows)
    it(`${row.published}: ${row.text}`, () => {
      const coded = codedText(row.text, row.published);
      for (const e of row.has) expect(coded).toContain(e);
      for (const e of row.lacks) expect(coded).not.toContain(e);
    });
});
