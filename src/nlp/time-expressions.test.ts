import { describe, expect, test } from "vitest";
import { splitSentences } from "./sentences.js";
import { findTimeExpressions } from "./time-expressions.js";

/** Every time expression of a one-sentence text as "text=date", against a publication date. */
function timesOf(text: string, published: string | null): string[] {
  const [s] = splitSentences(text);
  return findTimeExpressions(text.slice(s!.start, s!.end), s!.start, s!.tokens, published).map(
    (t) => `${t.text}=${t.date}`,
  );
}

interface Row {
  readonly text: string;
  readonly published: string;
  readonly expected: readonly string[];
}

const table = (rows: readonly Row[]) =>
  test.each(rows)("$text ($published)", ({ text, published, expected }) => {
    expect(timesOf(text, published)).toEqual(expected);
  });

describe("a year that names something is no time", () => {
  table([
    { text: "Kazakhstan will host Expo 2029 in its capital.", published: "2027-03-02", expected: [] },
    {
      text: "The kingdom presented Vision 2040 to foreign investors.",
      published: "2031-05-11",
      expected: [],
    },
    {
      text: "Poland and Hungary clashed over Agenda 2030 in May 2021.",
      published: "2021-06-01",
      expected: ["May 2021=2021-05"],
    },
    // Not names: a preposition, a determiner, a month.
    { text: "In 2012 Moldova signed the agreement.", published: "2020-01-01", expected: ["2012=2012"] },
    { text: "The 2011 accord is still in force.", published: "2020-01-01", expected: ["2011=2011"] },
  ]);
});

describe("the end of a span is no time of an act", () => {
  table([
    {
      text: "Last year Rosatom agreed to run the reactor until 2041.",
      published: "2024-02-08",
      expected: ["Last year=2023"],
    },
    {
      text: "The ministry extended the ban through to 2033 on Monday.",
      published: "2029-09-12",
      expected: ["on Monday=2029-09-10"],
    },
    {
      text: "Parliament froze the talks till March 2030.",
      published: "2027-11-20",
      expected: [],
    },
    { text: "Skopje hopes to join the bloc by 2035.", published: "2027-11-20", expected: [] },
    {
      text: "The grid will be synchronised by the end of 2032.",
      published: "2027-11-20",
      expected: [],
    },
    {
      text: "Transit through Belarus stops after January 1, the ministry said on Monday.",
      published: "2029-09-12",
      expected: ["on Monday=2029-09-10"],
    },
    { text: "Moscow had annexed the region before 2014.", published: "2029-09-12", expected: [] },
    // "since" opens a span at the act's time: it stays.
    {
      text: "Kyiv has received drones from Ankara since 2018.",
      published: "2022-03-01",
      expected: ["2018=2018"],
    },
  ]);
});

describe("a month, day or weekday without a year is read the way its verb looks", () => {
  table([
    // Back: the last such month or day on or before publication.
    { text: "The two presidents met in November.", published: "2030-02-03", expected: ["November=2029-11"] },
    {
      text: "Minsk recalled its envoy on 28 December.",
      published: "2030-02-03",
      expected: ["on 28 December=2029-12-28"],
    },
    {
      text: "On Thursday Riga expelled a Russian diplomat.",
      published: "2025-03-04",
      expected: ["On Thursday=2025-02-27"],
    },
    {
      text: "In a speech aired on Saturday, the minister warned that Baku would respond.",
      published: "2025-03-04",
      expected: ["on Saturday,=2025-03-01"],
    },
    // Ahead: the first on or after publication.
    {
      text: "The foreign ministers will meet in January.",
      published: "2030-11-03",
      expected: ["January=2031-01"],
    },
    {
      text: "Ankara plans to open the consulate on Thursday.",
      published: "2025-03-04",
      expected: ["on Thursday=2025-03-06"],
    },
    // The present: the nearer one.
    {
      text: "Armenia marks its independence on 21 September.",
      published: "2031-09-19",
      expected: ["on 21 September=2031-09-21"],
    },
    {
      text: "Armenia marks its independence on 21 September.",
      published: "2031-01-10",
      expected: ["on 21 September=2030-09-21"],
    },
    // A day within a week of publication is that day, whichever way the verb looks.
    {
      text: "Moscow halted all flights to Tbilisi starting on 12 March.",
      published: "2031-03-10",
      expected: ["on 12 March=2031-03-12"],
    },
    {
      text: "The ministers will meet in Riga on 8 March.",
      published: "2031-03-10",
      expected: ["on 8 March=2031-03-08"],
    },
    {
      text: "Moscow halted all flights to Tbilisi on 20 March.",
      published: "2031-03-10",
      expected: ["on 20 March=2030-03-20"],
    },
    // "was due to" looks ahead from the past; a verb after ", and" is the next clause's.
    {
      text: "He was due to meet the EU envoys in Brussels in October, and intended to discuss transport.",
      published: "2031-09-07",
      expected: ["October,=2031-10"],
    },
    // A time something is scheduled (planned, postponed) for lies ahead.
    {
      text: "They prepared the Russia-EU summit, scheduled for November 11, in detail.",
      published: "2032-11-01",
      expected: ["November 11=2032-11-11"],
    },
    {
      text: "They discussed the visit, planned for 14 March, at length.",
      published: "2032-11-01",
      expected: ["14 March=2033-03-14"],
    },
    // The lemmatizer reads "slated" as "slat": the participle's form names the verb.
    {
      text: "The envoys reviewed the talks, slated for 9 February, in Oslo.",
      published: "2032-11-01",
      expected: ["9 February=2033-02-09"],
    },
    // => past: "slated" with no "for" sets no time ("the plan was slated by critics in May").
    {
      text: "The plan was slated by critics in May.",
      published: "2032-11-01",
      expected: ["May=2032-05"],
    },
    {
      text: "The envoys met in Brussels in October, and will report to the ministers.",
      published: "2031-09-07",
      expected: ["October,=2030-10"],
    },
    // The verb near the time decides, not a "will" elsewhere in the sentence.
    {
      text: "Vilnius, which closed the crossing on Friday, will review the decision.",
      published: "2025-03-04",
      expected: ["on Friday,=2025-02-28"],
    },
  ]);
});

describe("a month that is also a word is a month after a word that introduces a time", () => {
  table([
    { text: "Tbilisi recalled its envoy in March.", published: "2031-06-01", expected: ["March=2031-03"] },
    { text: "The talks resumed in mid-March.", published: "2031-06-01", expected: ["March=2031-03"] },
    { text: "Kyiv may ask for more shells.", published: "2031-06-01", expected: [] },
    // chrono reads no month in these: May after "last", "early", "mid", "late".
    { text: "Chisinau applied last May.", published: "2031-03-01", expected: ["last May=2030-05"] },
    { text: "The two leaders met in early May.", published: "2031-06-01", expected: ["early May=2031-05"] },
    { text: "The summit will be held in mid-May.", published: "2031-03-01", expected: ["mid-May=2031-05"] },
    { text: "Protesters march on the embassy every week.", published: "2031-06-01", expected: [] },
  ]);
});

describe("two parts chrono reads apart are one expression", () => {
  table([
    {
      text: "Two years ago today, Baku and Yerevan signed the treaty.",
      published: "2033-04-09",
      expected: ["Two years ago today=2031-04-09"],
    },
    {
      text: "Sweden filed its application in October last year.",
      published: "2033-04-09",
      expected: ["October last year=2032-10"],
    },
    {
      text: "This year, in February, Vienna expelled two attachés.",
      published: "2033-04-09",
      expected: ["This year, in February,=2033-02"],
    },
  ]);
});

describe("a week is as precise as its month, a part of the day is the day", () => {
  table([
    {
      text: "Oslo summoned the chargé d'affaires last week.",
      published: "2033-05-03",
      expected: ["last week=2033-04"],
    },
    {
      text: "The Council is to decide later this week.",
      published: "2033-05-03",
      expected: ["this week=2033-05"],
    },
    {
      text: "The two ministers spoke this morning.",
      published: "2033-05-03",
      expected: ["this morning=2033-05-03"],
    },
  ]);
});

describe("a date chrono misreads or skips", () => {
  table([
    // "earlier in the month" is the publication's month, "later in the year" its year.
    {
      text: "Canada sanctioned Belarus earlier in the month over the forced landing.",
      published: "2033-05-20",
      expected: ["earlier in the month=2033-05"],
    },
    {
      text: "The two leaders will meet later in the year.",
      published: "2033-05-20",
      expected: ["later in the year=2033"],
    },
    { text: "Two weeks later in the talks the mood changed.", published: "2033-05-20", expected: [] },
    // "earlier in the day" (or "on the day") is the publication day.
    {
      text: "The president had met the Georgian leader earlier in the day.",
      published: "2033-05-20",
      expected: ["earlier in the day=2033-05-20"],
    },
    {
      text: "He praised the talks he had held earlier on the day with the Armenian prime minister.",
      published: "2033-05-20",
      expected: ["earlier on the day=2033-05-20"],
    },
    // "overnight" is the night that ends on the publication day.
    {
      text: "Berlin condemned the strike in a statement released overnight.",
      published: "2033-05-20",
      expected: ["overnight=2033-05-20"],
    },
    // chrono reads "night of 24 October" as tonight.
    {
      text: "On the night of 24 October drones struck the port.",
      published: "2032-11-02",
      expected: ["24 October=2032-10-24"],
    },
    {
      text: "In the early hours of 3 June the border was closed.",
      published: "2032-11-02",
      expected: ["3 June=2032-06-03"],
    },
    // A range of years starts in its first.
    { text: "The embargo of 2027-2029 was lifted.", published: "2032-11-02", expected: ["2027-2029=2027"] },
    { text: "In 2028-29, Minsk bought four jets.", published: "2032-11-02", expected: ["2028-29=2028"] },
  ]);
});

describe("a length of time is no time", () => {
  table([
    {
      text: "Baku pledged in May to double exports within five years.",
      published: "2032-11-02",
      expected: ["May=2032-05"],
    },
    { text: "Minsk has hosted the troops for two years.", published: "2032-11-02", expected: [] },
    { text: "Trade with China will grow over the next five years.", published: "2032-11-02", expected: [] },
    { text: "Exports fell in the past three months.", published: "2032-11-02", expected: [] },
    // A point in time counted from publication stays.
    {
      text: "The two ministers met two weeks ago.",
      published: "2032-11-02",
      expected: ["two weeks ago=2032-10-19"],
    },
  ]);
});

describe("days of one month are the month", () => {
  table([
    {
      text: "The envoy will travel to Vilnius, Riga and Tallinn June 14 to 19.",
      published: "2030-06-10",
      expected: ["June 14 to 19=2030-06"],
    },
    {
      text: "The minister will visit Chisinau from March 3 to 5.",
      published: "2030-02-20",
      expected: ["March 3 to 5=2030-03"],
    },
    // Negative rows: one day keeps its day; a range across months keeps its first day.
    {
      text: "The minister will visit Chisinau on March 3.",
      published: "2030-02-20",
      expected: ["March 3=2030-03-03"],
    },
    {
      text: "The minister will visit Chisinau from March 30 to April 2.",
      published: "2030-02-20",
      expected: ["March 30 to April 2=2030-03-30"],
    },
    // A hyphen without spaces before the second month is read as the range's dash.
    {
      text: "The envoy will travel to Riga and Vilnius, May 31-June 8.",
      published: "2030-05-20",
      expected: ["May 31-June 8=2030-05-31"],
    },
  ]);
});

describe("a season is its year, read against the publication", () => {
  table([
    { text: "Putin visited Rome last autumn.", published: "2019-04-30", expected: ["last autumn=2018"] },
    { text: "Putin visited Rome last spring.", published: "2019-04-30", expected: ["last spring=2018"] },
    { text: "Putin visited Rome last spring.", published: "2019-07-02", expected: ["last spring=2019"] },
    { text: "Putin will visit Rome next spring.", published: "2019-04-30", expected: ["next spring=2020"] },
    { text: "Putin will visit Rome next autumn.", published: "2019-04-30", expected: ["next autumn=2019"] },
    { text: "Putin visited Rome this spring.", published: "2019-04-30", expected: ["this spring=2019"] },
    // Bare "in the autumn" looks the way its verb does.
    {
      text: "The plant was launched in the autumn during your meeting.",
      published: "2019-04-30",
      expected: ["in the autumn=2018"],
    },
    { text: "The plant will open in the autumn.", published: "2019-04-30", expected: ["in the autumn=2019"] },
    // A season with its year is the year; winter spans two years; "the fall of" a city is no season.
    {
      text: "Putin visited Rome in the spring of 2017.",
      published: "2019-04-30",
      expected: ["2017=2017"],
    },
    { text: "Putin visited Rome last winter.", published: "2019-04-30", expected: [] },
    { text: "The fall of Kabul shocked Europe.", published: "2021-09-01", expected: [] },
  ]);
});
