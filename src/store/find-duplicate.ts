import { sql, type Transaction } from "kysely";
import { bandProbes } from "../dedupe/band-probes.js";
import { MIN_RESEMBLANCE, closeHashes } from "../dedupe/near-duplicate.js";
import { jaccard, shingleSet } from "../dedupe/resemblance.js";
import { hammingDistance, type SimHash } from "../dedupe/simhash.js";
import type { DialectName } from "./dialect-name.js";
import type { Database } from "./schema.js";

const BANDS = ["simhash_b0", "simhash_b1", "simhash_b2", "simhash_b3"] as const;

/**
 * Closest candidates whose text is compared, at most: unrelated texts sharing much of their wording
 * (generated benchmark articles drawn from the same sentence pools) can put dozens of stored hashes
 * within MAX_HAMMING, and reading and shingling each would cost ~0.5 ms.
 */
const MAX_COMPARED = 3;

/**
 * The canonical document that the document `id` (just inserted, with `hash` and `mainText`) is a
 * near-duplicate of, or null: stored documents whose hash is within MAX_HAMMING bits (found through
 * the four indexed bands, each probed with every value within 2 bits of its own), closest first,
 * whose text resembles this one by MIN_RESEMBLANCE (the 3 closest are compared). A copy of a copy
 * links to the first document.
 */
export async function findCanonical(
  trx: Transaction<Database>,
  dialect: DialectName,
  id: string,
  hash: SimHash,
  mainText: string,
): Promise<string | null> {
  // Each band's 137 probes go as one bound array (json_each / ANY), not 137 parameters apiece.
  const inProbes = (column: (typeof BANDS)[number], band: number) =>
    dialect === "sqlite"
      ? sql<boolean>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(bandProbes(band))}))`
      : sql<boolean>`${sql.ref(column)} = ANY(${bandProbes(band)}::integer[])`;
  const candidates = await trx
    .selectFrom("documents")
    .select(["id", "simhash", "duplicate_of"])
    .where(
      sql<boolean>`(${sql.join(
        BANDS.map((column, i) => inProbes(column, hash.bands[i]!)),
        sql` OR `,
      )})`,
    )
    .where("id", "<>", id)
    .execute();
  const close = candidates
    .filter((c) => c.simhash !== null && closeHashes(c.simhash, hash.hex))
    .map((c) => ({ ...c, distance: hammingDistance(c.simhash!, hash.hex) }))
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1));
  const compared = close.slice(0, MAX_COMPARED);
  if (compared.length === 0) return null;
  const own = shingleSet(mainText);
  const texts = new Map(
    (
      await trx
        .selectFrom("documents")
        .select(["id", "main_text"])
        .where(
          "id",
          "in",
          compared.map((c) => c.id),
        )
        .execute()
    ).map((d) => [d.id, d.main_text]),
  );
  for (const c of compared) {
    const text = texts.get(c.id);
    if (text !== undefined && jaccard(shingleSet(text), own) >= MIN_RESEMBLANCE)
      return c.duplicate_of ?? c.id;
  }
  return null;
}
