import { loadHtmlLibraries } from "../clean/html.js";
import { loadLanguageIdentification } from "../clean/language.js";

/**
 * Loads now the libraries `extract` otherwise loads inside the first document that needs them
 * (eld for a text not plainly English, linkedom and readability for a page): for runs over many
 * documents, where a pause of a second mid-run would stall fetches in flight.
 */
export async function loadExtractionLibraries(): Promise<void> {
  await Promise.all([loadLanguageIdentification(), loadHtmlLibraries()]);
}
