import { describe, expect, it } from "vitest";
import { contacts } from "../test-contacts.js";

// An official the knowledge base does not know, introduced under a title that names the state,
// acts for that state when named again by surname (and as "she" after it).
describe("officials named again by surname", () => {
  it.each([
    [
      "Counselor of the Department Jane Roe will travel to Riga on May 2.\n\nCounselor Roe will then travel to Vilnius to meet Lithuanian officials.",
      ["USA LTU", "USA LVA"],
    ],
    [
      "Assistant Secretary for European and Eurasian Affairs Dr. Mary Major will visit Tallinn.\n\nDr. Major will also travel to Helsinki.",
      ["USA EST", "USA FIN"],
    ],
    // A state's name before an office: "U.S. Special Envoy".
    ["U.S. Special Envoy John Doe will travel to Georgia and Armenia next week.", ["USA ARM", "USA GEO"]],
    [
      "Czech Ambassador Jan Novak arrived in Kyiv.\n\nOn Monday, Ambassador Novak met with Ukrainian officials.",
      ["CZE UKR"],
    ],
    // "she" after the surname is the official, not a leader named before.
    [
      "Counselor of the Department Jane Roe will travel to Warsaw, Putin said.\n\nOn Monday, Counselor Roe will visit a school. She will also meet with Czech officials.",
      ["USA CZE", "USA POL"],
    ],
    // A state's adjective, title words ending in an office word, then the name.
    [
      "Polish State Secretary Anna Nowak will visit Kyiv.\n\nState Secretary Nowak will then travel to Chisinau.",
      ["POL MDA", "POL UKR"],
    ],
    // "the <title>" with no name: the one official whose title begins with those words.
    [
      "Deputy Secretary of State Jane Roe met Estonian State Secretary Jaan Tamm in Tallinn.\n\nThe Deputy Secretary and the State Secretary also reaffirmed their support for Georgia's sovereignty.",
      ["EST GEO", "USA EST", "USA GEO"],
    ],
    // A title that begins no recorded title, or more than one, is left alone.
    [
      "Deputy Secretary of State Jane Roe met Estonian State Secretary Jaan Tamm in Tallinn.\n\nThe Secretary later reaffirmed support for Georgia's sovereignty.",
      ["USA EST"],
    ],
    [
      "Polish State Secretary Anna Nowak and Estonian State Secretary Jaan Tamm met in Riga.\n\nThe State Secretary then reaffirmed support for Georgia's sovereignty.",
      ["POL EST"],
    ],
    // Negative rows: a former official, the name of a plan, an institution's name.
    [
      "Former Finnish president Martti Ahtisaari drafted a plan.\n\nSerbia rejected the Ahtisaari plan, and the Ahtisaari team left Belgrade.",
      [],
    ],
    ["The Kremlin Press Service issued a statement.\n\nThe Service later met journalists in Kyiv.", []],
    ["Jane Roe will travel to Vilnius.\n\nRoe will then travel to Riga.", []],
  ])("%s", (text, expected) => {
    expect(contacts(text)).toEqual(expected);
  });
});
