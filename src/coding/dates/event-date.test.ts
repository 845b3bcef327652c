import { describe, expect, test } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { annotate } from "../../nlp/annotate.js";
import { codeDocument } from "../code-document.js";
import { loadLexicon } from "../lexicon/lexicon.js";

const kb = loadKnowledge();
const lexicon = loadLexicon();

/** "TYPE ACTOR TARGET date" of every event coded in a text published on `published`. */
function datesOf(text: string, published: string): string[] {
  const doc = annotate(text, published, kb);
  return codeDocument("t", doc, kb, lexicon).map((e) => `${e.type} ${e.actor} ${e.target} ${e.date}`);
}

interface Row {
  readonly text: string;
  readonly published: string;
  readonly expected: readonly string[];
}

const table = (rows: readonly Row[]) =>
  test.each(rows)("$text", ({ text, published, expected }) => {
    expect(datesOf(text, published)).toEqual(expected);
  });

describe("a time beyond a comma or another verb belongs less to the trigger", () => {
  table([
    {
      text: "Moldova has bought radars from France since 2021, and Romania delivered two howitzers to Moldova last month.",
      published: "2031-03-12",
      expected: ["ARMS_TRANSFER ROU MDA 2031-02"],
    },
    {
      text: "Serbia bought drones from China in 2029, so the European Union imposed sanctions on the Serbian government of President Vucic in May 2030.",
      published: "2031-03-12",
      expected: ["ARMS_TRANSFER CHN SRB 2029", "SANCTION EU SRB 2030-05"],
    },
    {
      text: "The war began on 4 April 2030, when Azerbaijan launched an offensive against Armenia to retake land held since 2010.",
      published: "2031-03-12",
      expected: ["ARMED_CONFLICT AZE ARM 2030-04-04"],
    },
    // A time that opens the sentence frames it, comma or not.
    {
      text: "On Tuesday, Latvia expelled two Russian diplomats.",
      published: "2031-03-13",
      expected: ["SANCTION LVA RUS 2031-03-11"],
    },
  ]);
});

describe("a time phrase opened by 'since' or 'until' belongs to the clause before it", () => {
  table([
    {
      text: "By contrast, France has sold jets to Serbia this year, and Washington has supplied drones to Ukraine since the spring of last year.",
      published: "2031-12-15",
      expected: ["ARMS_TRANSFER FRA SRB 2031", "ARMS_TRANSFER USA UKR 2030"],
    },
  ]);
});

describe("a time that modifies a noun dates that noun", () => {
  table([
    {
      text: "Japan condemned the 2014 annexation of Crimea by Russia in a statement on Friday.",
      published: "2031-03-12",
      expected: ["CRITICISM JPN RUS 2031-03-07", "TERRITORIAL_SEIZURE RUS UKR 2014"],
    },
    // Unless a temporal preposition makes the phrase the clause's time.
    {
      text: "Armenia has criticised Azerbaijan since the 2020 war.",
      published: "2031-03-12",
      expected: ["CRITICISM ARM AZE 2020"],
    },
    // Or "be" makes the dated noun phrase and the trigger one act.
    {
      text: "Minsk's 2029 takeover of the border post was an annexation by Belarus of Lithuanian land.",
      published: "2031-03-12",
      expected: ["TERRITORIAL_SEIZURE BLR LTU 2029"],
    },
    {
      text: "The 2029 takeover of the post was followed by a Belarusian annexation of Lithuanian land.",
      published: "2031-03-12",
      expected: ["TERRITORIAL_SEIZURE BLR LTU null"],
    },
  ]);
});

describe("a finer date of the same time in the sentence", () => {
  table([
    {
      text: "Hungary expelled two Russian diplomats this year, a step it announced in February.",
      published: "2031-06-20",
      expected: ["SANCTION HUN RUS 2031-02"],
    },
  ]);
});

describe("days counted from the story's last day", () => {
  table([
    {
      text: "Greece expelled two Turkish diplomats on 3 May 2030. Turkey condemned Greece the following day.",
      published: "2030-05-09",
      expected: ["SANCTION GRC TUR 2030-05-03", "CRITICISM TUR GRC 2030-05-04"],
    },
    {
      text: "Lithuania expelled a Russian diplomat on 12 June 2030. Two days later Russia expelled a Lithuanian diplomat.",
      published: "2030-06-20",
      expected: ["SANCTION LTU RUS 2030-06-12", "SANCTION RUS LTU 2030-06-14"],
    },
    // A date that modifies a noun is not a day of the story.
    {
      text: "Greece expelled two Turkish diplomats on 3 May 2030. Athens cited the 21 April 2030 incident. Turkey condemned Greece the following day.",
      published: "2030-05-09",
      expected: ["SANCTION GRC TUR 2030-05-03", "CRITICISM TUR GRC 2030-05-04"],
    },
    // With no day before it, "the following day" gives no date.
    {
      text: "Turkey condemned Greece the following day.",
      published: "2030-05-09",
      expected: ["CRITICISM TUR GRC null"],
    },
    // A day before, with no day of the story named, counts back from publication.
    {
      text: "Turkey condemned Greece the previous day.",
      published: "2030-05-09",
      expected: ["CRITICISM TUR GRC 2030-05-08"],
    },
    {
      text: "Two days earlier Turkey had condemned Greece.",
      published: "2030-05-09",
      expected: ["CRITICISM TUR GRC 2030-05-07"],
    },
  ]);
});

describe("a time after publication dates no act in a sentence that does not look ahead", () => {
  table([
    {
      text: "Vucic held talks with Putin and spoke in favour of closer trade in 2032.",
      published: "2031-12-30",
      expected: ["DIPLOMATIC_COOPERATION SRB RUS null"],
    },
    {
      text: "Norway expelled a Russian diplomat, whose term was to end in 2033.",
      published: "2031-12-30",
      expected: ["SANCTION NOR RUS null"],
    },
    // Looking ahead, it stands.
    {
      text: "Vucic will hold talks with Putin in January.",
      published: "2031-12-30",
      expected: ["DIPLOMATIC_COOPERATION SRB RUS 2032-01"],
    },
    // The start of a measure may lie ahead whatever the verb's tense.
    {
      text: "Lithuania imposed sanctions on Belarus starting on 2 January 2032.",
      published: "2031-12-30",
      expected: ["SANCTION LTU BLR 2032-01-02"],
    },
    {
      text: "Norway expelled a Russian diplomat, and the embassy closed its consulate in 2033.",
      published: "2031-12-30",
      expected: ["SANCTION NOR RUS null"],
    },
  ]);
});

describe("two times joined by 'and' date the act from the first", () => {
  table([
    {
      text: "On Wednesday and Thursday, Russian bombers flew joint patrols with Belarus.",
      published: "2031-03-14",
      expected: ["MILITARY_COOPERATION RUS BLR 2031-03-12"],
    },
    {
      text: "But Russia has shown its support for Minsk: on Wednesday and Thursday, Russian bombers flew joint patrols with Belarusian jets.",
      published: "2031-03-14",
      // "its support for Minsk" is Russia's support statement, dated by the same clause.
      expected: ["DIPLOMATIC_COOPERATION RUS BLR 2031-03-12", "MILITARY_COOPERATION RUS BLR 2031-03-12"],
    },
    {
      text: "In 2029 and 2030, Russia and Belarus held joint military exercises.",
      published: "2031-03-14",
      expected: ["MILITARY_COOPERATION RUS BLR 2029"],
    },
    {
      text: "Moscow says that in 2029 and 2030 Russia and Belarus held joint military exercises.",
      published: "2031-03-14",
      expected: ["MILITARY_COOPERATION RUS BLR 2029"],
    },
    // After the trigger too.
    {
      text: "Russia and Belarus held joint military exercises on Wednesday and Thursday.",
      published: "2031-03-14",
      expected: ["MILITARY_COOPERATION RUS BLR 2031-03-12"],
    },
    // A time with its own preposition after "and" belongs to a clause of its own.
    {
      text: "Russia annexed Crimea in 2014 and on Monday it expelled two Ukrainian diplomats.",
      published: "2031-03-14",
      expected: ["SANCTION RUS UKR 2031-03-10", "TERRITORIAL_SEIZURE RUS UKR 2014"],
    },
  ]);
});

describe("an act an anniversary marks is dated that many years back", () => {
  table([
    {
      text: "Vilnius marked on 11 March 2031, the tenth anniversary of the Belarusian annexation of Lithuanian land.",
      published: "2031-03-12",
      expected: ["TERRITORIAL_SEIZURE BLR LTU 2021-03-11"],
    },
    {
      text: "Protesters gathered for the second anniversary of Russia's invasion of Georgia.",
      published: "2031-03-12",
      expected: ["ARMED_CONFLICT RUS GEO 2029"],
    },
    // An anniversary congratulated on is no act an anniversary marks.
    {
      text: "On Monday Poland congratulated Lithuania on the 40th anniversary of its independence.",
      published: "2031-03-12",
      expected: ["DIPLOMATIC_COOPERATION POL LTU 2031-03-10"],
    },
  ]);
});

describe("a time inside a list of examples dates the example, not the act", () => {
  table([
    {
      text: "On Monday Norway signed a deal on defence cooperation with Estonia, including a drill in May 2030.",
      published: "2031-03-12",
      expected: ["MILITARY_COOPERATION NOR EST 2031-03-10"],
    },
    {
      text: "Norway signed a deal on defence cooperation with Estonia, including a drill in May 2030.",
      published: "2031-03-12",
      expected: ["MILITARY_COOPERATION NOR EST null"],
    },
    // A list closed by a comma and a preposition leaves the clause's own time to the act.
    {
      text: "Sweden has been sending humanitarian aid, including tents and blankets, to Moldova since Wednesday.",
      published: "2031-03-14",
      expected: ["AID SWE MDA 2031-03-12"],
    },
  ]);
});

describe("a time from which a measure applies may lie after publication", () => {
  table([
    {
      text: "Starting in September, Moscow is prohibiting the British embassy from hiring local staff.",
      published: "2030-07-30",
      expected: ["SANCTION RUS GBR 2030-09"],
    },
    {
      text: "Beginning on 1 May, Warsaw is barring Belarusian carriers from flying over its territory.",
      published: "2030-04-20",
      expected: ["SANCTION POL BLR 2030-05-01"],
    },
    // Not a start: a past act's month is the last one before publication.
    {
      text: "Moscow prohibited the British embassy from hiring local staff in September.",
      published: "2030-07-30",
      expected: ["SANCTION RUS GBR 2029-09"],
    },
  ]);
});
