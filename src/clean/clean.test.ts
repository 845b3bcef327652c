import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import type { RawDocument } from "../ingest/raw-document.js";
import { InputError } from "../input-error.js";
import { cleanDocument, type CleanOptions } from "./clean.js";

const FIXTURES = new URL("../../test/fixtures/clean/", import.meta.url).pathname;

function raw(source: string, bytes: Uint8Array, contentType: string | null = null): RawDocument {
  return {
    kind: "RawDocument",
    source,
    bytes,
    contentType,
    fetchedAt: "2020-01-01T00:00:00Z",
    published: null,
  };
}

function fixture(name: string): RawDocument {
  return raw(name, readFileSync(FIXTURES + name));
}

function reasonOf(doc: RawDocument, options?: CleanOptions): string {
  try {
    cleanDocument(doc, options);
  } catch (err) {
    if (err instanceof InputError) return err.reason;
    throw err;
  }
  return "no error";
}

const ARTICLE = "Title\n\nRussia halted all gas shipments through Ukraine on Wednesday, officials said.\n";

describe("bad input gives InputError with one clear reason", () => {
  test.each<[string, RawDocument, CleanOptions | undefined, string]>([
    ["empty file", raw("a.txt", new Uint8Array()), undefined, "empty file"],
    ["only whitespace", raw("a.txt", Buffer.from(" \n\n\t ")), undefined, "empty file"],
    [
      "NUL bytes",
      raw("a.txt", Buffer.from("Title\0\0\0body text")),
      undefined,
      "binary file, not text or HTML",
    ],
    [
      "mostly control characters",
      raw("a.txt", Buffer.from("\x01\x02\x03\x04\x05abc\x06\x07\x08\x0e")),
      undefined,
      "binary file, not text or HTML",
    ],
    [
      "a PNG",
      raw("a.html", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2])),
      undefined,
      "binary file, not text or HTML",
    ],
    [
      "a PDF",
      raw("a.txt", Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj")),
      undefined,
      "binary file, not text or HTML",
    ],
    [
      "over the size limit",
      raw("a.txt", Buffer.alloc(50 * 1024 * 1024, 0x61)),
      undefined,
      "file is 50 MB, over the 10 MB limit",
    ],
    [
      "over a custom limit",
      raw("a.txt", Buffer.from(ARTICLE)),
      { maxBytes: 20 },
      "file is 85 bytes, over the 20 bytes limit",
    ],
    [
      "gzip that inflates past the limit",
      raw("a.txt.gz", gzipSync(Buffer.alloc(11 * 1024 * 1024, 0x61))),
      undefined,
      "gzip content is over the 10 MB limit",
    ],
    [
      "corrupt gzip",
      raw("a.txt.gz", Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6])),
      undefined,
      "corrupt gzip data",
    ],
    [
      "plain text in windows-1251",
      raw("a.txt", iconv.encode("Заголовок\n\nТекст статьи.", "windows-1251")),
      undefined,
      "not valid UTF-8 (first bad byte at offset 0); pass an encoding to read it as another",
    ],
    [
      "a bad byte later on",
      raw("a.txt", Buffer.concat([Buffer.from("Title\n\nabc "), Buffer.from([0xe9, 0x20])])),
      undefined,
      "not valid UTF-8 (first bad byte at offset 11); pass an encoding to read it as another",
    ],
    [
      "an unknown encoding",
      raw("a.txt", Buffer.from(ARTICLE)),
      { encoding: "klingon-8" },
      'unknown encoding "klingon-8"',
    ],
    ["HTML with no article", fixture("no-article.html"), undefined, "no article text found in the HTML"],
  ])("%s", (_name, doc, options, reason) => {
    expect(reasonOf(doc, options)).toBe(reason);
  });

  test("the error names the input and keeps its reason", () => {
    const err = (() => {
      try {
        cleanDocument(raw("dir/a.txt", new Uint8Array()));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe("dir/a.txt: empty file");
  });
});

describe("encodings", () => {
  const ru =
    "Заголовок статьи\n\nРоссия предоставит Белоруссии кредит, заявил президент после переговоров в Сочи.\n";

  test("plain text in another encoding, when it is named", () => {
    const doc = cleanDocument(raw("a.txt", iconv.encode(ru, "windows-1251")), { encoding: "windows-1251" });
    expect(doc.mainText).toBe(ru.trim());
    expect(doc.language).toBe("ru");
  });

  test("UTF-8 with a BOM, UTF-16LE and UTF-16BE with BOMs", () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ru)]);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ru, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [utf8, le, be]) expect(cleanDocument(raw("a.txt", bytes)).mainText).toBe(ru.trim());
  });

  test("windows-1251 page declared by http-equiv", () => {
    const doc = cleanDocument(fixture("cp1251.html.bin"));
    expect(doc.title).toBe("Москва и Минск подписали соглашение о кредите");
    expect(doc.mainText).toContain("Россия предоставит Белоруссии кредит");
    expect(doc.mainText).not.toContain("Читайте также");
    expect(doc.mainText).not.toContain("cookie");
    expect(doc.language).toBe("ru");
  });

  test("KOI8 page declared by <meta charset>, with Ukrainian letters", () => {
    const doc = cleanDocument(fixture("koi8.html.bin"));
    expect(doc.mainText).toContain("Україна отримала першу партію протитанкових комплексів");
    expect(doc.language).toBe("uk");
  });

  test("KOI8-R page with no declared charset is detected", () => {
    const doc = cleanDocument(fixture("undeclared-koi8r.html.bin"));
    expect(doc.mainText).toContain("Лукашенко поблагодарил российского коллегу");
  });

  test("the HTTP content type's charset is used", () => {
    const html = `<html><body><article><p>${"Москва и Минск подписали соглашение. ".repeat(5)}</p></article></body></html>`;
    const doc = cleanDocument(raw("page", iconv.encode(html, "koi8-r"), "text/html; charset=KOI8-R"));
    expect(doc.mainText).toContain("Москва и Минск");
  });

  test("a lazy Latin-1 declaration gives way to valid UTF-8", () => {
    const html = `<html><head><meta charset="iso-8859-1"></head><body><article><p>${"Vučić said Serbia would not impose sanctions on Russia. ".repeat(3)}</p></article></body></html>`;
    expect(cleanDocument(raw("a.html", Buffer.from(html))).mainText).toContain("Vučić said");
  });
});

describe("formats", () => {
  test("gzipped HTML is found by its magic bytes", () => {
    const plain = cleanDocument(fixture("article.html"));
    const gz = cleanDocument(fixture("article.html.gz"));
    expect(gz.format).toBe("html");
    expect(gz.mainText).toBe(plain.mainText);
    expect(gz.id).not.toBe(plain.id);
  });

  test("gzipped text", () => {
    const doc = cleanDocument(raw("a.txt.gz", gzipSync(Buffer.from(ARTICLE))));
    expect(doc.format).toBe("text");
    expect(doc.mainText).toBe(ARTICLE.trim());
  });

  test("id is the sha256 of the raw bytes; published comes from outside first", () => {
    const doc = cleanDocument({ ...raw("a.txt", Buffer.from(ARTICLE)), published: "2009-01-08" });
    expect(doc.id).toBe(createHash("sha256").update(ARTICLE).digest("hex"));
    expect(doc.published).toBe("2009-01-08");
    expect(Object.isFrozen(doc)).toBe(true);
  });

  test("HTML without an extension or content type is sniffed", () => {
    const html = `<!doctype html><html><body><p>${"Moscow denied the charges on Monday. ".repeat(4)}</p></body></html>`;
    expect(cleanDocument(raw("stdin", Buffer.from(html))).format).toBe("html");
  });
});
