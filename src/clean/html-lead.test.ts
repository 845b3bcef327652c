import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { cleanHtml } from "./html.js";
import { parseHTML } from "linkedom";
import { findLead, withLead } from "./html-lead.js";

const FIXTURES = new URL("../../test/fixtures/clean/", import.meta.url).pathname;
const page = (name: string): string => readFileSync(`${FIXTURES}${name}`, "utf8");

const leadOf = (name: string, title: string | null): string[] =>
  findLead(parseHTML(page(name)).document, title);

describe("the lead standing apart from the article body", () => {
  test("found: a standfirst after the headline, next to the body", () => {
    expect(leadOf("lead.html", "Harbour talks resume in Valletta")).toEqual([
      "Negotiators from Malta and Tunisia met again on Monday to settle a dispute over fishing rights.",
    ]);
  });

  test("not found: a site slogan above the headline (the meta description is never read)", () => {
    expect(leadOf("slogan.html", "Lake ferry service suspended after storm")).toEqual([]);
  });

  test("not found without the article's headline", () => {
    expect(leadOf("lead.html", "Some other story entirely")).toEqual([]);
  });

  test("a lead element between the headline and the body, which readability leaves out, opens the main text", () => {
    const h = cleanHtml(page("lead.html"));
    expect(h.paragraphs).toHaveLength(5);
    expect(h.paragraphs[0]).toBe(
      "Negotiators from Malta and Tunisia met again on Monday to settle a dispute over fishing rights.",
    );
    expect(h.paragraphs[1]).toMatch(/^The two delegations spent six hours/);
  });

  test("teaser summaries of other stories and the site's slogan are not taken as the lead", () => {
    const text = cleanHtml(page("lead.html")).paragraphs.join("\n");
    expect(text).not.toContain("Crews returned to work");
    expect(text).not.toContain("Your daily window");
  });

  test("a site-wide meta description and a slogan above the headline never become main text", () => {
    const h = cleanHtml(page("slogan.html"));
    expect(h.paragraphs[0]).toMatch(/^The ferry between Ambleside and Bowness/);
    const text = h.paragraphs.join("\n");
    expect(text).not.toContain("latest news, weather and sport");
    expect(h.paragraphs).toHaveLength(3);
  });

  test("a lead the body already has, or that the first paragraph opens with, is not added again", () => {
    const body = ["Talks resumed on Monday. Both sides met for six hours.", "No text was signed."];
    expect(withLead(["Talks resumed on Monday."], body)).toEqual(body);
    expect(withLead(["No text was signed."], body)).toEqual(body);
    expect(withLead(["Malta and Tunisia met again."], body)).toEqual([
      "Malta and Tunisia met again.",
      ...body,
    ]);
    expect(withLead([], body)).toEqual(body);
  });
});
