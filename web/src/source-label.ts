/**
 * How a document's source is shown to visitors: a web address as it is, a file by its name alone
 * (the folder it was ingested from is the server's business, not the reader's).
 */
export function sourceLabel(source: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return source;
  const name = source.split(/[\\/]/).filter(Boolean).pop();
  return name ?? source;
}
