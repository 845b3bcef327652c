/**
 * An expected failure of one input (unreadable file, bad encoding, no article text, HTTP error).
 * Batches catch it, report `input: reason` on one line and go on with the next input.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly input: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${input}: ${reason}`, options);
  }
}
