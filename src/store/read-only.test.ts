import { expect, it } from "vitest";
import { InputError } from "../input-error.js";
import { migrationProvider } from "./migrations.js";
import { openStore } from "./open-store.js";
import type { EventsTable } from "./schema.js";
import { describeEachDialect } from "./test-dialects.js";
import { testEventRow } from "./test-documents.js";

const DOC = "f".repeat(64);

function row(id: string, date: string): EventsTable {
  return testEventRow({
    id,
    document_id: DOC,
    type: "SANCTION",
    actor: "RUS",
    target: "EST",
    date,
    actor_text: "Russia",
    target_text: "Estonia",
    weight: 7,
    evidence_text: "Russia expelled two Estonian diplomats.",
  });
}

describeEachDialect("a store opened to read", (_dialect, database) => {
  it("is refused before the schema exists, then reads what a writer stored and refuses to write", async () => {
    await expect(openStore(database().target, { mode: "read" })).rejects.toThrow(
      /not a Curtain database|no such database/,
    );
    const writer = await openStore(database().target);
    await writer.putImportedFile({
      id: DOC,
      source: "test",
      fetchedAt: "2026-01-01T00:00:00Z",
      title: null,
      format: "gdelt",
      contentType: null,
    });
    await writer.bulkInsertEvents([row("a", "2022-02-24"), row("b", "2022-03-01")]);
    await writer.close();

    const reader = await openStore(database().target, { mode: "read" });
    try {
      const ids: string[] = [];
      for await (const e of reader.streamEvents({ actor: "RUS" })) ids.push(e.id);
      expect(ids).toEqual(["a", "b"]);
      const total = Object.keys(await migrationProvider("sqlite").getMigrations()).length;
      expect(await reader.schemaStatus()).toEqual({ applied: total, total });
      await expect(reader.bulkInsertEvents([row("c", "2022-03-02")])).rejects.toThrow(/read-?only/i);
    } finally {
      await reader.close();
    }
  });

  it("names a missing database in one InputError", async () => {
    const err: unknown = await openStore("/nonexistent-folder/curtain.db", { mode: "read" }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/^\/nonexistent-folder\/curtain\.db: no such database/);
  });
});
