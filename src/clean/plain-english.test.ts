import { readdirSync, readFileSync } from "node:fs";
import { eld } from "eld/medium";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "./clean.js";
import { isPlainEnglish } from "./plain-english.js";

const ROOT = new URL("../../", import.meta.url);
const CORPORA = ["test/corpus", "test/corpus-dev", "test/corpus-heldout", "test/corpus-real", "data/sample"];

/** The main text of every corpus document, as `extract` hands it to language identification. */
function corpusTexts(): { name: string; text: string }[] {
  if (cached) return cached;
  const out: { name: string; text: string }[] = [];
  for (const dir of CORPORA) {
    for (const name of readdirSync(new URL(`${dir}/`, ROOT))) {
      if (!/\.(?:txt|html)$/.test(name)) continue;
      const bytes = readFileSync(new URL(`${dir}/${name}`, ROOT));
      const doc = cleanDocument({
        kind: "RawDocument",
        source: name,
        bytes,
        contentType: null,
        fetchedAt: "2020-01-01T00:00:00Z",
        published: null,
      });
      out.push({ name: `${dir}/${name}`, text: doc.mainText });
    }
  }
  cached = out;
  return out;
}
let cached: { name: string; text: string }[] | null = null;

/** The same news item written in fifteen other languages, each 30 words or more (ms: Indonesian, which eld calls Malay). */
const OTHER_LANGUAGES: Record<string, string> = {
  nl: "De regering in Den Haag heeft op dinsdag besloten om twee Russische diplomaten het land uit te zetten. Volgens de minister van Buitenlandse Zaken waren zij betrokken bij spionage tegen de haven van Rotterdam en bij pogingen om informatie over de marine te verzamelen.",
  de: "Die Bundesregierung hat am Dienstag zwei russische Diplomaten ausgewiesen. Nach Angaben des Auswärtigen Amtes waren sie an Spionage gegen den Hafen von Hamburg beteiligt und hatten versucht, Informationen über die Marine und die Energieversorgung zu sammeln.",
  fr: "Le gouvernement a annoncé mardi l'expulsion de deux diplomates russes. Selon le ministère des Affaires étrangères, ils étaient impliqués dans des activités d'espionnage visant le port de Marseille et avaient tenté de recueillir des informations sur la marine nationale.",
  es: "El gobierno anunció el martes la expulsión de dos diplomáticos rusos. Según el Ministerio de Asuntos Exteriores, estaban implicados en actividades de espionaje contra el puerto de Valencia y habían intentado reunir información sobre la armada y el suministro de energía.",
  it: "Il governo ha annunciato martedì l'espulsione di due diplomatici russi. Secondo il ministero degli Esteri, erano coinvolti in attività di spionaggio contro il porto di Genova e avevano cercato di raccogliere informazioni sulla marina e sulle forniture di energia.",
  pt: "O governo anunciou na terça-feira a expulsão de dois diplomatas russos. Segundo o Ministério dos Negócios Estrangeiros, estavam envolvidos em atividades de espionagem contra o porto de Lisboa e tentaram recolher informações sobre a marinha e o abastecimento de energia.",
  ro: "Guvernul a anunțat marți expulzarea a doi diplomați ruși. Potrivit Ministerului Afacerilor Externe, aceștia au fost implicați în activități de spionaj împotriva portului Constanța și au încercat să adune informații despre marina militară și despre aprovizionarea cu energie.",
  pl: "Rząd ogłosił we wtorek wydalenie dwóch rosyjskich dyplomatów. Według Ministerstwa Spraw Zagranicznych byli oni zaangażowani w działalność szpiegowską wymierzoną w port w Gdańsku i próbowali zbierać informacje o marynarce wojennej oraz o dostawach energii.",
  cs: "Vláda v úterý oznámila vyhoštění dvou ruských diplomatů. Podle ministerstva zahraničí se podíleli na špionáži zaměřené na muniční sklady ve Vrběticích a snažili se shromažďovat informace o armádě a o dodávkách energie do celé země.",
  ms: "Pemerintah pada hari Selasa mengumumkan pengusiran dua diplomat Rusia. Menurut Kementerian Luar Negeri, mereka terlibat dalam kegiatan mata-mata terhadap pelabuhan di Surabaya dan berusaha mengumpulkan informasi tentang angkatan laut dan pasokan energi di seluruh negeri.",
  tl: "Inanunsyo ng pamahalaan noong Martes ang pagpapaalis sa dalawang diplomatikong Ruso. Ayon sa Kagawaran ng Ugnayang Panlabas, sangkot sila sa paniniktik laban sa daungan ng Maynila at sinubukan nilang mangalap ng impormasyon tungkol sa hukbong-dagat at sa suplay ng enerhiya.",
  sv: "Regeringen meddelade på tisdagen att två ryska diplomater utvisas. Enligt utrikesdepartementet var de inblandade i spionage mot hamnen i Göteborg och hade försökt samla in uppgifter om marinen och om energiförsörjningen i landet under flera år.",
  da: "Regeringen meddelte tirsdag, at to russiske diplomater bliver udvist. Ifølge Udenrigsministeriet var de involveret i spionage mod havnen i Aarhus og havde forsøgt at indsamle oplysninger om flåden og om energiforsyningen i landet gennem flere år.",
  tr: "Hükümet salı günü iki Rus diplomatın sınır dışı edildiğini açıkladı. Dışişleri Bakanlığına göre bu kişiler İzmir limanına yönelik casusluk faaliyetlerine karışmış ve deniz kuvvetleri ile enerji arzı hakkında bilgi toplamaya çalışmışlardı, bakanlık sözcüsü dün akşam söyledi.",
  hu: "A kormány kedden bejelentette két orosz diplomata kiutasítását. A Külügyminisztérium szerint részt vettek a debreceni repülőtér elleni kémkedésben, és megpróbáltak információkat gyűjteni a hadseregről és az ország energiaellátásáról az elmúlt években, közölte a szóvivő.",
};

describe("isPlainEnglish", () => {
  it("accepts only openings eld calls English, in every corpus document cut at every 20th word", () => {
    let accepted = 0;
    let cuts = 0;
    const wrong: string[] = [];
    for (const { name, text } of corpusTexts()) {
      const starts = [0, ...[...text.matchAll(/\s+/g)].map((m) => m.index + m[0].length)];
      for (let w = 0; w < starts.length; w += 20) {
        const opening = text.slice(starts[w], starts[w]! + 1000);
        cuts++;
        if (!isPlainEnglish(opening)) continue;
        accepted++;
        const language = eld.detect(opening).language;
        if (language !== "en") wrong.push(`${name} from word ${w}: eld says ${language}`);
      }
    }
    expect(wrong).toEqual([]);
    // Most openings are decided here: what makes `extract` of an English article skip eld.
    expect(accepted).toBeGreaterThan(0.8 * cuts);
  });

  it("decides most whole corpus documents", () => {
    const texts = corpusTexts();
    expect(texts.filter((t) => isPlainEnglish(t.text)).length).toBeGreaterThan(0.9 * texts.length);
  });

  it.each(Object.entries(OTHER_LANGUAGES))("refuses a news item in %s", (language, text) => {
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(30);
    expect(eld.detect(text).language).toBe(language);
    expect(isPlainEnglish(text)).toBe(false);
  });

  it("refuses English too short to be sure of, and names without English around them", () => {
    expect(isPlainEnglish("Russia expelled two Polish diplomats on Monday, the ministry said.")).toBe(false);
    const names =
      "Vladimir Putin, Sergei Lavrov, Dmitry Peskov, Sergei Shoigu, Valery Gerasimov, Nikolai Patrushev, " +
      "Alexander Lukashenko, Aleksandar Vucic, Viktor Orban, Recep Tayyip Erdogan, Ilham Aliyev, Nikol " +
      "Pashinyan, Kassym-Jomart Tokayev, Volodymyr Zelensky, Andrzej Duda, Maia Sandu, Irakli Kobakhidze.";
    expect(isPlainEnglish(names)).toBe(false);
  });
});
