import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Support measured by the recipient's needs is aid of whatever kind: "will support Moldova to meet
// its short-term needs", "pledged continued support to meet Ukraine's humanitarian needs".
const supportNeeds: readonly CodedRow[] = [
  {
    text: "Japan will support Moldova to meet its short-term needs.",
    has: ["AID JPN MDA planned"],
    lacks: ["DIPLOMATIC_COOPERATION JPN MDA planned"],
  },
  {
    text: "Norway pledged continued support to meet Ukraine's humanitarian, security, and economic needs.",
    has: ["AID NOR UKR asserted"],
    lacks: [],
  },
  {
    text: "Canada helped Jordan to address the needs of its refugees.",
    has: ["AID CAN JOR asserted"],
    lacks: [],
  },
  {
    text: "Poland supports the Commission's plan to meet the bloc's energy needs.",
    has: [],
    lacks: ["AID POL EU asserted", "AID POL EU planned"],
  },
  {
    text: "Serbia needs support to meet its obligations to the IMF.",
    has: [],
    lacks: ["AID SRB IMF asserted"],
  },
  // The needs named as a party's, the promise in the present planning the act.
  {
    text: "Japan commits to increasing humanitarian support, as the needs of the Ukrainian people grow.",
    has: ["AID JPN UKR planned"],
    lacks: ["AID JPN UKR asserted"],
  },
  { text: "Norway matched its aid to the needs of Moldova.", has: ["AID NOR MDA asserted"], lacks: [] },
  {
    text: "Serbia asked Russia for support, citing the needs of its economy.",
    has: [],
    lacks: ["AID SRB SRB asserted", "AID RUS SRB asserted"],
  },
  {
    text: "Germany is committed to supporting Poland.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION DEU POL planned"],
  },
];

describe("support to meet a party's needs is aid", () => itCodes(supportNeeds));

// Aid to the people living in a state goes to that state: "to everyone in Syria who needs it".
const residents: readonly CodedRow[] = [
  {
    text: "Poland sent humanitarian aid to everyone in Ukraine who needs it.",
    has: ["AID POL UKR asserted"],
    lacks: [],
  },
  { text: "Japan sent aid to civilians in Ukraine.", has: ["AID JPN UKR asserted"], lacks: [] },
  { text: "Japan sent aid to people in need.", has: [], lacks: ["AID JPN JPN asserted"] },
];

describe("aid to the people in a state", () => itCodes(residents));

// Aid two parties give each other goes both ways.
const mutual: readonly CodedRow[] = [
  {
    text: "Armenia and Georgia have helped each other after the earthquake.",
    has: ["AID ARM GEO asserted", "AID GEO ARM asserted"],
    lacks: [],
  },
  {
    text: "The presidents praised the assistance in combatting the infection that Russia and Uzbekistan provide to each other.",
    has: ["AID RUS UZB asserted", "AID UZB RUS asserted"],
    lacks: [],
  },
  {
    text: "Russia and Belarus provide each other with assistance.",
    has: ["AID RUS BLR asserted", "AID BLR RUS asserted"],
    lacks: [],
  },
  {
    text: "Armenia and Georgia accused each other of violating the truce.",
    has: [],
    lacks: ["AID ARM GEO asserted", "AID GEO ARM asserted"],
  },
  {
    text: "Russia and Belarus provide each other with information.",
    has: [],
    lacks: ["AID RUS BLR asserted", "AID BLR RUS asserted"],
  },
];

describe("mutual aid goes both ways", () => itCodes(mutual));

// Help given as money committed: "help the people of Ukraine by committing $10 million".
const helpByFunds: readonly CodedRow[] = [
  {
    text: "Japan is committed to helping the people of Ukraine by committing an additional $10 million in emergency humanitarian aid.",
    has: ["AID JPN UKR asserted"],
    lacks: [],
  },
  {
    text: "The US worked with Kyiv to support Ukraine's cyber resilience, including by providing over $40 million in assistance since 2017.",
    has: ["AID USA UKR asserted"],
    lacks: [],
  },
  { text: "Norway helped Moldova by pledging 50 million euros.", has: ["AID NOR MDA asserted"], lacks: [] },
  {
    text: "Germany supported Serbia's bid by providing expertise.",
    has: [],
    lacks: ["AID DEU SRB asserted"],
  },
];

describe("help given by committing money is aid", () => itCodes(helpByFunds));

// An infinitive of help right after the trigger's "to" leads to the one helped: "continued U.S.
// assistance to support Moldova's democratic reform agenda", "security assistance to bolster
// Ukraine's defenses". Only the state whose cause is helped, not a later "to" of another noun.
const helpInfinitive: readonly CodedRow[] = [
  {
    text: "Blinken discussed continued U.S. assistance to support Moldova's democratic reform agenda.",
    has: ["AID USA MDA asserted"],
    lacks: [],
  },
  {
    text: "The Secretary conveyed details regarding the latest tranche of U.S. security assistance to bolster Ukraine's defenses.",
    has: ["ARMS_TRANSFER USA UKR asserted"],
    lacks: [],
  },
  {
    text: "Sweden announced new Swedish aid to strengthen Georgia's health system.",
    has: ["AID SWE GEO asserted"],
    lacks: [],
  },
  {
    text: "They discussed continued U.S. assistance to support Moldova's reform agenda, energy security, and its humanitarian response to Russia's war against Ukraine.",
    has: ["AID USA MDA asserted"],
    lacks: ["AID USA RUS asserted"],
  },
  {
    text: "Sweden sent aid to Poland to help Ukraine's refugees.",
    has: ["AID SWE POL asserted"],
    lacks: ["AID SWE UKR asserted"],
  },
];

describe("an infinitive of help names the one helped", () => itCodes(helpInfinitive));

// Assistance named military or security assistance is arms, not aid: "announced additional security
// assistance for Ukraine", "provide $60 million in immediate military assistance". Aid listed beside
// it stays aid ("security assistance and humanitarian aid").
const armsNotAid: readonly CodedRow[] = [
  {
    text: "Washington announced additional security assistance for Ukraine of $100 million.",
    has: [],
    lacks: ["AID USA UKR asserted"],
  },
  {
    text: "Canada is providing vital military assistance to Ukraine.",
    has: ["ARMS_TRANSFER CAN UKR asserted"],
    lacks: ["AID CAN UKR asserted"],
  },
  {
    text: "France will provide security assistance and humanitarian aid to Ukraine.",
    has: ["AID FRA UKR planned", "ARMS_TRANSFER FRA UKR planned"],
    lacks: [],
  },
  {
    text: "Germany will provide humanitarian aid to Moldova.",
    has: ["AID DEU MDA planned"],
    lacks: [],
  },
];

describe("military and security assistance is arms, not aid", () => itCodes(armsNotAid));

// A list of the things given ends at the preposition of the one who gets them: "provide security
// assistance, humanitarian aid, and economic support to Ukraine". A coordinated clause with a verb
// or a party of its own does not.
const objectList: readonly CodedRow[] = [
  {
    text: "The United States will continue to provide security assistance, humanitarian aid, and economic support to Ukraine.",
    has: ["ARMS_TRANSFER USA UKR planned"],
    lacks: [],
  },
  {
    text: "Japan sent tents, blankets, and medical supplies to Turkey.",
    has: ["AID JPN TUR asserted"],
    lacks: [],
  },
  {
    text: "Japan sent tents to the camps, and Korea sent doctors to Turkey.",
    has: [],
    lacks: ["AID JPN TUR asserted"],
  },
];

describe("a list of things given ends at the recipient's preposition", () => itCodes(objectList));

// The one committed to aid gives it: "the United States' continued commitment to humanitarian aid
// and recovery assistance to Ukraine". A commitment nobody owns names no giver.
const commitmentTo: readonly CodedRow[] = [
  {
    text: "Japan's continued commitment to humanitarian aid to Ukraine was praised.",
    has: ["AID JPN UKR asserted"],
    lacks: [],
  },
  {
    text: "Blinken emphasized the United States' continued commitment to humanitarian aid and recovery assistance to Ukraine.",
    has: ["AID USA UKR asserted"],
    lacks: [],
  },
  {
    text: "Poland welcomed the commitment to humanitarian aid to Ukraine.",
    has: [],
    lacks: ["AID POL UKR asserted"],
  },
];

describe("the one committed to aid gives it", () => itCodes(commitmentTo));
