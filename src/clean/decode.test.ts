import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { decode } from "./decode.js";
import { detectFormat } from "./detect-format.js";
import { toIsoDate } from "./iso-date.js";
import { detectLanguage, languageFromTag } from "./language.js";
import { firstInvalidUtf8 } from "./utf8.js";

describe("firstInvalidUtf8", () => {
  test.each<[string, number[], number]>([
    ["ASCII", [0x61, 0x62], -1],
    ["two-byte letter", [0xd0, 0x9f, 0x61], -1],
    ["four-byte emoji", [0xf0, 0x9f, 0x98, 0x80], -1],
    ["lone continuation", [0x61, 0x80], 1],
    ["truncated sequence", [0x61, 0x62, 0xe2, 0x82], 2],
    ["overlong slash", [0xc0, 0xaf], 0],
    ["surrogate", [0xed, 0xa0, 0x80], 0],
    ["Windows-1251 byte", [0x61, 0xcf, 0x20], 1],
  ])("%s", (_name, bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });
});

describe("decode", () => {
  test("HTML with a declared charset", () => {
    const bytes = iconv.encode('<meta charset="windows-1251"><p>Привет</p>', "windows-1251");
    expect(decode("a", bytes, "html")).toEqual({
      text: '<meta charset="windows-1251"><p>Привет</p>',
      encoding: "windows-1251",
    });
  });

  test("undeclared Windows-1251 HTML is guessed", () => {
    const html = "<p>Россия и Сербия подписали соглашение о поставках оружия, заявил президент Вучич.</p>";
    const r = decode("a", iconv.encode(html, "windows-1251"), "html");
    expect(r.encoding).toBe("windows-1251");
    expect(r.text).toBe(html);
  });

  test("an explicit encoding wins over detection", () => {
    expect(decode("a", iconv.encode("Київ", "koi8-u"), "text", { encoding: "KOI8-U" }).text).toBe("Київ");
  });
});

describe("detectFormat", () => {
  test.each<[string, string | null, string, "text" | "html"]>([
    ["a.txt", null, "Title\n\nBody.", "text"],
    ["a.txt", "text/html; charset=utf-8", "Title", "html"],
    ["a.html", "text/plain", "<p>x</p>", "text"],
    ["a.html.gz", null, "Title", "html"],
    ["page", null, "<!DOCTYPE html><html>", "html"],
    ["page", null, "  <html lang=uk>", "html"],
    ["a.txt", null, "<!-- saved --><html><body>", "html"],
    ["stdin", null, "<div><p>a</p><p>b</p><p>c</p><a href=x>d</a><br></div>", "html"],
    ["stdin", null, "Putin said <b> is not a tag here", "text"],
  ])("%s (%s) -> %s", (source, type, head, format) => {
    expect(detectFormat(source, type, head)).toBe(format);
  });
});

describe("toIsoDate", () => {
  test.each<[string, string | null]>([
    ["2014-03-18T21:05:00+02:00", "2014-03-18"],
    ["2014-03-18T23:30:00-05:00", "2014-03-18"],
    ["2019/11/21", "2019-11-21"],
    ["21.11.2019", "2019-11-21"],
    ["20191121", "2019-11-21"],
    ["Thu, 21 Nov 2019 10:33:00 GMT", "2019-11-21"],
    ["November 21, 2019", "2019-11-21"],
    ["yesterday", null],
    ["2019-13-01", null],
  ])("%s -> %s", (value, iso) => {
    expect(toIsoDate(value)).toBe(iso);
  });
});

describe("language", () => {
  test.each<[string, string | null]>([
    ["uk-UA", "uk"],
    ["en", "en"],
    ["sr_Latn_RS", "sr"],
    ["x-default", null],
    ["", null],
  ])("tag %s -> %s", (tag, lang) => {
    expect(languageFromTag(tag)).toBe(lang);
  });

  test("eld over text, null when too short", () => {
    expect(detectLanguage("Україна отримала першу партію озброєння від союзників.")).toBe("uk");
    expect(detectLanguage("Polska wyraziła zgodę na rozmieszczenie wojsk sojuszniczych.")).toBe("pl");
    expect(detectLanguage("Putin news")).toBeNull();
  });
});
