import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { tokenF1 } from "../../test/fixtures/clean/token-f1.js";
import { cleanDocument } from "./clean.js";
import { cleanText } from "./text.js";

const SEED = "/work/shared/gold/seed/000_063a601448609a77";

function seed(): { text: string; gold: string; samples: string[] } {
  const text = readFileSync(`${SEED}.txt`, "utf8");
  const g = JSON.parse(readFileSync(`${SEED}.gold.json`, "utf8")) as {
    mainText: { lines: number[] };
    boilerplateSamples: string[];
  };
  const lines = text.split(/\r?\n/);
  return { text, gold: g.mainText.lines.map((n) => lines[n - 1]).join("\n"), samples: g.boilerplateSamples };
}

describe("cleanText on the seed article", () => {
  const s = seed();
  const doc = cleanDocument({
    kind: "RawDocument",
    source: "000_063a601448609a77.txt",
    bytes: Buffer.from(s.text),
    contentType: null,
    fetchedAt: "2019-11-21T00:00:00Z",
    published: "2019-11-21",
  });

  test("main text F1 against the gold lines >= 0.97", () => {
    expect(tokenF1(doc.mainText, s.gold)).toBeGreaterThanOrEqual(0.97);
  });

  test("title first, paragraphs separated by blank lines", () => {
    expect(doc.title).toBe(
      "Putin's new Iron Curtain? How Russia is rebuilding Soviet legacy in Eastern Europe.",
    );
    expect(doc.mainText.startsWith(`${doc.title}\n\nHis most recent power play`)).toBe(true);
    expect(doc.mainText).toContain("\n\nHe is also forging news ones at the expense of NATO allies.\n\n");
    expect(doc.published).toBe("2019-11-21");
    expect(doc.language).toBe("en");
    expect(doc.format).toBe("text");
  });

  test.each([
    "Putin news",
    "Related articles",
    "Behind the scenes with 650 US marines",
    "READ MORE",
    "[INSIGHT]",
    "[ANALYSIS]",
    "Hundreds of sharks",
    "MILLIONS of fish",
    "South China Sea",
    "Vietnam",
    "POPE FRANCIS",
    "Sebastien",
    "cookie",
    "Продовжуючи",
  ])("no %s in the main text", (chrome) => {
    expect(doc.mainText).not.toContain(chrome);
  });

  test("every boilerplate sample of the gold is recorded as boilerplate", () => {
    for (const sample of s.samples) {
      expect(doc.boilerplate.some((b) => b.text.includes(sample))).toBe(true);
    }
  });

  test("kinds of what was removed", () => {
    const kindOf = (t: string): string | undefined => doc.boilerplate.find((b) => b.text.startsWith(t))?.kind;
    expect(kindOf("Putin news: the new Iron Curtain mapped")).toBe("caption");
    expect(kindOf("Related articles")).toBe("related");
    expect(kindOf("Putin defies EU and Trump")).toBe("related");
    expect(kindOf("READ MORE")).toBe("related");
    expect(kindOf("Russia stuns with launch")).toBe("promo");
    expect(kindOf("South China Sea news")).toBe("teaser");
    expect(kindOf("Продовжуючи")).toBe("cookie");
  });

  test("teasers of other articles are extracted with their summaries", () => {
    expect(doc.teasers.map((t) => t.title)).toEqual([
      "Hundreds of sharks ‘fill their stomachs’ in brutal ‘once in decade’ coastal onslaught.",
      "South China Sea news: US attacks ‘bully’ China and gives patrol boat to Vietnam.",
      "China torture shock: British consulate worker reveals horrifying ordeal after seizure.",
      "Pope Francis: The Vatican leader’s Catholic Church tradition of washing prisoners' feet.",
      "Tropical Storm Sebastien update: Swirling 50mph vortex STRENGTHENS - latest track.",
    ]);
    expect(doc.teasers[1]!.text).toMatch(/^THE UNITED States has stoked tensions/);
  });
});

const body1 =
  "Russia halted all gas shipments through Ukraine on Wednesday, leaving much of the Balkans without gas.";
const body2 = "The European Commission called the cut-off completely unacceptable and blamed both sides.";
const body3 = "Bulgaria, which imports nearly all its gas from Russia, has only a few days of reserves left.";

/** [document, kept paragraphs (title excluded), kinds of what was dropped] */
const docs: [string, string, string[], string[]][] = [
  [
    "short body paragraphs are kept",
    `Title\n\n${body1}\n\nHe is also forging new ones.\n\n${body2}`,
    [body1, "He is also forging new ones.", body2],
    [],
  ],
  [
    "a paragraph may end with a quote",
    `Title\n\n${body1}\n\nHe said: "We will not back down."\n\n${body2}`,
    [body1, 'He said: "We will not back down."', body2],
    [],
  ],
  [
    "hard-wrapped lines join into one paragraph",
    `Title\n\nRussia halted all gas shipments through Ukraine on\nWednesday, leaving much of the Balkans without gas in\nthe middle of winter, officials said.\n\n${body2}`,
    [
      "Russia halted all gas shipments through Ukraine on Wednesday, leaving much of the Balkans without gas in the middle of winter, officials said.",
      body2,
    ],
    [],
  ],
  [
    "a lower-case continuation joins its line",
    `Title\n\nRussia halted all gas shipments\nthrough Ukraine on Wednesday.\n\n${body2}`,
    ["Russia halted all gas shipments through Ukraine on Wednesday.", body2],
    [],
  ],
  [
    "a subheading between paragraphs is kept",
    `Title\n\n${body1}\n\nMISSILE DEAL\n\n${body2}`,
    [body1, "MISSILE DEAL", body2],
    [],
  ],
  [
    "related header and its bullets",
    `Title\n\n${body1}\n\nRelated articles\n\n  • Gas war: how the Kremlin uses energy\n  • Bulgarians queue for firewood\n\n${body2}\n\n${body3}`,
    [body1, body2, body3],
    ["related", "related", "related"],
  ],
  [
    "numbered most-read list at the end",
    `Title\n\n${body1}\n\n${body2}\n\nMost read\n\n1. Credit crunch: Bank of England cuts rates\n2. Gaza: UN school shelled`,
    [body1, body2],
    ["related", "related", "related"],
  ],
  [
    "headline list after a related header",
    `Title\n\n${body1}\n\nRelated news\n\nRussia to Donate Six MiG-29 Fighters to Serbia\nKosovo Assembly Fails Again to Ratify Border Deal`,
    [body1],
    ["related", "related", "related"],
  ],
  [
    "byline, timestamp and share bar at the top",
    `Title\n\nBy Thomas Ardley in Moscow\n\nPublished: 8:41PM GMT 08 Jan 2009\n\nShare this article\nFacebook | Twitter | Email\n\n${body1}`,
    [body1],
    ["other", "other", "navigation", "navigation"],
  ],
  [
    "an agency credit ends the article",
    `Title\n\n${body1}\n\n${body2}\n\nReporting by Jan Sobczak; Editing by Richard Lowe\n\nOur Standards: The Trust Principles.`,
    [body1, body2],
    ["other", "other"],
  ],
  [
    "interview labels are not captions",
    `Title\n\nQuestion: Will Serbia join the sanctions?\n\nAnswer: Serbia will not impose sanctions on Russia.\n\nQuestion: Why not?\n\nAnswer: Because it is not in our interest.`,
    [
      "Question: Will Serbia join the sanctions?",
      "Answer: Serbia will not impose sanctions on Russia.",
      "Question: Why not?",
      "Answer: Because it is not in our interest.",
    ],
    [],
  ],
  [
    "a dateline is body text",
    `Title\n\nMOSCOW, Nov 21 (Reuters) - ${body1}\n\n${body2}`,
    [`MOSCOW, Nov 21 (Reuters) - ${body1}`, body2],
    [],
  ],
  [
    "teasers without a header: caps leads in a row",
    `Title\n\n${body1}\n\n${body2}\n\nSharks fill their stomachs in brutal onslaught\n\nMILLIONS of fish fell victim to a savage plot by a group of sharks working together...\n\nPope Francis: The tradition of washing feet\n\nPOPE FRANCIS has changed the complexion of the Catholic Church with his approach to the role...`,
    [body1, body2],
    ["teaser", "teaser", "teaser", "teaser"],
  ],
];

describe("cleanText in context", () => {
  test.each(docs)("%s", (_name, text, paragraphs, kinds) => {
    const r = cleanText(text);
    expect(r.title).toBe("Title");
    expect(r.paragraphs).toEqual(paragraphs);
    expect(r.boilerplate.map((b) => b.kind)).toEqual(kinds);
  });

  test("CRLF line ends and a UTF-8 BOM", () => {
    const r = cleanText(`Title\r\n\r\n${body1}\r\n\r\n${body2}\r\n`);
    expect(r.paragraphs).toEqual([body1, body2]);
  });
});

describe("dumps in other languages and layouts", () => {
  const fixture = (name: string): string =>
    readFileSync(new URL(`../../test/fixtures/clean/${name}`, import.meta.url), "utf8");

  test("Ukrainian: breadcrumb, dateline, author, share, photo credit, read-also, tags, related, cookie", () => {
    const r = cleanText(fixture("uk-dump.txt"));
    expect(r.title).toBe("Зеленський: Україна не визнає окупацію Криму");
    expect(r.paragraphs).toHaveLength(4);
    expect(r.paragraphs[3]).toBe("«Ми будемо разом до кінця», – сказав Столтенберг.");
    expect(r.boilerplate.map((b) => b.kind)).toEqual([
      "navigation",
      "other",
      "other",
      "navigation",
      "caption",
      "related",
      "navigation",
      "related",
      "related",
      "related",
      "related",
      "cookie",
    ]);
  });

  test("Polish: lines of one block form one paragraph", () => {
    const r = cleanText(fixture("pl-dump.txt"));
    expect(r.paragraphs).toEqual([
      "Ministerstwo Obrony Narodowej poinformowało, że na granicę z Białorusią trafi kolejnych 5 tysięcy żołnierzy. Decyzja zapadła po nocnym posiedzeniu rządu.",
      "Szef MON Mariusz Błaszczak oskarżył reżim Aleksandra Łukaszenki o organizowanie przerzutu migrantów.",
      '"Nie pozwolimy na destabilizację naszej granicy" - powiedział minister.',
    ]);
    expect(r.boilerplate.map((b) => b.kind)).toEqual([
      "other",
      "other",
      "caption",
      "related",
      "navigation",
      "navigation",
      "cookie",
    ]);
  });

  test("hard-wrapped wire copy with a dateline and a closing credit", () => {
    const r = cleanText(fixture("wrapped-wire.txt"));
    expect(r.paragraphs).toHaveLength(3);
    expect(r.paragraphs[0]).toMatch(
      /^MINSK \(Reuters\) - Russian paratroopers staged a surprise drill in Belarus/,
    );
    expect(r.boilerplate.map((b) => b.kind)).toEqual(["other", "other", "other"]);
  });
});
