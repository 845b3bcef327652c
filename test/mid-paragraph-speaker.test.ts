import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A transcript whose page runs an exchange into one paragraph ("... I agree. Prime Minister of
// Hungary Viktor Orban: Thank you.") gives the floor to each speaker from their label on, as a
// label opening a paragraph does (src/coding/discourse/first-person.ts). And "they" never stands
// for a speaker's "I", "we" or "you" (src/coding/arguments/slot-subject.ts).
const meeting =
  "Meeting with Prime Minister of Hungary Viktor Orban\n\nVladimir Putin met with Prime Minister of Hungary Viktor Orban in the Kremlin.\n\n";
const rows: readonly CodedRow[] = [
  {
    // The second speaker's "our trade with Austria" is Hungary's, not Russia's.
    text: `${meeting}President of Russia Vladimir Putin: Welcome to Moscow. Prime Minister of Hungary Viktor Orban: Thank you. Our trade with Austria grew by a tenth last year.`,
    has: ["ECONOMIC_COOPERATION HUN AUT asserted"],
    lacks: ["ECONOMIC_COOPERATION RUS AUT asserted"],
  },
  {
    // A bare "trade" in the words of a speaker whose label follows the lead in its paragraph.
    text: "Talks with Prime Minister of Hungary Viktor Orban\n\nThe two leaders made statements to the press. President of Russia Vladimir Putin: Good afternoon. Trade grew by a fifth last year.",
    has: ["ECONOMIC_COOPERATION RUS HUN asserted"],
    lacks: [],
  },
  {
    // A colon inside a sentence of the speech is no label.
    text: `${meeting}President of Russia Vladimir Putin: Welcome. The result is clear: our trade with Austria grew by a tenth.`,
    has: ["ECONOMIC_COOPERATION RUS AUT asserted"],
    lacks: ["ECONOMIC_COOPERATION HUN AUT asserted"],
  },
  {
    // "they" after "show you" is not the one addressed.
    text: `${meeting}Prime Minister of Hungary Viktor Orban: I will show you the place from which they planned to attack Hungary.`,
    has: [],
    lacks: ["ARMED_CONFLICT RUS HUN planned"],
  },
  {
    text: `${meeting}President of Russia Vladimir Putin: I will show you the place from which they planned to attack Russia.`,
    has: [],
    lacks: ["ARMED_CONFLICT HUN RUS planned"],
  },
];

describe("a speaker label inside a paragraph gives that speaker the floor", () => itCodes(rows));
