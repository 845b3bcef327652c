/** The event types of the annotation guidelines, in their table's order. */
export const EVENT_TYPES = [
  "DIPLOMATIC_COOPERATION",
  "ECONOMIC_COOPERATION",
  "MILITARY_COOPERATION",
  "ARMS_TRANSFER",
  "AID",
  "ACCESSION_BID",
  "ACCESSION_PROGRESS",
  "ACCESSION_BLOCK",
  "CRITICISM",
  "THREAT",
  "SANCTION",
  "ENERGY_COERCION",
  "DISINFORMATION",
  "CYBER_OPERATION",
  "SUBVERSION",
  "MILITARY_POSTURING",
  "TERRITORIAL_SEIZURE",
  "ARMED_CONFLICT",
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}
