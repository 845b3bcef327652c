#!/usr/bin/env node
/* global document, fetch, setTimeout */
// How soon a new user sees a coloured map: `curtain serve` over a database (the demo corpus by
// default: run `npm start -- --no-serve` first), Debian's Chromium opening `/` in a fresh context,
// timed until every state of the region is drawn with its colour (the page marks itself ready).
// Baseline in the same run: the same browser opening the server's /healthz (a page with nothing
// to draw). Median and worst of N runs.
// Usage: npm run build && node bench/map-first-view.mjs [--db ./curtain.db] [--runs 7] [--json]
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const db = flag("--db") ?? "./curtain.db";
const runs = Number(flag("--runs") ?? 7);
const port = await new Promise((resolve) => {
  const s = createServer().listen(0, "127.0.0.1", () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const server = spawn(
  process.execPath,
  [join(import.meta.dirname, "..", "bin", "curtain.mjs"), "serve", "--db", db, "--port", String(port)],
  {
    stdio: "ignore",
    env: { ...process.env, CURTAIN_LOG_LEVEL: "warn" },
  },
);
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {
    if (i > 600) throw new Error("curtain serve did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
}
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});

async function time(url, ready) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 950 } });
  const page = await context.newPage();
  const t = performance.now();
  await page.goto(url);
  await ready(page);
  const ms = performance.now() - t;
  await context.close();
  return ms;
}
const mapReady = (page) =>
  page.waitForFunction(
    () =>
      document.body.dataset.ready === "true" &&
      document.querySelectorAll("#map path.country[fill]").length > 40,
    undefined,
    { timeout: 60_000 },
  );
const summary = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], worst: s[s.length - 1] };
};
const map = [];
const blank = [];
for (let i = 0; i < runs; i++) {
  blank.push(await time(`${base}/healthz`, async () => {}));
  map.push(await time(`${base}/`, mapReady));
}
await browser.close();
server.kill("SIGTERM");
const result = { db, runs, map: summary(map), baseline: summary(blank) };
if (args.includes("--json")) console.log(JSON.stringify(result));
else
  console.log(
    `first coloured map: median ${result.map.median.toFixed(0)} ms, worst ${result.map.worst.toFixed(0)} ms ` +
      `(baseline, /healthz in the same browser: median ${result.baseline.median.toFixed(0)} ms) over ${runs} fresh contexts, ${db}`,
  );
