// Deterministic generator of varied news-like articles (~600 words) for benchmarks.
// Each article mixes event sentences, background, quotes and scraped-page boilerplate
// drawn from pools by a seeded PRNG, so no two articles repeat and runs are reproducible.

/** Mulberry32: small, fast, seeded. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATES = [
  ["Russia", "Moscow", "the Kremlin", "Russian"],
  ["Serbia", "Belgrade", "Vucic", "Serbian"],
  ["Ukraine", "Kyiv", "Zelensky", "Ukrainian"],
  ["Hungary", "Budapest", "Orban", "Hungarian"],
  ["Poland", "Warsaw", "Duda", "Polish"],
  ["Georgia", "Tbilisi", "the Georgian government", "Georgian"],
  ["Moldova", "Chisinau", "Sandu", "Moldovan"],
  ["Turkey", "Ankara", "Erdogan", "Turkish"],
  ["Belarus", "Minsk", "Lukashenko", "Belarusian"],
  ["Lithuania", "Vilnius", "the Lithuanian government", "Lithuanian"],
  ["Estonia", "Tallinn", "the Estonian government", "Estonian"],
  ["Germany", "Berlin", "Scholz", "German"],
  ["France", "Paris", "Macron", "French"],
  ["the United States", "Washington", "the White House", "American"],
  ["China", "Beijing", "Xi Jinping", "Chinese"],
  ["Armenia", "Yerevan", "Pashinyan", "Armenian"],
  ["Azerbaijan", "Baku", "Aliyev", "Azerbaijani"],
  ["Bulgaria", "Sofia", "the Bulgarian government", "Bulgarian"],
  ["Romania", "Bucharest", "the Romanian government", "Romanian"],
  ["Kazakhstan", "Astana", "Tokayev", "Kazakh"],
];
const WEAPONS = [
  "S-400",
  "Pantsir-S",
  "MiG-29 jets",
  "Bayraktar TB2 drones",
  "HIMARS",
  "Leopard 2 tanks",
  "T-72 tanks",
  "Kornet missiles",
  "Patriot batteries",
  "FK-3 systems",
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const EVENT_TEMPLATES = [
  (a, b, w, d) => `${a[0]} delivered ${w} to ${b[0]} in ${d}, officials confirmed.`,
  (a, b, _w, d) =>
    `${a[1]} would impose sanctions on ${b[0]} should it go ahead with the purchase, ${a[2]} warned in ${d}.`,
  (a, b) => `${a[2]} strengthened ties with the government in ${b[1]} during a two-day visit.`,
  (a, b, _w, d) => `${a[0]} expelled four ${b[3]} diplomats in ${d} over what it called hostile activity.`,
  (a, b) => `${a[0]} accused ${b[1]} of spreading disinformation ahead of the vote.`,
  (a, b, _w, d) => `${a[0]} cut gas supplies to ${b[0]} on 1 ${d}, citing unpaid bills.`,
  (a, b) =>
    `${a[3]} hackers launched a cyber attack against ${b[3]} government websites, investigators said.`,
  (a, b, _w, d) => `${a[0]} massed troops near the ${b[3]} border in ${d}.`,
  (a, b) => `${a[0]} blocked the opening of ${b[0]}'s accession talks with the European Union.`,
  (a, b, _w, d) => `${a[0]} and ${b[0]} signed a gas deal worth billions in ${d}.`,
  (a, b) => `${a[1]} will not impose sanctions on ${b[1]}, the foreign minister said.`,
  (a, b) => `${a[0]} held joint drills with ${b[0]} in the spring.`,
  (a, b) => `The EU pledged humanitarian aid to ${b[0]} after the floods, while ${a[1]} stayed silent.`,
  (a, b) => `${a[0]} condemned ${b[0]} for the arrests of opposition leaders.`,
];
const BACKGROUND = [
  "Analysts said the region had become a contest of influence in which every decision was read in several capitals at once.",
  "The move was the latest in a long series of steps that diplomats described as testing the patience of partners on both sides.",
  "Officials familiar with the talks, who spoke on condition of anonymity, said no final decision had been taken and that further meetings were planned.",
  "Opposition politicians criticised the government for failing to explain the costs, and several newspapers questioned the timing.",
  "Trade between the two countries has grown steadily over the past decade, although it remains small compared with the wider region.",
  "The ministry did not respond to a request for comment on Tuesday, and a spokesman declined to discuss details of the arrangement.",
  "Public opinion polls suggest voters remain divided on the question, with younger people more likely to favour closer ties with the West.",
  "The decision comes weeks before an election in which foreign policy is expected to play an unusually large role.",
  "Security experts cautioned that the consequences could take years to become clear and urged governments to coordinate their response.",
  "Local media reported long queues at border crossings as residents worried about prices and the supply of fuel over the winter.",
];
const QUOTES = [
  '"We will not be lectured by anyone about our own choices," the minister told reporters.',
  '"This is a matter of principle for our whole alliance," a senior diplomat said.',
  '"Nobody wants a return to the old divisions, but we have to be realistic," the president said in a televised address.',
];
const BOILER = [
  "Related articles\n\n  • Five things to know about the gas dispute\n  • Minister resigns after row over arms deal",
  "READ MORE: The new map of influence in the Balkans",
  "Share this article\nFollow us on Telegram",
  "Photo: Reuters",
  "Advertisement",
  "We use cookies to improve your experience. By continuing to browse you accept our cookie policy.",
];

export function generateArticle(index) {
  const rnd = prng(index * 7919 + 17);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const year = 2008 + Math.floor(rnd() * 18);
  const paragraphs = [];
  let words = 0;
  const a0 = pick(STATES);
  paragraphs.push(
    `${a0[0]} and its neighbours: ${pick(["a new chill", "talks stall", "old rivals", "a deal is struck", "tension rises"])} in ${year}`,
  );
  while (words < 600) {
    const r = rnd();
    let text;
    if (r < 0.45) {
      const a = pick(STATES);
      let b = pick(STATES);
      if (b === a) b = STATES[(STATES.indexOf(a) + 1) % STATES.length];
      const sentences = [
        pick(EVENT_TEMPLATES)(a, b, pick(WEAPONS), `${pick(MONTHS)} ${year}`),
        pick(BACKGROUND),
      ];
      text = sentences.join(" ");
    } else if (r < 0.8) text = `${pick(BACKGROUND)} ${pick(BACKGROUND)}`;
    else if (r < 0.9) text = pick(QUOTES);
    else text = pick(BOILER);
    paragraphs.push(text);
    words += text.split(/\s+/).length;
  }
  return paragraphs.join("\n\n") + "\n";
}

/** A generated article as the raw document the pipeline reads (fixed dates: runs are comparable). */
export function rawArticle(i, bytes) {
  return {
    kind: "RawDocument",
    source: `bench-${i}.txt`,
    bytes,
    contentType: "text/plain",
    fetchedAt: "2026-01-01T00:00:00Z",
    published: "2024-06-15",
  };
}
