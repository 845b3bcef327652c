import { describe, expect, it } from "vitest";
import { contacts } from "../test-contacts.js";

// Lists of parties the slots must read whole: persons under courtesy titles, states under their
// formal style, envoys under their rank.
describe("listed parties of a contact", () => {
  it.each([
    // "Mr X and Mr Y": the courtesy title does not end the list.
    ["Mr Orban and Mr Fico held talks in Bratislava.", ["HUN SVK"]],
    ["Mrs Merkel and Mr Macron had a short talk before the dinner.", ["DEU FRA"]],
    // "the Republic of X" in a list is the state, not "the republic" named before.
    [
      "Poland held talks with Lithuania, the Republic of Moldova and Romania.",
      ["POL LTU", "POL MDA", "POL ROU"],
    ],
    [
      "Austria held consultations with Hungary, the Kingdom of Spain and Portugal.",
      ["AUT ESP", "AUT HUN", "AUT PRT"],
    ],
    ["Hungary held talks with Serbia and the Republic of Korea.", ["HUN KOR", "HUN SRB"]],
    // An envoy's rank before "ambassadors of".
    [
      "The Czech President received credentials from the extraordinary and plenipotentiary ambassadors of Ghana and Nepal.",
      ["GHA CZE", "NPL CZE"],
    ],
    // A group after the preposition spelt out after a dash.
    [
      "Scholz held talks with the leaders of the Baltic states – Estonian Prime Minister Kaja Kallas and Lithuanian President Gitanas Nauseda.",
      ["DEU EST", "DEU LTU"],
    ],
    [
      "Orban met with the leaders of neighbouring states – Aleksandar Vucic and Zoran Milanovic.",
      ["HUN HRV", "HUN SRB"],
    ],
    ["Macron met with farmers – they complained about Ukrainian grain.", []],
    ["Duda spoke with the heads of delegations – a list was published later.", []],
    // An office named by its state, then its holder's name, is one member of the list.
    [
      "Erdogan will meet with President of Finland Alexander Stubb, Prime Minister of Sweden Ulf Kristersson and President of Latvia Edgars Rinkevics.",
      ["TUR FIN", "TUR LVA", "TUR SWE"],
    ],
    [
      "Xi also met with Kyrgyzstan President Sadyr Japarov, Kazakhstan President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev.",
      ["CHN KAZ", "CHN KGZ", "CHN UZB"],
    ],
    // The holder's name followed by a clause of his own ends the list.
    ["Scholz spoke with President of Poland Andrzej Duda, who said Warsaw was ready.", ["DEU POL"]],
    // Adjectives sharing the head of the compound after them, walked back from it.
    ["The Latvian and Estonian foreign ministers met in Riga on Monday.", ["LVA EST"]],
    ["Hungarian and Slovak leaders held talks in Budapest.", ["HUN SVK"]],
    // Negative rows: no second state, no contact.
    ["Lithuanian farmers and Polish officials met in Vilnius.", []],
    ["Mr Orban and Mr Szijjarto spoke to reporters in Budapest.", []],
    ["The Republic of Estonia held elections in March.", []],
    ["Latvia said the republic of its citizens would hold talks soon.", []],
  ])("%s", (text, expected) => {
    expect(contacts(text)).toEqual(expected);
  });
});
