/** A data-file entry together with where it came from, so errors can name the file and the entry. */
export interface Sourced<T> {
  /** The file as shown in messages: relative to the package root when inside it. */
  readonly file: string;
  /** The top-level key and index, with the entry's id: `persons[12] (vucic)`. */
  readonly entry: string;
  readonly value: T;
}

/** `data/knowledge/persons.yaml: persons[12] (vucic)` */
export function where(item: Sourced<unknown>): string {
  return `${item.file}: ${item.entry}`;
}
