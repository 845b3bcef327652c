import { gunzipSync } from "node:zlib";
import { megabytes, overLimit } from "../ingest/megabytes.js";
import { InputError } from "../input-error.js";

/** Default size limit for one input, before and after decompression. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const GZ_NAME = /\.gz$/i;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

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
    throw new InputError(source, overLimit(bytes.length, maxBytes));
  }
  if (!isGzip(bytes)) {
    // A local file called .gz that is not gzip is damaged or misnamed: reading it as text would
    // code whatever it holds without a word. (A URL's body may come already inflated by HTTP.)
    if (GZ_NAME.test(source) && !URL_LIKE.test(source))
      throw new InputError(source, "named .gz but not gzip data");
    return bytes;
  }
  let inflated: Buffer;
  try {
    inflated = gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) {
      throw new InputError(source, `gzip content is over the ${megabytes(maxBytes)} limit`, {
        cause: err,
      });
    }
    throw new InputError(source, "corrupt gzip data", { cause: err });
  }
  if (inflated.length === 0) throw new InputError(source, "empty file");
  return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length);
}
