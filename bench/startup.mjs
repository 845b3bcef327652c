// Benchmark: start-up of the `curtain` command, each a fresh process, median of N wall times
// (default 5), next to baselines measured in the same run: Node doing nothing, and Node loading
// only the libraries extract cannot do without (wink-nlp with its English model; eld's language
// tables). The commands run round-robin, so that a busy moment of the machine hits all of them.
// Usage: npm run build && node bench/startup.mjs [--runs 5] [--bin bin/curtain.mjs] [--json]
// (--bin another checkout's bin/curtain.mjs measures that one, e.g. the code before a change).
import { execSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option("--runs", 5));
const json = args.includes("--json");
const bin = option("--bin", fileURLToPath(new URL("../bin/curtain.mjs", import.meta.url)));
const root = fileURLToPath(new URL("../", import.meta.url));
/** One article of 911 words (the first of data/sample, the gold set's seed article). */
const article = fileURLToPath(
  new URL("../data/sample/000_2019-11-21_putin-iron-curtain.txt", import.meta.url),
);

const node = process.execPath;
const esm = (code) => [node, "--input-type=module", "-e", code];
const cases = [
  { name: "baseline: node -e 0", argv: [node, "-e", "0"] },
  {
    name: "baseline: node importing wink-nlp + its model",
    argv: esm(
      "const [w, m] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]); w.default(m.default, ['sbd', 'pos']);",
    ),
  },
  { name: "baseline: node importing eld/medium", argv: esm("await import('eld/medium');") },
  { name: "curtain --help", argv: [node, bin, "--help"] },
  { name: "curtain --version", argv: [node, bin, "--version"] },
  {
    name: "curtain extract (one article)",
    argv: [node, bin, "extract", article, "--published", "2019-11-21"],
  },
  {
    name: "curtain extract --learned (one article)",
    argv: [node, bin, "extract", article, "--published", "2019-11-21", "--learned"],
  },
];

/**
 * CPU time (user + system, ms) of the children waited for so far, from /proc (Linux): on a shared
 * machine a command's CPU time varies far less than its wall time. Null elsewhere.
 */
const ticks = existsSync("/proc/self/stat") ? Number(execSync("getconf CLK_TCK").toString()) || 100 : 0;
function childrenCpuMs() {
  if (!ticks) return null;
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  // After "pid (comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticks;
}

const times = cases.map(() => []);
const cpu = cases.map(() => []);
for (let r = 0; r < runs; r++) {
  cases.forEach((c, i) => {
    const cpuBefore = childrenCpuMs();
    const started = performance.now();
    const result = spawnSync(c.argv[0], c.argv.slice(1), { cwd: root, encoding: "utf8" });
    const ms = performance.now() - started;
    if (result.status !== 0) throw new Error(`${c.name} exited ${result.status}: ${result.stderr}`);
    times[i].push(ms);
    if (cpuBefore !== null) cpu[i].push(childrenCpuMs() - cpuBefore);
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const rows = cases.map((c, i) => ({
  name: c.name,
  medianMs: Math.round(median(times[i])),
  minMs: Math.round(Math.min(...times[i])),
  maxMs: Math.round(Math.max(...times[i])),
  cpuMedianMs: cpu[i].length ? Math.round(median(cpu[i])) : null,
}));
const nodeMs = rows[0].medianMs;
if (json) console.log(JSON.stringify({ runs, bin, rows }));
else {
  console.log(`start-up, ${runs} runs each, round-robin; bin: ${bin}`);
  console.log("| command | median wall | min-max | median / node -e 0 | median CPU | CPU / node -e 0 |");
  console.log("|---|---|---|---|---|---|");
  const cpuNode = rows[0].cpuMedianMs;
  for (const r of rows)
    console.log(
      `| ${r.name} | ${r.medianMs} ms | ${r.minMs}-${r.maxMs} ms | ${(r.medianMs / nodeMs).toFixed(1)}× | ` +
        (cpuNode ? `${r.cpuMedianMs} ms | ${(r.cpuMedianMs / cpuNode).toFixed(1)}× |` : "– | – |"),
    );
}
