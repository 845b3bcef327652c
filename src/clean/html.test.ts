import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { cleanDocument } from "./clean.js";
import { cleanHtml } from "./html.js";

const FIXTURES = new URL("../../test/fixtures/clean/", import.meta.url).pathname;

describe("HTML article with chrome around it", () => {
  const doc = cleanDocument({
    kind: "RawDocument",
    source: "article.html",
    bytes: readFileSync(`${FIXTURES}article.html`),
    contentType: null,
    fetchedAt: "2020-01-01T00:00:00Z",
    published: null,
  });

  test("metadata: og-less title from JSON-LD, date from JSON-LD @graph, language from <html lang>", () => {
    expect(doc.format).toBe("html");
    expect(doc.title).toBe("Serbia takes delivery of Russian air defence systems");
    expect(doc.published).toBe("2019-11-21");
    expect(doc.language).toBe("en");
  });

  test("main text: title, paragraphs, subheading and list items as paragraphs", () => {
    expect(doc.mainText.split("\n\n")).toEqual([
      "Serbia takes delivery of Russian air defence systems",
      "Russian Pantsir-S air defence systems have arrived in Serbia, the defence ministry in Belgrade said on Thursday, completing a deal agreed earlier this year.",
      "The systems were flown to Batajnica air base aboard Russian military transport aircraft, the ministry said in a statement.",
      "Warnings from Washington",
      "The United States has warned Belgrade that buying Russian weapons could expose it to sanctions under a 2017 law.",
      "President Aleksandar Vucic said Serbia would remain militarily neutral and would buy weapons from whoever offered the best terms.",
      "Serbia also operates MiG-29 fighters donated by Russia.",
      "Belarus donated four MiG-29s in 2019.",
      "Analysts said the delivery was a symbolic gesture rather than a shift in the regional balance.",
    ]);
  });

  test.each<[string, string]>([
    ["cookies", "cookie"],
    ["Photo: Reuters", "caption"],
    ["Read also", "related"],
    ["Share on Facebook", "navigation"],
    ["By Jelena Markovic", "navigation"],
    ["Tags:", "navigation"],
    ["Kosovo plans its own army", "related"],
    ["newsletter", "navigation"],
  ])("%s is boilerplate of kind %s", (text, kind) => {
    expect(doc.mainText).not.toContain(text);
    expect(doc.boilerplate.find((b) => b.text.includes(text))?.kind).toBe(kind);
  });

  test("related cards with summaries are teasers", () => {
    expect(doc.teasers).toEqual([
      {
        title: "Kosovo plans its own army",
        text: "PRISTINA lawmakers voted on Friday to turn the security force into a regular army.",
      },
      {
        title: "Montenegro marks two years in NATO",
        text: "The small Adriatic country joined the alliance in June 2017 despite Russian objections.",
      },
    ]);
  });
});

describe("cleanHtml", () => {
  const para = "Russian troops massed near the border with Ukraine, the ministry in Kyiv said on Monday.";

  test("falls back to the largest block of <p> text when readability finds nothing", () => {
    const r = cleanHtml(`<html><body><div><p>${para}</p></div></body></html>`);
    expect(r.paragraphs).toEqual([para]);
  });

  test("a paragraph that is mostly one link is related, not text", () => {
    const html = `<html><head><title>Troops on the border | Outlet</title></head><body><article>
      <p>${para} ${para}</p><p><a href="/x">Ukraine and Russia hold talks in Minsk</a></p><p>${para}</p>
      </article></body></html>`;
    const r = cleanHtml(html);
    expect(r.title).toBe("Troops on the border");
    expect(r.paragraphs).toEqual([`${para} ${para}`, para]);
    expect(r.boilerplate).toContainEqual({ kind: "related", text: "Ukraine and Russia hold talks in Minsk" });
  });

  test("date from article:published_time and from <time datetime>", () => {
    const meta = cleanHtml(
      `<html><head><meta property="article:published_time" content="2014-03-18T21:05:00+02:00"></head><body><p>${para}</p></body></html>`,
    );
    expect(meta.metadata.published).toBe("2014-03-18");
    const time = cleanHtml(
      `<html><body><article><time datetime="2022-02-24T05:00">24 Feb</time><p>${para}</p></article></body></html>`,
    );
    expect(time.metadata.published).toBe("2022-02-24");
  });
});

describe("chrome inside the article's own container", () => {
  const r = cleanHtml(readFileSync(`${FIXTURES}inline-related.html`, "utf8"));

  test("byline, caption paragraph, read-more, link list and a 'More news' section are dropped", () => {
    expect(r.metadata.published).toBe("2023-12-15");
    expect(r.paragraphs).toHaveLength(3);
    expect(r.paragraphs[0]).toMatch(/^Hungary vetoed a 50 billion euro EU aid package/);
    expect(r.paragraphs[2]).toMatch(/^Ukrainian President Volodymyr Zelensky welcomed/);
  });

  test("a headline with a truncated summary under 'More news' is a teaser", () => {
    expect(r.teasers).toEqual([
      {
        title: "Poland elects Tusk",
        text: "WARSAW lawmakers elected Donald Tusk as prime minister on Monday, ending eight years of PiS rule...",
      },
    ]);
  });
});
