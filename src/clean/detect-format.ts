export type DocumentFormat = "text" | "html";

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
const TEXT_TYPE = /^\s*text\/plain\b/i;
const HTML_EXT = /\.(html?|xhtml|shtml|php|aspx?|jsp)(\.gz)?$/i;
const TEXT_EXT = /\.(txt|text|md)(\.gz)?$/i;
const HTML_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>])/i;
const HTML_MARKER = /<(html|head|body)[\s>]/i;
const TAG = /<\/?(p|div|span|a|br|meta|script|link|table|li|ul|h[1-6]|article|section)\b[^>]*>/gi;

/**
 * Whether a document is HTML or plain text: the declared content type wins, then an HTML
 * beginning (doctype, <html>, <head>) or <body> in the head of the text, then the file
 * extension, then the number of common tags. `head` is the first few KB, decoded loosely.
 */
export function detectFormat(source: string, contentType: string | null, head: string): DocumentFormat {
  if (contentType && HTML_TYPE.test(contentType)) return "html";
  if (contentType && TEXT_TYPE.test(contentType)) return "text";
  const path = source.replace(/[?#].*$/, "");
  if (HTML_START.test(head)) return "html";
  if (HTML_EXT.test(path)) return "html";
  if (TEXT_EXT.test(path)) return "text";
  if (HTML_MARKER.test(head)) return "html";
  const tags = head.match(TAG)?.length ?? 0;
  return tags >= 5 ? "html" : "text";
}
