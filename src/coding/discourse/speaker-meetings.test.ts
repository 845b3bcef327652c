import { describe, expect, it } from "vitest";
import { contacts } from "../test-contacts.js";

// In a transcript, an actorless "meetings with ..." in a speaker's own words is the speaker's
// state's contact; a journalist's question ("Question:") speaks for no state.
describe("a speaker's actorless meeting", () => {
  it.each([
    [
      "Press statement after the summit\n\nPresident of Kazakhstan Kassym-Jomart Tokayev: Good evening.\n\nOn the sidelines there were separate meetings with the Presidents of Mongolia and Vietnam.",
      ["KAZ MNG", "KAZ VNM"],
    ],
    [
      "News conference\n\nQuestion: How was the week?\n\nPrime Minister of Hungary Viktor Orban: Busy. The talks with the Slovak Prime Minister lasted three hours.",
      ["HUN SVK"],
    ],
    // The journalist's words: no state acts.
    [
      "News conference\n\nPrime Minister of Hungary Viktor Orban: Good afternoon.\n\nQuestion: Was the meeting with the Slovak Prime Minister useful?",
      [],
    ],
    // The speaker's own state is no partner of itself.
    [
      "News conference\n\nPrime Minister of Hungary Viktor Orban: Good afternoon.\n\nThe meeting with Hungarian farmers went well.",
      [],
    ],
    // No transcript: an actorless meeting in a news story stays unread.
    [
      "Talks ended\n\nReporters waited outside. The talks with the Slovak Prime Minister lasted three hours.",
      [],
    ],
  ])("%s", (text, expected) => {
    expect(contacts(text)).toEqual(expected);
  });
});

// A question in a transcript with one state's speaker is put to that speaker: "you" is the
// speaker's state; the questioner's "we" is no state's.
describe("a question's you", () => {
  it.each([
    [
      "Interview to a news agency\n\nQuestion: Next week you will visit Mongolia. What do you expect?\n\nPresident of Kazakhstan Kassym-Jomart Tokayev: A good conversation.",
      ["KAZ MNG"],
    ],
    [
      "Answers to questions\n\nPrime Minister of Hungary Viktor Orban: Good afternoon.\n\nQuestion: Yesterday you held talks with the Slovak Prime Minister.\n\nViktor Orban: Yes, we did.",
      ["HUN SVK"],
    ],
    // Two states' speakers: whom the question addresses is not known.
    [
      "Joint news conference\n\nPrime Minister of Hungary Viktor Orban: Good afternoon.\n\nPrime Minister of Slovakia Robert Fico: Thank you.\n\nQuestion: Yesterday you held talks with the Polish Prime Minister.",
      [],
    ],
    // The questioner's own "we".
    [
      "Answers to questions\n\nPrime Minister of Hungary Viktor Orban: Good afternoon.\n\nQuestion: We spoke with the Polish Prime Minister yesterday.",
      [],
    ],
  ])("%s", (text, expected) => {
    expect(contacts(text)).toEqual(expected);
  });
});
