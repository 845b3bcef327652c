#!/usr/bin/env node
/* global document */
// Takes the README's screenshots of a running map in Debian's Chromium: the first view of a month
// and an open country panel. Usage: node scripts/screenshots.mjs URL MONTH COUNTRY (writes docs/*.png)
import { chromium } from "playwright-core";

const [base = "http://127.0.0.1:8080", month = "2022-02", country = "SRB"] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const page = await (await browser.newContext({ viewport: { width: 1400, height: 950 } })).newPage();
for (const [query, file] of [
  [`?month=${month}`, "docs/map.png"],
  [`?month=${month}&country=${country}`, "docs/map-country-panel.png"],
]) {
  await page.goto(`${base}/${query}`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  await page.waitForFunction(() => document.getElementById("status")?.textContent === "");
  await page.screenshot({ path: file });
  console.log(`screenshots: ${file}`);
}
await browser.close();
