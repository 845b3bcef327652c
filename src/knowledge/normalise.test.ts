import { describe, expect, it } from "vitest";
import { normaliseForm } from "./normalise.js";

describe("normaliseForm", () => {
  it.each([
    ["Vučić", "vucic"],
    ["VUCIC", "vucic"],
    ["Chișinău", "chisinau"],
    ["Chişinău", "chisinau"],
    ["Türkiye", "turkiye"],
    ["Erdoğan", "erdogan"],
    ["Đukanović", "dukanovic"],
    ["Łukasz Błaszczak", "lukasz blaszczak"],
    ["Løkke", "lokke"],
    ["Ærø", "aero"],
    ["Straße", "strasse"],
    ["Yıldırım", "yildirim"],
    ["Élysée", "elysee"],
    ["Quai d’Orsay", "quai d'orsay"],
    ["D`Alema", "d'alema"],
    ["S‑400", "s-400"],
    ["  the   Kremlin ", "the kremlin"],
  ])("%j -> %j", (input, expected) => {
    expect(normaliseForm(input)).toBe(expected);
  });
});
