import { gunzipSync } from "node:zlib";
import { InputError } from "../input-error.js";

/** Default size limit for one input, before and after decompression. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const KB = 1024;
const MB = 1024 * 1024;

/** "50.0 MB" for a size; a limit that is a whole number of units prints without decimals ("10 MB"). */
function size(n: number, limit = false): string {
  const [value, unit] = n >= MB ? [n / MB, "MB"] : n >= KB ? [n / KB, "KB"] : [n, "bytes"];
  const text = unit === "bytes" || (limit && Number.isInteger(value)) ? String(value) : value.toFixed(1);
  return `${text} ${unit}`;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Checks the size of the raw bytes and inflates gzip (found by its magic bytes, whatever the
 * file is called), capping the inflated size so that a small bomb cannot fill memory.
 */
export function unpack(source: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  if (bytes.length === 0) throw new InputError(source, "empty file");
  if (bytes.length > maxBytes) {
    throw new InputError(source, `file is ${size(bytes.length)}, over the ${size(maxBytes, true)} limit`);
  }
  if (!isGzip(bytes)) return bytes;
  let inflated: Buffer;
  try {
    inflated = gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) {
      throw new InputError(source, `gzip content is over the ${size(maxBytes, true)} limit`, {
        cause: err,
      });
    }
    throw new InputError(source, "corrupt gzip data", { cause: err });
  }
  if (inflated.length === 0) throw new InputError(source, "empty file");
  return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length);
}
