// The whole view lives in the URL's query string, so that a view can be shared as a link.

export type Tab = "map" | "table" | "compare";

export interface ViewState {
  readonly month: string | null;
  readonly tab: Tab;
  readonly country: string | null;
  readonly type: string | null;
  readonly actor: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly q: string | null;
  readonly compare: readonly [string, string] | null;
  /** The open article: its document id, and the event whose sentence is highlighted. */
  readonly doc: string | null;
  readonly event: string | null;
  readonly sort: string | null;
}

const TABS: readonly Tab[] = ["map", "table", "compare"];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const CODE = /^[A-Z]{2,5}$/;

const pick = (p: URLSearchParams, key: string, ok: (v: string) => boolean): string | null => {
  const v = p.get(key);
  return v !== null && ok(v) ? v : null;
};

/** Reads a view from a query string; anything malformed is dropped, never trusted. */
export function readView(search: string): ViewState {
  const p = new URLSearchParams(search);
  const tab = p.get("tab");
  const pair = (p.get("compare") ?? "").split(",");
  return {
    month: pick(p, "month", (v) => MONTH.test(v)),
    tab: TABS.includes(tab as Tab) ? (tab as Tab) : "map",
    country: pick(p, "country", (v) => CODE.test(v)),
    type: pick(p, "type", (v) => /^[A-Z_]{3,30}$/.test(v)),
    actor: pick(p, "actor", (v) => CODE.test(v)),
    from: pick(p, "from", (v) => MONTH.test(v)),
    to: pick(p, "to", (v) => MONTH.test(v)),
    q: pick(p, "q", (v) => v.length > 0 && v.length <= 200),
    compare:
      pair.length === 2 && CODE.test(pair[0] ?? "") && CODE.test(pair[1] ?? "")
        ? [pair[0] as string, pair[1] as string]
        : null,
    doc: pick(p, "doc", (v) => /^[0-9a-f]{16,64}$/.test(v)),
    event: pick(p, "event", (v) => /^[0-9a-zA-Z_-]{1,100}$/.test(v)),
    sort: pick(p, "sort", (v) => /^-?[a-z]{2,12}$/.test(v)),
  };
}

/** The query string of a view (keys in a fixed order, empty ones left out). */
export function writeView(v: ViewState): string {
  const p = new URLSearchParams();
  const set = (k: string, value: string | null) => {
    if (value !== null && value !== "") p.set(k, value);
  };
  set("month", v.month);
  if (v.tab !== "map") p.set("tab", v.tab);
  set("country", v.country);
  set("type", v.type);
  set("actor", v.actor);
  set("from", v.from);
  set("to", v.to);
  set("q", v.q);
  set("compare", v.compare ? v.compare.join(",") : null);
  set("doc", v.doc);
  set("event", v.event);
  set("sort", v.sort);
  const s = p.toString();
  return s === "" ? "" : `?${s}`;
}
