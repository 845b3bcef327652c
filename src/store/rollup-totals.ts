import type BetterSqlite3 from "better-sqlite3";
import type { AlignmentCell } from "../analysis/alignment-cells.js";
import { SQLITE_MARK_STALE, touchedMonths } from "./alignment-index-write.js";
import { cellRow, cellValues } from "./alignment-rollup-write.js";
import type { RollupTable } from "./schema.js";

/** A country_month_rollup row being summed. */
interface RollupTotal {
  readonly country: string;
  readonly month: string;
  readonly type: string;
  count: number;
  weight_sum: number;
}

/** An alignment_rollup row being summed. */
interface CellTotal {
  readonly country: string;
  readonly month: string;
  readonly pole: string;
  readonly role: string;
  readonly sign: string;
  count: number;
  wc_sum: number;
  wcs_sum: number;
  top_id: string;
  top_type: string;
  top_score: number;
}

/**
 * Both rollups of a long SQLite bulk transaction, summed in memory and written once at its end
 * instead of upserted after every 50,000 rows. Increments are still made per 50,000 rows and added
 * to a row in the order the upserts would have added them (the stored value first, read once), with
 * the same arithmetic (IEEE doubles, as SQLite's REAL), so the rows written are bit for bit those the
 * upserts would have left, and new rows are inserted in the same order (the same rowids).
 */
export function sqliteRollupTotals(raw: BetterSqlite3.Database) {
  const readRollup = raw.prepare(
    "SELECT count, weight_sum FROM country_month_rollup WHERE country = ? AND month = ? AND type = ?",
  );
  const writeRollup = raw.prepare(
    "INSERT INTO country_month_rollup (country, month, type, count, weight_sum) VALUES (?, ?, ?, ?, ?) " +
      "ON CONFLICT (country, month, type) DO UPDATE SET count = excluded.count, weight_sum = excluded.weight_sum",
  );
  const readCell = raw.prepare(
    "SELECT count, wc_sum, wcs_sum, top_id, top_type, top_score FROM alignment_rollup " +
      "WHERE country = ? AND month = ? AND pole = ? AND role = ? AND sign = ?",
  );
  const writeCell = raw.prepare(
    "INSERT INTO alignment_rollup (country, month, pole, role, sign, count, wc_sum, wcs_sum, top_id, top_type, top_score) " +
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (country, month, pole, role, sign) DO UPDATE SET " +
      "count = excluded.count, wc_sum = excluded.wc_sum, wcs_sum = excluded.wcs_sum, " +
      "top_id = excluded.top_id, top_type = excluded.top_type, top_score = excluded.top_score",
  );
  const markStale = raw.prepare(SQLITE_MARK_STALE);
  // Keyed by month, then country: the increments of one transaction come grouped by country.
  let rollup = new Map<string, Map<string, RollupTotal>>();
  let rollupOrder: RollupTotal[] = [];
  let cells = new Map<string, Map<string, CellTotal>>();
  let cellOrder: CellTotal[] = [];
  /** Country and month pairs in the order the stale marks would have been made. */
  let stale = new Map<string, Set<string>>();
  let staleOrder: [string, string][] = [];

  const keyed = <T>(byMonth: Map<string, Map<string, T>>, month: string) => {
    let byKey = byMonth.get(month);
    if (!byKey) byMonth.set(month, (byKey = new Map()));
    return byKey;
  };

  return {
    /** Adds one transaction's worth of country_month_rollup increments. */
    addRollup(increments: readonly RollupTable[]): void {
      for (const r of increments) {
        const byKey = keyed(rollup, r.month);
        const key = `${r.country} ${r.type}`;
        const had = byKey.get(key);
        if (had) {
          had.count += r.count;
          had.weight_sum += r.weight_sum;
          continue;
        }
        const stored = readRollup.get(r.country, r.month, r.type) as
          { count: number; weight_sum: number } | undefined;
        const total: RollupTotal = stored
          ? { ...r, count: stored.count + r.count, weight_sum: stored.weight_sum + r.weight_sum }
          : { ...r };
        byKey.set(key, total);
        rollupOrder.push(total);
      }
    },

    /** Adds one transaction's worth of alignment_rollup increments, and marks their months stale. */
    addCells(increments: readonly AlignmentCell[]): void {
      for (const c of increments) {
        const byKey = keyed(cells, c.month);
        const key = `${c.country} ${c.pole} ${c.role} ${c.sign}`;
        const had = byKey.get(key);
        if (had) {
          addCell(had, c);
          continue;
        }
        const stored = readCell.get(c.country, c.month, c.pole, c.role, c.sign) as
          Omit<CellTotal, "country" | "month" | "pole" | "role" | "sign"> | undefined;
        const total: CellTotal = cellRow(c);
        if (stored) {
          total.count = stored.count;
          total.wc_sum = stored.wc_sum;
          total.wcs_sum = stored.wcs_sum;
          total.top_id = stored.top_id;
          total.top_type = stored.top_type;
          total.top_score = stored.top_score;
          addCell(total, c);
        }
        byKey.set(key, total);
        cellOrder.push(total);
      }
      // In the order the per-transaction path marks them: by country, as first seen.
      for (const [country, months] of touchedMonths(increments)) {
        let marked = stale.get(country);
        if (!marked) stale.set(country, (marked = new Set()));
        for (const month of months)
          if (!marked.has(month)) {
            marked.add(month);
            staleOrder.push([country, month]);
          }
      }
    },

    /** Writes every row summed so far, in the caller's transaction, and starts again from nothing. */
    write(): void {
      for (const r of rollupOrder) writeRollup.run(r.country, r.month, r.type, r.count, r.weight_sum);
      for (const c of cellOrder) writeCell.run(...cellValues(c));
      for (const [country, month] of staleOrder) markStale.run(country, month);
      rollup = new Map();
      rollupOrder = [];
      cells = new Map();
      cellOrder = [];
      stale = new Map();
      staleOrder = [];
    },
  };
}

/** What SQLITE_UPSERT_CELL does to a stored row, in place. */
function addCell(total: CellTotal, c: AlignmentCell): void {
  total.count += c.count;
  total.wc_sum += c.wcSum;
  total.wcs_sum += c.wcLogSourcesSum;
  if (
    c.topScore > total.top_score ||
    (c.topScore === total.top_score && bytewiseLess(c.topId, total.top_id))
  ) {
    total.top_id = c.topId;
    total.top_type = c.topType;
  }
  total.top_score = Math.max(total.top_score, c.topScore);
}

/** `a < b` as SQLite compares text (UTF-8 bytes), which differs from JavaScript's only past U+D7FF. */
function bytewiseLess(a: string, b: string): boolean {
  return belowSurrogates(a) && belowSurrogates(b)
    ? a < b
    : Buffer.compare(Buffer.from(a), Buffer.from(b)) < 0;
}

function belowSurrogates(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xd800) return false;
  return true;
}
