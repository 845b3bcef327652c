import { InputError } from "../input-error.js";
import type { OpenOptions } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { UsageError } from "../usage-error.js";
import type { Io } from "./io.js";

/**
 * Opens the store a command's `--db` names (else $CURTAIN_DB, else ./curtain.db), or reports in
 * one line why it cannot, `curtain COMMAND: TARGET: reason`, sets the exit code (2 for bad usage
 * such as an unsupported scheme, 1 when it cannot be opened) and returns null.
 */
export async function openTarget(
  command: string,
  db: string | undefined,
  io: Io,
  setExit: (code: number) => void,
  options: OpenOptions = {},
): Promise<Store | null> {
  // Loaded here, not at the top: `--help` never pays for the database drivers.
  const { defaultTarget, openStore } = await import("../store/open-store.js");
  try {
    return await openStore(defaultTarget(db), options);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.err(`curtain ${command}: ${err.message}`);
    setExit(err instanceof UsageError ? 2 : 1);
    return null;
  }
}
