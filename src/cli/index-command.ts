import { InvalidArgumentError, Option, type Command } from "commander";
import { addMonths, MONTH_RE } from "../analysis/month.js";
import { InputError } from "../input-error.js";
import type { Io } from "./io.js";

interface IndexFlags {
  readonly db?: string;
  readonly from?: string;
  readonly to?: string;
  readonly country?: string;
  readonly format: "json" | "csv";
  readonly rebuild?: boolean;
}

/** Rows gathered before one write. */
const CHUNK = 500;

export function registerIndex(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("index")
    .description(
      "The alignment index per country and month, from -1 (West) to +1 (East), with the events behind " +
        "each value (see src/analysis/README.md for the formula).",
    )
    .option("--db <target>", "SQLite file or postgres:// URL (default: $CURTAIN_DB, else ./curtain.db)")
    .option("--from <month>", "first month, YYYY-MM (default: 11 months before --to)", parseMonth)
    .option("--to <month>", "last month, YYYY-MM (default: this month)", parseMonth)
    .option(
      "--country <code>",
      "one state, e.g. SRB (default: every state of data/knowledge/states.yaml)",
      parseCode,
    )
    .addOption(new Option("--format <format>", "output format").choices(["json", "csv"]).default("json"))
    .option(
      "--rebuild",
      "rebuild the alignment rollup from the stored events and the index from it, then exit " +
        "(after changing data/knowledge/memberships.yaml or data/analysis/alignment.yaml)",
    )
    .addHelpText(
      "after",
      "\nEach value mixes the country's events of a trailing 12-month window (cooperation with a pole\n" +
        "pulls toward it; coercion by or against a pole pushes away from it; older months count less)\n" +
        "with its memberships and candidacies at the end of the month. `coverage` (0..1) says how much\n" +
        "evidence there was: `thin` rows rest mostly on memberships. `china` is the pull toward China,\n" +
        "beside the East-West axis. Every component names its events (the strongest of each month).\n\n" +
        "Examples:\n  curtain index --country SRB --from 2019-01 --to 2019-12 --format csv\n" +
        "  curtain index --from 2022-02 --to 2022-02 > february-2022.json\n" +
        "  curtain index --rebuild --db ./curtain.db\n\n" +
        "Formats: json (an array of rows with components and their events), csv (country, month,\n" +
        "value, coverage, thin, china, event_part, structural, components).\n\n" +
        "Exit codes: 0 success, 1 the database could not be read, 2 bad usage.",
    )
    .action(async (flags: IndexFlags, command: Command) => {
      if (flags.rebuild) {
        const others = ["from", "to", "country", "format"].filter(
          (name) => command.getOptionValueSource(name) === "cli",
        );
        if (others.length > 0) {
          io.err(`curtain index: --rebuild takes no --${others[0]} (it rebuilds, then exits)`);
          setExit(2);
          return;
        }
        setExit(await rebuild(io, flags.db));
        return;
      }
      // Loaded here, not at the top: `--help` and the other commands never pay for them.
      const [
        { alignmentIndex },
        { INDEX_CSV_HEADER, indexCsvLine },
        { curatedStates },
        { defaultTarget, openStore },
      ] = await Promise.all([
        import("../analysis/alignment-index.js"),
        import("../analysis/index-csv.js"),
        import("../knowledge/memberships.js"),
        import("../store/open-store.js"),
      ]);
      const to = flags.to ?? new Date().toISOString().slice(0, 7);
      const from = flags.from ?? addMonths(to, -11);
      if (from > to) {
        io.err(`curtain index: --from ${from} is after --to ${to}`);
        setExit(2);
        return;
      }
      if (flags.country !== undefined && !curatedStates().some((s) => s.code === flags.country)) {
        io.err(
          `curtain index: --country ${flags.country}: unknown state (not in data/knowledge/states.yaml)`,
        );
        setExit(2);
        return;
      }
      let store;
      try {
        // Read-only: the index only reads (a database one cannot write can be asked), and nothing migrates.
        store = await openStore(defaultTarget(flags.db), { mustExist: true, mode: "read" });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        io.err(`curtain index: ${err.message}`);
        setExit(1);
        return;
      }
      try {
        const rows = await alignmentIndex(store, {
          from,
          to,
          ...(flags.country !== undefined ? { country: flags.country } : {}),
        });
        const lines =
          flags.format === "csv" ? [INDEX_CSV_HEADER, ...rows.map(indexCsvLine)] : jsonLines(rows);
        for (let i = 0; i < lines.length; i += CHUNK) io.out(lines.slice(i, i + CHUNK).join("\n"));
        setExit(0);
      } finally {
        await store.close();
      }
    });
}

/** `curtain index --rebuild`: opens the store to write and rebuilds; returns the exit code. */
async function rebuild(io: Io, db: string | undefined): Promise<number> {
  const { defaultTarget, openStore } = await import("../store/open-store.js");
  let store;
  try {
    store = await openStore(defaultTarget(db), { mustExist: true });
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.err(`curtain index: ${err.message}`);
    return 1;
  }
  try {
    const { cells, rows } = await store.rebuildAlignment();
    io.out(
      `rebuilt the alignment rollup (${cells} cells) and the index (${rows} country-months with events)`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

function jsonLines(rows: readonly unknown[]): string[] {
  if (rows.length === 0) return ["[]"];
  return ["[", ...rows.map((r, i) => JSON.stringify(r) + (i < rows.length - 1 ? "," : "")), "]"];
}

function parseMonth(value: string): string {
  if (!MONTH_RE.test(value)) throw new InvalidArgumentError(`expected a month as YYYY-MM, got "${value}"`);
  return value;
}

function parseCode(value: string): string {
  if (!/^[A-Za-z]{3}$/u.test(value))
    throw new InvalidArgumentError(`expected a state code like SRB, got "${value}"`);
  return value.toUpperCase();
}
