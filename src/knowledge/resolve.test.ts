import { describe, expect, it } from "vitest";
import { loadKnowledge } from "./load.js";
import { codesFor, refsFor } from "./test-lookup.js";
import type { Office } from "./types.js";

const kb = loadKnowledge();

// [alias text, date, expected codes "CODE/ROLE" (a group lists every member)]
const ROWS: [string, string | null, string[]][] = [
  ["Vucic", "2019-11-21", ["SRB/LEADER"]],
  ["Vučić", "2019-11-21", ["SRB/LEADER"]],
  ["the Kremlin", "2019-11-21", ["RUS/GOV"]],
  ["Moscow", "2022", ["RUS/GOV"]],
  ["Brussels", "2020", ["EU/GOV"]],
  ["Washington", "2019", ["USA/GOV"]],
  ["Burma", "2021", ["MMR/-"]],
  ["Burmese", "2021", ["MMR/-"]],
  ["Naypyidaw", "2021", ["MMR/GOV"]],
  ["the Pentagon", "2019", ["USA/MIL"]],
  ["Bundeswehr", "2023", ["DEU/MIL"]],
  ["RT", "2017", ["RUS/MEDIA"]],
  ["Gazprom", "2009-01", ["RUS/BUSINESS"]],
  ["Wagner Group", "2023", ["RUS/MIL"]],
  ["Naftogaz", "2009", ["UKR/BUSINESS"]],
  ["Kiev", "2014", ["UKR/GOV"]],
  ["Kyiv", "2022", ["UKR/GOV"]],
  ["Chișinău", "2022", ["MDA/GOV"]],
  ["Türkiye", "2023", ["TUR/-"]],
  ["FYROM", "2015", ["MKD/-"]],
  ["Czechia", "2020", ["CZE/-"]],
  ["Byelorussia", "2000", ["BLR/-"]],
  ["Bosnian Serb", "2020", ["BIH/-"]],
  ["US", "2020", ["USA/-"]],
  ["U.S.", "2020", ["USA/-"]],
  ["NATO", "2020", ["NATO/-"]],
  ["U.N.", "2020", ["UN/-"]],
  ["Collective Security Treaty Organisation", "2020", ["CSTO/-"]],
  ["EEU", "2020", ["EAEU/-"]],
  // persons across tenures
  ["Putin", "2019", ["RUS/LEADER"]],
  ["Zelenskyy", "2023", ["UKR/LEADER"]],
  ["Lukashenka", "2021", ["BLR/LEADER"]],
  ["Erdogan", "2019", ["TUR/LEADER"]],
  ["Orban", "2019", ["HUN/LEADER"]],
  ["Saakashvili", "2016", ["GEO/LEADER"]],
  ["Tusk", "2016", ["EU/LEADER"]],
  ["Tusk", "2012", ["POL/LEADER"]],
  ["Tusk", "2024", ["POL/LEADER"]],
  ["Kallas", "2025", ["EU/LEADER"]],
  ["Kallas", "2022", ["EST/LEADER"]],
  ["Rutte", "2025", ["NATO/LEADER"]],
  ["Rutte", "2020", ["NLD/LEADER"]],
  ["von der Leyen", "2017", ["DEU/LEADER"]],
  ["von der Leyen", "2021", ["EU/LEADER"]],
  ["Stoltenberg", "2020", ["NATO/LEADER"]],
  ["Peskov", "2020", ["RUS/GOV"]],
  ["Navalny", "2020", ["RUS/OPPOSITION"]],
  ["Aliyev", "2001", ["AZE/LEADER", "AZE/LEADER"]],
  ["Mahmoud Abbas", "2022", ["PSE/LEADER"]],
  ["Arafat", "2001", ["PSE/LEADER"]],
  ["Palestinian National Authority", "2005", ["PSE/-"]],
  // leaders of states outside the region, named by surname in diplomatic texts
  ["Rouhani", "2015", ["IRN/LEADER"]],
  ["Ahmadinejad", "2008", ["IRN/LEADER"]],
  ["Khatami", "2001", ["IRN/LEADER"]],
  ["Raisi", "2023", ["IRN/LEADER"]],
  ["Mokhber", "2024-06", ["IRN/LEADER"]],
  ["Khamenei", "2020", ["IRN/LEADER"]],
  ["Zarif", "2019", ["IRN/LEADER"]],
  ["Karimov", "2005", ["UZB/LEADER"]],
  ["Mirziyoyev", "2010", ["UZB/LEADER"]],
  ["Mirziyoev", "2016-10", ["UZB/LEADER"]],
  ["Rakhmonov", "2003", ["TJK/LEADER"]],
  ["Emomali Rahmon", "2022", ["TJK/LEADER"]],
  ["Akaev", "2002", ["KGZ/LEADER"]],
  ["Akayev", "2002", ["KGZ/LEADER"]],
  ["Bakiyev", "2005-05", ["KGZ/LEADER"]],
  ["Otunbayeva", "2010-09", ["KGZ/LEADER"]],
  ["Atambayev", "2014", ["KGZ/LEADER"]],
  ["Jeenbekov", "2019", ["KGZ/LEADER"]],
  ["Zhaparov", "2023", ["KGZ/LEADER"]],
  ["Niyazov", "2004", ["TKM/LEADER"]],
  ["Berdymukhammedov", "2012", ["TKM/LEADER"]],
  ["Serdar Berdimuhamedov", "2023", ["TKM/LEADER"]],
  ["Assad", "2013", ["SYR/LEADER"]],
  ["Bashar al-Assad", "2018", ["SYR/LEADER"]],
  ["Hafez al-Assad", "1995", ["SYR/LEADER"]],
  ["al-Sharaa", "2025-05", ["SYR/LEADER"]],
  ["Muallem", "2016", ["SYR/LEADER"]],
  ["Saddam", "1999", ["IRQ/LEADER"]],
  ["Nouri al-Maliki", "2010", ["IRQ/LEADER"]],
  ["al-Abadi", "2016", ["IRQ/LEADER"]],
  ["Kadhimi", "2021", ["IRQ/LEADER"]],
  ["al-Sudani", "2023", ["IRQ/LEADER"]],
  ["Modi", "2019", ["IND/LEADER"]],
  ["Manmohan Singh", "2010", ["IND/LEADER"]],
  ["Vajpayee", "2002", ["IND/LEADER"]],
  ["Abdul Kalam", "2004", ["IND/LEADER"]],
  ["Jaishankar", "2022", ["IND/LEADER"]],
  ["Shinzo Abe", "2016", ["JPN/LEADER"]],
  ["Koizumi", "2004", ["JPN/LEADER"]],
  ["Kishida", "2023", ["JPN/LEADER"]],
  ["Netanyahu", "2018", ["ISR/LEADER"]],
  ["Ariel Sharon", "2003", ["ISR/LEADER"]],
  ["Olmert", "2006-02", ["ISR/LEADER"]],
  ["Peres", "2010", ["ISR/LEADER"]],
  ["Lula", "2005", ["BRA/LEADER"]],
  ["Lula da Silva", "2024", ["BRA/LEADER"]],
  ["Hugo Chávez", "2008", ["VEN/LEADER"]],
  ["Maduro", "2018", ["VEN/LEADER"]],
  ["Bolsonaro", "2020", ["BRA/LEADER"]],
  ["Mubarak", "2005", ["EGY/LEADER"]],
  ["el-Sisi", "2019", ["EGY/LEADER"]],
  ["Zuma", "2012", ["ZAF/LEADER"]],
  ["Ramaphosa", "2023", ["ZAF/LEADER"]],
  ["Mbeki", "2003", ["ZAF/LEADER"]],
  ["Kim Jong Un", "2019", ["PRK/LEADER"]],
  ["Moon Jae-in", "2018", ["KOR/LEADER"]],
  ["Roh Moo-hyun", "2005", ["KOR/LEADER"]],
  ["King Salman", "2017", ["SAU/LEADER"]],
  ["Mohammed bin Salman", "2023", ["SAU/LEADER"]],
  ["Emir Tamim", "2020", ["QAT/LEADER"]],
  ["Mohammed bin Zayed", "2023", ["ARE/LEADER"]],
  ["King Abdullah II", "2010", ["JOR/LEADER"]],
  ["Karzai", "2008", ["AFG/LEADER"]],
  ["Ashraf Ghani", "2018", ["AFG/LEADER"]],
  ["Musharraf", "2005", ["PAK/LEADER"]],
  ["Imran Khan", "2020", ["PAK/LEADER"]],
  ["Tayyip", "2019", ["TUR/LEADER"]],
  ["Conte", "2019", ["ITA/LEADER"]],
  ["Izetbegovic", "1995", ["BIH/LEADER", "BIH/LEADER"]],
  ["Alija Izetbegovic", "1997", ["BIH/LEADER"]],
  ["Havel", "1999", ["CZE/LEADER"]],
  ["Pahor", "2015", ["SVN/LEADER"]],
  ["Jansa", "2021", ["SVN/LEADER"]],
  ["Drnovsek", "2004", ["SVN/LEADER"]],
  ["Anastasiades", "2016", ["CYP/LEADER"]],
  ["Christodoulides", "2024", ["CYP/LEADER"]],
  ["Verhofstadt", "2003", ["BEL/LEADER"]],
  ["Olafur Ragnar Grimsson", "2005", ["ISL/LEADER"]],
  ["King Juan Carlos", "2005", ["ESP/LEADER"]],
  ["Ushakov", "2020", ["RUS/GOV"]],
  ["Astana process", "2018", ["KAZ/place"]],
  ["Alexei Miller", "2009", ["RUS/BUSINESS"]],
  ["State of Palestine", "2022", ["PSE/-"]],
  // groups
  ["the Baltic states", null, ["EST/-", "LVA/-", "LTU/-"]],
  ["Western Balkan six", null, ["ALB/-", "BIH/-", "XKX/-", "MNE/-", "MKD/-", "SRB/-"]],
  ["V4", null, ["POL/-", "CZE/-", "SVK/-", "HUN/-"]],
  ["South Caucasus", null, ["ARM/-", "AZE/-", "GEO/-"]],
  ["NATO allies", null, ["NATO/-"]],
  ["EU foreign ministers", null, ["EU/-"]],
  ["EU leaders", null, ["EU/LEADER"]],
  ["G7", null, ["USA/-", "CAN/-", "GBR/-", "FRA/-", "DEU/-", "ITA/-", "JPN/-"]],
  ["G-8", null, ["USA/-", "CAN/-", "GBR/-", "FRA/-", "DEU/-", "ITA/-", "JPN/-", "RUS/-"]],
  ["Visegrad four", null, ["POL/-", "CZE/-", "SVK/-", "HUN/-"]],
  // vague sets: nobody, unless a sentence names members (src/nlp/vague-groups.ts)
  ["the West", null, []],
  ["Western countries", null, []],
  ["the international community", null, []],
  ["European leaders", null, []],
  ["EU member states", null, ["EU/-"]],
  // places, weapons, offices
  ["Crimea", null, ["UKR/place"]],
  ["Donetsk", null, ["UKR/place"]],
  ["Republika Srpska", null, ["BIH/place"]],
  // separatist entities: places of their state, never partners
  ["Transnistria", null, ["MDA/separatist"]],
  ["Tskhinvali", null, ["GEO/separatist"]],
  ["Abkhazia", null, ["GEO/separatist"]],
  ["Donetsk People's Republic", null, ["UKR/separatist"]],
  ["DPR", null, ["UKR/separatist"]],
  ["Lugansk People's Republic", null, ["UKR/separatist"]],
  ["Pridnestrovian Moldavian Republic", null, ["MDA/separatist"]],
  ["Artsakh", null, ["AZE/separatist"]],
  // non-state actors: no state at all
  ["separatists", null, ["-/nonstate"]],
  ["rebels", null, ["-/nonstate"]],
  ["militias", null, ["-/nonstate"]],
  ["protesters", null, ["-/nonstate"]],
  ["YPG", null, ["-/nonstate"]],
  ["Syrian Democratic Forces", null, ["-/nonstate"]],
  ["LDPR", null, ["-/nonstate"]],
  // a party acts for its state while it heads the government, not in opposition
  ["United Russia", null, ["RUS/GOV"]],
  ["Georgian Dream", "2010", ["-/nonstate"]],
  ["Georgian Dream", "2020", ["GEO/GOV"]],
  ["United National Movement", "2008-08", ["GEO/GOV"]],
  ["United National Movement", "2012-10-25", ["-/nonstate"]],
  ["Law and Justice", "2016", ["POL/GOV"]],
  ["Law and Justice", "2024", ["-/nonstate"]],
  ["Alternative for Germany", null, ["-/nonstate"]],
  ["Tsikhanouskaya", "2021", ["BLR/OPPOSITION"]],
  ["Suwalki Gap", null, ["POL/place"]],
  ["S-400", null, ["RUS/weapon"]],
  ["Bayraktar TB2", null, ["TUR/weapon"]],
  ["Shahed-136", null, ["IRN/weapon"]],
  ["FK-3", null, ["CHN/weapon"]],
  ["troops", null, ["-/MIL"]],
  ["Foreign Minister", null, ["-/LEADER"]],
];

describe("alias resolution", () => {
  it.each(ROWS)("%s at %s -> %j", (text, date, expected) => {
    const refs = refsFor(kb, text);
    expect(refs.length, `no alias "${text}"`).toBeGreaterThan(0);
    expect(refs.flatMap((r) => codesFor(kb, r, date))).toEqual(expected);
  });

  it.each([
    ["turkey"],
    ["us"],
    ["the bloc"],
    ["the alliance"],
    ["the west"],
    ["Western"],
    ["allies"],
    ["member states"],
    ["Serb"],
    ["the Commission"],
    ["may"],
    ["brown"],
    ["johnson"],
    ["abe"],
    ["salman"],
    ["abdullah"],
    ["sharon"],
    ["king abdullah"],
    ["maliki"],
    ["modi"],
    ["suga"],
    ["kim"],
    ["singh"],
    ["khan"],
  ])("has no alias %j", (text) => {
    const refs = kb.aliases.filter(
      (a) => a.text === text || (!a.caseSensitive && a.text.toLowerCase() === text),
    );
    expect(refs).toEqual([]);
  });
});

// [state, office, date, expected holder name (null: nobody in the data)]
const HOLDERS: [string, Office, string | null, string | null][] = [
  ["RUS", "head_of_state", "2010", "Dmitry Medvedev"],
  ["RUS", "head_of_state", "2019", "Vladimir Putin"],
  ["RUS", "head_of_state", "2008", "Dmitry Medvedev"],
  ["RUS", "head_of_state", "2008-05-06", "Vladimir Putin"],
  ["RUS", "head_of_state", "2008-05-07", "Dmitry Medvedev"],
  ["RUS", "head_of_government", "2010", "Vladimir Putin"],
  ["RUS", "defence_minister", "2020", "Sergei Shoigu"],
  ["RUS", "defence_minister", null, "Andrei Belousov"],
  ["UKR", "head_of_state", "2014-03", "Oleksandr Turchynov"],
  ["UKR", "head_of_state", "2014", "Petro Poroshenko"],
  ["UKR", "head_of_state", "2014-02-21", "Viktor Yanukovych"],
  ["UKR", "head_of_state", "2019-05", "Volodymyr Zelensky"],
  ["USA", "head_of_state", "2018", "Donald Trump"],
  ["USA", "head_of_state", "2022", "Joe Biden"],
  ["USA", "head_of_government", "2010", "Barack Obama"],
  ["USA", "foreign_minister", "2014", "John Kerry"],
  ["GBR", "head_of_government", "2016", "Theresa May"],
  ["SRB", "head_of_state", "2019-11-21", "Aleksandar Vučić"],
  ["SRB", "head_of_government", "2019", "Ana Brnabić"],
  ["TUR", "head_of_government", "2020", "Recep Tayyip Erdoğan"],
  ["MKD", "head_of_government", "2019", "Zoran Zaev"],
  ["BIH", "head_of_state", "2019-01", "Milorad Dodik"],
  ["EU", "foreign_minister", "2016", "Federica Mogherini"],
  ["EU", "head_of_government", "2020", "Ursula von der Leyen"],
  ["NATO", "head_of_government", "2016", "Jens Stoltenberg"],
  ["DEU", "head_of_government", "2015", "Angela Merkel"],
  ["FRA", "head_of_state", "2017", "Emmanuel Macron"],
  ["POL", "head_of_state", "2010", "Bronisław Komorowski"],
  ["GEO", "head_of_state", "2008-08", "Mikheil Saakashvili"],
  ["RUS", "head_of_state", "1980", null],
];

describe("office holders", () => {
  it.each(HOLDERS)("%s %s at %s -> %s", (state, office, date, name) => {
    expect(kb.holder(state, office, date)?.name ?? null).toBe(name);
  });

  it("rejects malformed dates", () => {
    expect(() => kb.holder("RUS", "head_of_state", "May 2019")).toThrow(/bad date: May 2019/u);
  });

  it("throws on unknown persons", () => {
    expect(() => kb.resolvePerson("nobody", null)).toThrow(/unknown person: nobody/u);
  });
});

describe("memberships at a date", () => {
  const kinds = (code: string, org: string, date: string) =>
    kb
      .membershipsAt(code, date)
      .filter((m) => m.org === org)
      .map((m) => m.kind);
  it.each([
    ["UKR", "EU", "2022-03", ["applicant"]],
    ["UKR", "EU", "2023", ["candidate"]],
    ["UKR", "EU", "2021", []],
    ["MDA", "EU", "2022-06-23", ["candidate"]],
    ["GEO", "EU", "2024", ["candidate", "frozen"]],
    ["GBR", "EU", "2019", ["member"]],
    ["GBR", "EU", "2020-02", []],
    ["FIN", "NATO", "2023-04-04", ["member"]],
    ["SWE", "NATO", "2023", ["applicant"]],
    ["MNE", "NATO", "2017-06-05", ["member"]],
    ["MKD", "NATO", "2020-03-26", ["map"]],
    ["MKD", "NATO", "2020-03-27", ["member"]],
    ["RUS", "COE", "2022-03-16", []],
    ["RUS", "COE", "2021", ["member"]],
    ["ARM", "CSTO", "2025", ["member", "frozen"]],
    ["RUS", "CSTO", "1995", ["member"]],
    ["GBR", "EU", "2020-01-31", ["member"]],
  ] as const)("%s in %s at %s: %j", (code, org, date, expected) => {
    expect(kinds(code, org, date)).toEqual(expected);
  });
});
