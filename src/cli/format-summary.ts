import type { ExtractedDocument } from "../pipeline/extracted-document.js";

/** A short, readable account of one extracted document for the terminal. */
export function formatDocumentSummary(doc: ExtractedDocument): string {
  const d = doc.document;
  const lines = [
    `${d.source}`,
    `  title: ${d.title ?? "(none)"}  published: ${d.published ?? "unknown"}  language: ${d.language ?? "?"}`,
    `  main text: ${wordCount(doc.mainText)} words; removed ${doc.boilerplate.length} boilerplate blocks, ${doc.teasers.length} teasers`,
    `  events: ${doc.events.length}`,
  ];
  for (const e of doc.events) {
    const when = e.date ?? "undated";
    const evidence = e.evidence.text.length > 100 ? `${e.evidence.text.slice(0, 97)}...` : e.evidence.text;
    lines.push(`    ${e.type} ${e.actor} -> ${e.target} (${e.modality}, ${when})`);
    lines.push(`      "${evidence}"`);
  }
  return lines.join("\n");
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
