import type { StoredEvent } from "./store.js";

/**
 * The event as exports write it: with the date the filters use. An event without a date of its
 * own is placed at its document's publication date, and says so (`dateSource: "published"`), so
 * that no exported row is undated while `--from`/`--to` place it; `sortDate` and `addedAt` stay inside.
 */
export function withExportDate(e: StoredEvent): StoredEvent {
  const { sortDate, addedAt, ...event } = e;
  void addedAt;
  if (event.date !== null || !sortDate) return event;
  return { ...event, date: sortDate, dateSource: "published" };
}
