import { describe, expect, test } from "vitest";
import { lineKind, type LineKind } from "./line-kind.js";

const rows: [string, LineKind | null][] = [
  // related headers and read-more lines, in several languages
  ["Related articles", "related-header"],
  ["Related news", "related-header"],
  ["More stories", "related-header"],
  ["Most read", "related-header"],
  ["More from Balkan Monitor", "related-header"],
  ["Читайте також:", "related-header"],
  ["Czytaj też", "related-header"],
  ["READ MORE: Putin's revealing KGB file made public", "related"],
  ["Read also: EU ministers to discuss enlargement", "related"],
  ["Читайте также: Литва закрыла границу", "related"],
  ["Pročitajte još » Vučić u Moskvi", "related"],
  // promoted headlines
  ["Russia stuns with launch of newest nuclear submarine ballistic missile [INSIGHT]", "promo"],
  ["Putin shows off missile ‘60 times more powerful than Hiroshima bomb' [ANALYSIS]", "promo"],
  // captions
  ["Vladimir Putin was hit by a wave of diplomatic expulsions (Image: Getty)", "caption"],
  ["Photo: A worker checks pressure gauges at a gas compressor station. Photo: EPA", "caption"],
  ["Pictured: Russian troops near the border", "caption"],
  ["Georgian soldiers at a checkpoint outside Tbilisi, August 14, 2008. WORLDWIRE/Stringer", "caption"],
  ["Putin and Lukashenko in Sochi, 14 September 2020. Photo: Kremlin press service", "caption"],
  ["Фото: Reuters", "caption"],
  // cookie notices in any language
  ["We use cookies to improve your experience. By continuing to browse, you agree.", "cookie"],
  ["Продовжуючи переглядати сайт, ви погоджуєтеся на використання файлів cookie", "cookie"],
  ["Ta strona używa plików cookies.", "cookie"],
  ["Ovaj sajt koristi kolačiće kako bi vam pružio bolje korisničko iskustvo.", "cookie"],
  ["Ова веб страница користи колачиће.", "cookie"],
  ["Svetainė naudoja slapukus.", "cookie"],
  ["Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten.", "cookie"],
  ["Prin continuarea navigării vă exprimați consimțământul și sunteți de acord.", "cookie"],
  // navigation, bylines, datelines, tags, adverts
  ["Share this article", "navigation"],
  ["Facebook | Twitter | Email | Print", "navigation"],
  ["Follow Balkan Monitor on Telegram and Facebook for the latest from the region", "navigation"],
  ["Tags: Crimea, Russia, Sanctions", "navigation"],
  ["Advertisement", "other"],
  ["Advertisement · Scroll to continue", "other"],
  ["By Margaret Hollis and Davit Beridze", "other"],
  ["PUBLISHED: 07:12, Tue, Mar 27, 2018 | UPDATED: 09:48, Tue, Mar 27, 2018", "other"],
  ["Published: 8:41PM GMT 08 Jan 2009", "other"],
  ["21 листопада 2019, 10:33", "other"],
  ["Reporting by Margaret Hollis in Tbilisi; Editing by Richard Lowe", "other"],
  ["© 2014 Kyiv Courier. All rights reserved.", "other"],
  ["BELGRADE, 11.04.2022. 10:14 | Source: BDR / agencies", "other"],
  // body sentences stay undecided: shape and neighbours decide
  ["He is also forging new ones at the expense of NATO allies.", null],
  [
    "Serbia is not the only country in the Balkan region feeling the Kremlin's overreaching authority, though.",
    null,
  ],
  ["By hosting the system, Poland was exposing itself to a strike, the general said.", null],
  ["Moscow reacted furiously to the consent of Warsaw.", null],
  ["The EU's data protection rules (GDPR) were discussed in Brussels on Monday.", null],
  ["More than 100 diplomats were expelled.", null],
  ["Photographs of the parade were published on Monday by the ministry.", null],
  ["MISSILE DEAL", null],
];

describe("lineKind", () => {
  test.each(rows)("%s -> %s", (line, kind) => {
    expect(lineKind(line)).toBe(kind);
  });
});
