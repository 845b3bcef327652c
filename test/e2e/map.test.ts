// The web map driven in real Chromium (Debian's, installed by .ci/run) against `curtain serve`.
import { AxeBuilder } from "@axe-core/playwright";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { basename } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGION } from "../../web/src/region.js";
import { REAL_ARTICLE, startServer, WRITTEN_ARTICLE } from "./serve-fixture.js";

const CHROMIUM = "/usr/bin/chromium";

describe.skipIf(!existsSync(CHROMIUM))("the web map in Chromium", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    page.on("request", (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith("data:") && !r.url().startsWith("blob:"))
        outside.push(r.url());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(query = ""): Promise<void> {
    await page.goto(`${server.url}/${query}`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
    await page.waitForFunction(() => document.getElementById("status")?.textContent === "");
  }

  const fills = () =>
    page.$$eval("#map path.country", (ps) =>
      Object.fromEntries(ps.map((p) => [p.getAttribute("data-code"), p.getAttribute("fill")])),
    );

  it("draws every state of the region, in at least three colours", async () => {
    await open("?month=2019-11");
    const f = await fills();
    for (const code of REGION) expect(f[code], code).toBeTruthy();
    expect(new Set(Object.values(f)).size).toBeGreaterThanOrEqual(3);
    expect(await page.textContent("#legend")).toContain("West");
  });

  it("changes colours when the month slider moves", async () => {
    await open("?month=2019-11");
    const before = await fills();
    await page.focus("#month");
    await page.keyboard.press("Home");
    await page.waitForFunction(() => document.getElementById("status")?.textContent === "");
    expect(page.url()).not.toContain("month=2019-11");
    const after = await fills();
    expect(Object.keys(after).filter((k) => after[k] !== before[k]).length).toBeGreaterThan(0);
  });

  it("goes from a coloured country to the sentence behind its colour in two clicks", async () => {
    await open("?month=2019-11");
    await page.click('#map path.country[data-code="SRB"]');
    await expect.poll(() => page.locator("#panel").textContent()).toContain("Why this colour");
    await page.locator("#panel .component-events button").first().click();
    await page.waitForSelector("dialog#article[open] mark.evidence");
    const mark = await page.textContent("dialog#article mark.evidence");
    expect(mark?.length ?? 0).toBeGreaterThan(20);
    expect(page.url()).toContain("doc=");
  });

  it("finds the seed article by 'Pantsir' and opens it with the sentence highlighted", async () => {
    await open();
    await page.fill("#search-q", "Pantsir");
    await page.press("#search-q", "Enter");
    await page.waitForSelector(".search-results li button");
    await page.locator(".search-results li button").first().click();
    await page.waitForSelector("dialog#article[open] mark.evidence");
    expect(await page.textContent("dialog#article")).toContain("Pantsir");
  });

  it("restores a shared view from its URL", async () => {
    await open("?month=2019-11&tab=table&country=SRB&type=ARMS_TRANSFER");
    expect(await page.getAttribute("#tab-table", "aria-selected")).toBe("true");
    expect(await page.inputValue("#filter-type")).toBe("ARMS_TRANSFER");
    expect(await page.textContent("#month-label")).toBe("Nov 2019");
    await expect.poll(() => page.locator("#panel h2").first().textContent()).toBe("Serbia");
    await open("?month=2019-11&tab=table");
    expect(await page.locator("table.events tbody tr").count()).toBeGreaterThan(0);
  });

  it("shows markup inside an article as text and runs none of it", async () => {
    const res = await fetch(`${server.url}/api/events?q=shipment&limit=5`);
    const { events } = (await res.json()) as { events: { id: string; documentId: string }[] };
    const e = events[0];
    expect(e).toBeDefined();
    await open(`?doc=${e?.documentId}&event=${e?.id}`);
    await page.waitForSelector("dialog#article[open]");
    const text = await page.textContent("dialog#article");
    expect(text).toContain("<script>");
    expect(text).toContain("onerror");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator("dialog#article img, dialog#article script").count()).toBe(0);
  });

  it("shows where an opened article came from: a real one's outlet and licence, a written one's marker", async () => {
    const id = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
    await open(`?doc=${id(REAL_ARTICLE)}`);
    await page.waitForSelector("dialog#article[open] .article-provenance");
    const real = await page.textContent("dialog#article .article-provenance");
    expect(real).toContain("Published by President of Russia (en.kremlin.ru)");
    expect(real).toContain("Licence: CC BY 4.0");
    expect(real).toContain("Credit: President of Russia, 'Vladimir Putin");
    expect(real).not.toContain("Written for the project");
    const sourceLine = await page.textContent("dialog#article .article-source");
    expect(sourceLine).toContain(`Source: ${basename(REAL_ARTICLE)}`);
    expect(sourceLine).not.toContain("/");
    expect(await page.getAttribute("dialog#article .article-origin a", "href")).toBe(
      "http://en.kremlin.ru/events/president/news/33300",
    );
    await page.keyboard.press("Escape");

    await open(`?doc=${id(WRITTEN_ARTICLE)}`);
    await page.waitForSelector("dialog#article[open] .article-provenance");
    const written = await page.textContent("dialog#article .article-provenance");
    expect(written).toContain("Written for the project: not a real article");
    expect(written).toContain("Licence: MIT (the project's licence)");
    expect(written).not.toContain("Published by");
  });

  it("has no serious or critical accessibility violation", async () => {
    await open("?month=2019-11&country=SRB");
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it("makes no request outside the server it came from", () => {
    expect(outside).toEqual([]);
  });
});
