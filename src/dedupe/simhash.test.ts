import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline/extract.js";
import { bandProbes } from "./band-probes.js";
import { documentSimHash } from "./document-simhash.js";
import { MAX_HAMMING, MIN_RESEMBLANCE } from "./near-duplicate.js";
import { resemblance } from "./resemblance.js";
import { hammingDistance, simHash } from "./simhash.js";

const CORPUS = join(import.meta.dirname, "..", "..", "test", "corpus");
const articles = readdirSync(CORPUS)
  .filter((f) => /\.(txt|html)$/.test(f))
  .map((f) => {
    const doc = extract({
      kind: "RawDocument",
      source: f,
      bytes: readFileSync(join(CORPUS, f)),
      contentType: null,
      fetchedAt: "2026-01-01T00:00:00Z",
      published: null,
    });
    return { name: f, title: doc.document.title, text: doc.mainText };
  });
const article = articles.find((a) => a.name.startsWith("007_"))!;
const hash = (text: string, title: string | null = article.title) => documentSimHash(text, title)!.hex;
const distance = (text: string, title?: string | null) =>
  hammingDistance(hash(article.text), hash(text, title));

describe("simHash", () => {
  it("is the same for the same text, and null for a text too short to tell", () => {
    expect(simHash(article.text)).toEqual(simHash(article.text));
    expect(simHash(article.text)!.hex).toMatch(/^[0-9a-f]{16}$/);
    expect(simHash("Russia delivered the systems to Serbia on Tuesday.")).toBeNull();
  });

  it("folds case and diacritics", () => {
    const text = article.text.replace(/Serbia/g, "Sèrbia");
    expect(simHash(text.toUpperCase())).toEqual(simHash(article.text.replace(/Serbia/g, "Serbia")));
  });

  it("moves a few bits for a copy with a new headline, an intro line or a few words changed", () => {
    const [title, ...rest] = article.text.split("\n\n");
    const body = rest.join("\n\n");
    expect(
      distance(
        `Serbia takes delivery of Chinese missiles | Example News\n\n${body}`,
        "Serbia takes delivery of Chinese missiles | Example News",
      ),
    ).toBe(0);
    expect(
      distance(`${title}\n\nBELGRADE (Wire) - Updated with comment from officials.\n\n${body}`),
    ).toBeLessThanOrEqual(MAX_HAMMING);
    const words = article.text.split(" ");
    for (const at of [40, 90, 140]) words[at] = "changed";
    expect(distance(words.join(" "))).toBeLessThanOrEqual(MAX_HAMMING);
    expect(resemblance(article.text, words.join(" "))).toBeGreaterThan(MIN_RESEMBLANCE);
  });

  it("links no two different corpus articles", () => {
    let closest = 64;
    for (let i = 0; i < articles.length; i++)
      for (let j = i + 1; j < articles.length; j++) {
        const a = articles[i]!;
        const b = articles[j]!;
        const d = hammingDistance(
          documentSimHash(a.text, a.title)!.hex,
          documentSimHash(b.text, b.title)!.hex,
        );
        closest = Math.min(closest, d);
        if (d <= MAX_HAMMING)
          expect(resemblance(a.text, b.text), `${a.name} ${b.name}`).toBeLessThan(MIN_RESEMBLANCE);
      }
    expect(closest).toBeGreaterThan(MAX_HAMMING);
  });
});

describe("hammingDistance", () => {
  it("counts differing bits and refuses what is no 64-bit hash", () => {
    expect(hammingDistance("0000000000000000", "ffffffffffffffff")).toBe(64);
    expect(hammingDistance("8000000000000001", "0000000000000000")).toBe(2);
    expect(() => hammingDistance("abc", "0000000000000000")).toThrow(/not a 64-bit hex hash: abc/);
  });
});

describe("bandProbes", () => {
  it("lists every 16-bit value within 2 bits once, the band itself first", () => {
    const probes = bandProbes(0xa5a5);
    expect(probes[0]).toBe(0xa5a5);
    expect(probes).toHaveLength(137);
    expect(new Set(probes).size).toBe(137);
    for (const p of probes)
      expect(
        hammingDistance(`000000000000${p.toString(16).padStart(4, "0")}`, "00000000000" + "0a5a5"),
      ).toBeLessThanOrEqual(2);
  });
});
