import { describe, expect, it } from "vitest";
import { extractText } from "./extract-text.js";

// "We" in a press statement is the state of the person who signs it: the signature line
// ("NAME, OFFICE") that the cleaner sets aside as boilerplate. Not in a joint statement, and not
// inside someone else's quoted words.
function coded(text: string): string[] {
  return extractText(text, "2022-03-01").map((e) => `${e.type} ${e.actor} ${e.target}`);
}

const rows: readonly { name: string; text: string; has: readonly string[]; lacks: readonly string[] }[] = [
  {
    name: "a spokesperson's statement",
    text: [
      "Sentencing of a Journalist in Belarus",
      "March 1, 2022",
      "Ned Price, Department Spokesperson",
      "We condemn the Lukashenka regime's sentencing of an independent reporter to eight years in prison. We call on Belarus to free her without delay.",
    ].join("\n\n"),
    has: ["CRITICISM USA BLR"],
    lacks: [],
  },
  {
    name: "a Secretary of State's statement, initial and all",
    text: [
      "Humanitarian Flights to Ukraine",
      "March 1, 2022",
      "Antony J. Blinken, Secretary of State",
      "We welcome Moldova's decision to open its airspace to humanitarian flights for Ukraine.",
    ].join("\n\n"),
    has: ["DIPLOMATIC_COOPERATION USA MDA"],
    lacks: [],
  },
  {
    name: "'us' is the signatory's state too",
    text: [
      "Election Interference Claims",
      "March 1, 2022",
      "Ned Price, Department Spokesperson",
      "Belarus accused us of interfering in its elections. These claims are baseless.",
    ].join("\n\n"),
    has: ["CRITICISM BLR USA"],
    lacks: [],
  },
  {
    name: "a signer the knowledge base does not know, whose office names the state",
    text: [
      "Strikes on Kharkiv",
      "March 1, 2022",
      "Kadri Tamm, Estonian Foreign Ministry Spokesperson",
      "We condemn the Russian missile strikes on Kharkiv in the strongest terms.",
    ].join("\n\n"),
    has: ["CRITICISM EST RUS"],
    lacks: [],
  },
  {
    name: "a joint statement whose title names the signatories: 'we' is all of them",
    text: [
      "Joint Statement of the United States and Georgia on Black Sea Security",
      "March 1, 2022",
      "Antony J. Blinken, Secretary of State",
      "We condemn Russia's strikes on civilian infrastructure in Odesa.",
    ].join("\n\n"),
    has: ["CRITICISM USA RUS", "CRITICISM GEO RUS"],
    lacks: [],
  },
  {
    name: "a joint statement titled with its two states",
    text: [
      "U.S.-Georgia Joint Statement on Black Sea Security",
      "March 1, 2022",
      "Antony J. Blinken, Secretary of State",
      "We condemn Russia's strikes on civilian infrastructure in Odesa.",
    ].join("\n\n"),
    has: ["CRITICISM USA RUS", "CRITICISM GEO RUS"],
    lacks: [],
  },
  {
    name: "a joint statement whose lead says who released it; the state it is about does not sign",
    text: [
      "Joint Statement on Energy Security for Moldova",
      "March 1, 2022",
      "The following statement was released by the United States and the European Union.",
      "We condemn Russia's strikes on the power grid of Ukraine.",
    ].join("\n\n"),
    has: ["CRITICISM USA RUS", "CRITICISM EU RUS"],
    lacks: ["CRITICISM MDA RUS"],
  },
  {
    name: "a joint statement whose signatories are not found: the signature speaks for neither alone",
    text: [
      "Black Sea Security: a Joint Statement",
      "March 1, 2022",
      "Antony J. Blinken, Secretary of State",
      "We condemn Russia's strikes on civilian infrastructure in Odesa.",
    ].join("\n\n"),
    has: [],
    lacks: ["CRITICISM USA RUS"],
  },
  {
    name: "another state's minister quoted: his 'we' is not the signatory's",
    text: [
      "Border Closure",
      "March 1, 2022",
      "Ned Price, Department Spokesperson",
      "Foreign Minister Lavrov told reporters: “We condemn the decision by Poland to close the border.”",
    ].join("\n\n"),
    has: [],
    lacks: ["CRITICISM USA POL"],
  },
  {
    name: "a reporter's byline is no signature",
    text: [
      "Strikes on Kharkiv",
      "March 1, 2022",
      "John Roe, Kyiv Bureau Chief",
      "We condemn the Russian missile strikes on Kharkiv in the strongest terms, residents said.",
    ].join("\n\n"),
    has: [],
    lacks: ["CRITICISM UKR RUS"],
  },
  {
    name: "'our support' is the signatory's state's",
    text: [
      "Measures on Belarus",
      "March 1, 2022",
      "Ned Price, Department Spokesperson",
      "Steadfast in our support for Moldova's sovereignty, the Department today announced new measures. Our assistance to Georgia continues.",
    ].join("\n\n"),
    has: ["DIPLOMATIC_COOPERATION USA MDA", "AID USA GEO"],
    lacks: [],
  },
  {
    name: "'our' before what is no support stays unresolved",
    text: [
      "Consultations in Vilnius",
      "March 1, 2022",
      "Ned Price, Department Spokesperson",
      "Our delegation met Lithuania's officials, who praised our partners' support for Ukraine.",
    ].join("\n\n"),
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION USA UKR"],
  },
  {
    name: "a lead that says who released the statement adds to the title's signatories",
    text: [
      "Statement by the Foreign Ministers of Estonia and Latvia on Belarus",
      "March 1, 2022",
      "The following statement was released by the foreign ministers of Estonia and Latvia and the High Representative of the European Union.",
      "We will impose further sanctions on Belarus.",
    ].join("\n\n"),
    has: ["SANCTION EST BLR", "SANCTION LVA BLR", "SANCTION EU BLR"],
    lacks: [],
  },
  {
    name: "a group's ministers' statement: 'we' is the group's members and whoever else the lead says released it",
    text: [
      "Quad Foreign Ministers’ Statement on Georgia",
      "March 1, 2022",
      "The following statement was released by the foreign ministers of Estonia, Latvia and Lithuania and the High Representative of the European Union.",
      "We will impose further sanctions on those who attacked the protesters in Tbilisi.",
    ].join("\n\n"),
    has: ["SANCTION EST GEO", "SANCTION LVA GEO", "SANCTION LTU GEO", "SANCTION EU GEO"],
    lacks: [],
  },
  {
    name: "a group's leaders' declaration titled with the group: 'we' is its members",
    text: [
      "G7 Leaders’ Statement on Belarus",
      "March 1, 2022",
      "We condemn the Belarusian authorities for the forced landing of a civilian flight.",
    ].join("\n\n"),
    has: ["CRITICISM DEU BLR", "CRITICISM JPN BLR", "CRITICISM USA BLR"],
    lacks: [],
  },
  {
    name: "the signatories are one voice: none of them acts on another through 'we'",
    text: [
      "Nordic Foreign Ministers’ Statement on Russia’s War",
      "March 1, 2022",
      "The following statement was released by the foreign ministers of Denmark, Finland, Iceland, Norway and Sweden.",
      "We will hold to account all those complicit in Russia's war, including Belarus. We stand in solidarity with our partners who bear the cost of the war, and we condemn Russia's attacks on Ukraine.",
    ].join("\n\n"),
    has: ["CRITICISM DNK RUS", "CRITICISM SWE RUS"],
    lacks: ["CRITICISM DNK SWE", "CRITICISM SWE DNK", "DIPLOMATIC_COOPERATION FIN NOR", "CRITICISM NOR ISL"],
  },
  {
    name: "'We, the G7 ministers of A, B, ... and C,': the names in the apposition are the voice, not parties of each other",
    text: [
      "G7 Foreign Ministers’ Statement on the Black Sea",
      "March 1, 2022",
      "We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom, the United States of America, and the High Representative of the European Union, reaffirm our shared commitment to maintaining the rules-based international order, peace and stability across the Black Sea and beyond.",
    ].join("\n\n"),
    has: [],
    lacks: [
      "DIPLOMATIC_COOPERATION CAN FRA",
      "DIPLOMATIC_COOPERATION CAN DEU",
      "DIPLOMATIC_COOPERATION CAN EU",
    ],
  },
  {
    name: "the voice of such an apposition acts as one",
    text: [
      "G7 Foreign Ministers’ Statement on Belarus",
      "March 1, 2022",
      "We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America, condemn the Belarusian authorities for the forced landing of a civilian flight.",
    ].join("\n\n"),
    has: ["CRITICISM CAN BLR", "CRITICISM FRA BLR", "CRITICISM USA BLR"],
    lacks: ["CRITICISM CAN FRA"],
  },
  {
    name: "a news story about a ministers' statement is no statement: 'we' stays unresolved",
    text: [
      "Ministers’ statement angers Minsk",
      "March 1, 2022",
      "“We condemn the Belarusian authorities for the forced landing of a civilian flight,” the statement said, according to Estonian and Latvian officials.",
    ].join("\n\n"),
    has: [],
    lacks: ["CRITICISM EST BLR", "CRITICISM LVA BLR"],
  },
  {
    name: "a signed statement's list item 'Action to impose ...' is the signatory's act",
    text: [
      "Accountability for Abuses in Georgia",
      "March 1, 2022",
      "Ned Price, Department Spokesperson",
      "The United States is taking further actions, to include:",
      "Measures to impose visa restrictions on 12 Georgian officials involved in the crackdown.",
    ].join("\n\n"),
    has: ["SANCTION USA GEO"],
    lacks: [],
  },
  {
    name: "the same list item in an unsigned news story is nobody's act",
    text: [
      "Accountability for Abuses in Georgia",
      "March 1, 2022",
      "Officials listed several options.",
      "Measures to impose visa restrictions on 12 Georgian officials involved in the crackdown.",
    ].join("\n\n"),
    has: [],
    lacks: ["SANCTION USA GEO"],
  },
  {
    name: "an action item whose infinitive is no act of the signatory's own: a call on another",
    text: [
      "Accountability for Abuses in Georgia",
      "March 1, 2022",
      "Ned Price, Department Spokesperson",
      "We welcome the EU's steps. Action by Brussels to impose visa restrictions on Georgian officials is expected.",
    ].join("\n\n"),
    has: [],
    lacks: ["SANCTION USA GEO"],
  },
  {
    name: "a statement whose kind comes first and whose signatories follow 'of'",
    text: [
      "Trilateral Statement of the Republic of Estonia, the Republic of Latvia and the Republic of Lithuania",
      "March 1, 2022",
      "We condemn Belarus for forcing migrants across our borders.",
    ].join("\n\n"),
    has: ["CRITICISM EST BLR", "CRITICISM LVA BLR", "CRITICISM LTU BLR"],
    lacks: [],
  },
  {
    name: "a headline with a verb before 'statement of' is no statement's title",
    text: [
      "Moscow rejects statement of concern by Estonia and Latvia",
      "March 1, 2022",
      "“We condemn the provocations of the Baltic states,” a Russian diplomat said.",
    ].join("\n\n"),
    has: [],
    lacks: ["CRITICISM EST LTU", "CRITICISM LVA LTU"],
  },
  {
    name: "signatories listed at the bottom, as the lead says: 'we' and the statement's verdicts are theirs",
    text: [
      "Statement on Belarus and International Chess",
      "March 1, 2022",
      "The following statement was endorsed by the ministers from the countries listed at the bottom of the statement.",
      "We call on Belarus to release the imprisoned players. The regime's crackdown on athletes is abhorrent.",
      "We welcome Georgia's decision to host the tournament instead.",
      "Signed by:",
      "Estonia: Jane Roe, Minister of Culture",
      "Finland: John Doe, Minister of Science and Culture",
      "Iceland: Mary Major, Minister of Education",
    ].join("\n\n"),
    has: [
      "DIPLOMATIC_COOPERATION EST GEO",
      "DIPLOMATIC_COOPERATION FIN GEO",
      "DIPLOMATIC_COOPERATION ISL GEO",
    ],
    lacks: [],
  },
  {
    name: "closing lines that name states, with no lead that lists signatories, sign nothing",
    text: [
      "Chess Olympiad Results",
      "March 1, 2022",
      "We welcome Georgia's decision to host the tournament instead.",
      "Estonia: 14 points",
      "Finland: 12 points",
    ].join("\n\n"),
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION EST GEO", "DIPLOMATIC_COOPERATION FIN GEO"],
  },
  {
    name: "no signature: 'we' stays unresolved",
    text: [
      "Talks in Vienna",
      "March 1, 2022",
      "We condemn the Lukashenka regime's sentencing of an independent reporter.",
    ].join("\n\n"),
    has: [],
    lacks: ["CRITICISM USA BLR"],
  },
];

describe("a press statement's first person is its signatory's state", () => {
  for (const row of rows)
    it(row.name, () => {
      const events = coded(row.text);
      for (const e of row.has) expect(events).toContain(e);
      for (const e of row.lacks) expect(events).not.toContain(e);
    });
});
