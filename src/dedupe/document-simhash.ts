import { simHash, type SimHash } from "./simhash.js";

/**
 * The SimHash of a document's main text without its title: `mainText` starts with the title, and
 * syndicated copies often re-headline a story, which alone moved copies of the corpus articles by
 * 3 to 11 bits; without it, by none.
 */
export function documentSimHash(mainText: string, title: string | null): SimHash | null {
  const body =
    title && mainText.startsWith(title) ? mainText.slice(title.length) : mainText.slice(firstBreak(mainText));
  return simHash(body);
}

/** Where the text after the first paragraph (the title line) starts, or 0 when there is one paragraph. */
function firstBreak(text: string): number {
  const at = text.indexOf("\n\n");
  return at === -1 ? 0 : at + 2;
}
