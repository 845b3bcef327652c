// The HTTP API of `curtain serve` as the page reads it (../../../shared/design/CONTRACT.md).

export interface Evidence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}
export interface Report {
  readonly documentId: string;
  readonly source: string;
  readonly evidence: Evidence;
}
export interface ApiEvent {
  readonly id: string;
  readonly type: string;
  readonly actor: string;
  readonly target: string;
  readonly modality: string;
  readonly date: string | null;
  readonly documentId: string;
  readonly weight: number;
  readonly evidence: Evidence;
  readonly numSources?: number;
  readonly numMentions?: number;
  readonly reports?: readonly Report[];
}
export interface IndexEventRef {
  readonly id: string;
  readonly type: string;
  readonly weight: number;
}
export interface IndexComponent {
  readonly name: string;
  readonly pole: string | null;
  readonly value: number;
  readonly events: readonly IndexEventRef[];
}
export interface IndexRow {
  readonly country: string;
  readonly month: string;
  readonly value: number;
  readonly coverage: number;
  /** Coverage below the server's threshold (data/analysis/alignment.yaml, evidence.thinBelow). */
  readonly thin?: boolean;
  readonly china?: number;
  readonly components: readonly IndexComponent[];
}
export interface Membership {
  readonly bloc: string;
  readonly status: string;
  readonly since: string;
  readonly until: string | null;
}
export interface Country {
  readonly code: string;
  readonly name: string;
  readonly memberships: readonly Membership[];
}
export interface CountryDetail extends Country {
  readonly series: readonly IndexRow[];
  readonly events: readonly ApiEvent[];
}
export interface StoredDocument {
  readonly document: {
    readonly id: string;
    readonly source: string;
    readonly title: string | null;
    readonly published: string | null;
    readonly outlet?: string | null;
    readonly licence?: string | null;
    readonly attribution?: string | null;
    readonly origin?: string | null;
    readonly written?: boolean | null;
  };
  readonly mainText: string;
  readonly events: readonly ApiEvent[];
}
export interface Timeline {
  readonly first: string | null;
  readonly last: string | null;
  readonly types: readonly string[];
}

/** GET /api/countries/{code} as sent: every membership, those in force today, the series. */
interface CountryWire {
  readonly code: string;
  readonly name: string;
  readonly memberships: readonly Membership[];
  readonly current: readonly Membership[];
  readonly index: readonly IndexRow[];
  readonly events: readonly ApiEvent[];
}

/** Whether a membership held during a month (spans are half-open: `until` no longer holds). */
export function inForce(m: Membership, month: string): boolean {
  return m.since.slice(0, 7) <= month && (m.until === null || m.until.slice(0, 7) > month);
}

export class ApiError extends Error {}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: "application/json" } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { message?: string };
      if (body.message) message = body.message;
    } catch {
      // not JSON: keep the status line
    }
    throw new ApiError(`${path}: ${message}`);
  }
  return (await res.json()) as T;
}

const query = (params: Record<string, string | number | undefined | null>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s === "" ? "" : `?${s}`;
};

export interface EventQuery {
  readonly country?: string;
  readonly actor?: string;
  readonly target?: string;
  readonly type?: string;
  readonly from?: string;
  readonly to?: string;
  readonly q?: string;
  readonly limit?: number;
  readonly cursor?: string;
}

export const api = {
  timeline: () => get<Timeline>("/api/timeline"),
  index: (month: string) =>
    get<{ rows: IndexRow[] }>(`/api/index${query({ month, limit: 1000 })}`).then((r) => r.rows),
  country: async (code: string, month?: string): Promise<CountryDetail> => {
    const d = await get<CountryWire>(`/api/countries/${encodeURIComponent(code)}`);
    return {
      code: d.code,
      name: d.name,
      memberships: month ? d.memberships.filter((m) => inForce(m, month)) : d.current,
      series: d.index,
      events: d.events,
    };
  },
  events: (q: EventQuery) =>
    get<{ events: ApiEvent[]; nextCursor: string | null }>(`/api/events${query({ ...q })}`),
  event: (id: string) => get<ApiEvent>(`/api/events/${encodeURIComponent(id)}`),
  document: (id: string) => get<StoredDocument>(`/api/documents/${encodeURIComponent(id)}`),
  eventsCsvUrl: (q: EventQuery) => `/api/events${query({ ...q, format: "csv" })}`,
  indexCsvUrl: (from: string, to: string, country?: string) =>
    `/api/index${query({ from, to, country, format: "csv" })}`,
};
