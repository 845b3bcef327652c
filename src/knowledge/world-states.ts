import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import type { StateEntry } from "./schema.js";

// The package's ESM entry re-exports JSON without an import attribute; reading the JSON directly is
// portable across Node versions and keeps the load synchronous.
const countries = createRequire(import.meta.url)("world-countries/countries.json") as Countries;

export interface WorldOptions {
  readonly skipAliases: readonly string[];
  readonly skipCodes: readonly string[];
}

/**
 * States outside the curated files, taken from the world-countries package: every independent or
 * UN-member country not already curated. They get names and demonyms as case-sensitive aliases,
 * no FIPS code and no memberships. Their aliases are "generated": one that collides with any other
 * alias is dropped rather than reported (see build-aliases.ts).
 */
export function worldStates(curated: ReadonlySet<string>, options: WorldOptions): StateEntry[] {
  const skipAliases = new Set(options.skipAliases);
  const skipCodes = new Set(options.skipCodes);
  const keep = (text: string | undefined): text is string => !!text && !skipAliases.has(text);
  return countries
    .filter((c) => (c.independent || c.unMember) && !curated.has(c.cca3) && !skipCodes.has(c.cca3))
    .map((c) => {
      const names = [...new Set([c.name.common, c.name.official])].filter(keep);
      const demonyms = [...new Set([c.demonyms?.["eng"]?.m, c.demonyms?.["eng"]?.f])].filter(keep);
      return {
        code: c.cca3,
        name: c.name.common,
        numeric: /^\d{3}$/u.test(c.ccn3) ? c.ccn3 : null,
        fips: null,
        capital: c.capital[0] ?? null,
        region: kebab(c.subregion || c.region),
        aliases: {
          names: names.map((text) => ({ text, caseSensitive: true })),
          adjectives: demonyms.map((text) => ({ text, caseSensitive: true })),
          metonyms: [],
        },
      };
    });
}

function kebab(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, "-")
      .replace(/^-|-$/gu, "") || "world"
  );
}
