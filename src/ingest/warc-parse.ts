/** Longest header line, and largest header block, read before a record is judged malformed. */
const MAX_HEADER_BYTES = 64 * 1024;

/** Bytes from an async stream of chunks, read by line or by count without joining the whole stream. */
export class ChunkReader {
  private chunks: Buffer[] = [];
  private offset = 0;
  private buffered = 0;
  private done = false;
  private readonly iterator: AsyncIterator<Uint8Array>;
  /** Bytes consumed so far. */
  position = 0;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.iterator.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    if (chunk.length) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    return true;
  }

  /** Takes n buffered bytes (n <= buffered). */
  private take(n: number): Buffer {
    const parts: Buffer[] = [];
    let left = n;
    while (left > 0) {
      const head = this.chunks[0] as Buffer;
      const available = head.length - this.offset;
      const used = Math.min(available, left);
      parts.push(head.subarray(this.offset, this.offset + used));
      left -= used;
      if (used === available) {
        this.chunks.shift();
        this.offset = 0;
      } else this.offset += used;
    }
    this.buffered -= n;
    this.position += n;
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, n);
  }

  /**
   * The next line without its CRLF or LF, as latin1 (headers are ASCII); null at the end of the
   * stream; "overlong" when no line end comes within `max` bytes.
   */
  async readLine(max = MAX_HEADER_BYTES): Promise<string | null | "overlong"> {
    for (;;) {
      let seen = 0;
      for (let c = 0; c < this.chunks.length; c++) {
        const chunk = this.chunks[c] as Buffer;
        const start = c === 0 ? this.offset : 0;
        const at = chunk.indexOf(0x0a, start);
        if (at >= 0) {
          const line = this.take(seen + at - start + 1).toString("latin1");
          return line.replace(/\r?\n$/, "");
        }
        seen += chunk.length - start;
      }
      if (seen > max) return "overlong";
      if (!(await this.fill())) {
        return this.buffered ? this.take(this.buffered).toString("latin1") : null;
      }
    }
  }

  /** Exactly n bytes, or fewer if the stream ends first. */
  async read(n: number): Promise<Buffer> {
    while (this.buffered < n && (await this.fill()));
    return this.take(Math.min(n, this.buffered));
  }

  /** Skips n bytes without keeping them; returns how many there were. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    while (skipped < n) {
      if (!this.buffered && !(await this.fill())) break;
      const step = Math.min(n - skipped, this.buffered);
      this.take(step);
      skipped += step;
    }
    return skipped;
  }
}

/** One WARC record: its number in the file (from 1), its named fields, and its block if kept. */
export interface WarcRecord {
  readonly number: number;
  readonly version: string;
  /** Field names lower-cased. */
  readonly headers: ReadonlyMap<string, string>;
  readonly contentLength: number;
  /** The block, or null when `keep` declined it (it was skipped without being held in memory). */
  readonly block: Buffer | null;
}

/** Why reading a WARC stopped early: the stream ended inside a record, or a record was malformed. */
export class WarcError extends Error {
  constructor(
    readonly record: number,
    readonly reason: "cut short" | "malformed",
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`WARC record ${record} ${detail}`, options);
  }
}

export interface WarcReadOptions {
  /** Whether to hold a record's block in memory; other blocks are skipped. All kept by default. */
  readonly keep?: (headers: ReadonlyMap<string, string>, contentLength: number) => boolean;
}

/**
 * Reads WARC/1.0 and WARC/1.1 records from a stream of bytes: a version line, header lines up
 * to a blank line, Content-Length bytes of block, then CRLF CRLF. Throws WarcError at the first
 * record cut short or malformed, after yielding every record before it. A failure of the stream
 * itself (a truncated gzip member) is a record cut short.
 *
 * @example
 *   for await (const r of readWarc(createReadStream("a.warc"))) console.log(r.headers.get("warc-type"));
 */
export async function* readWarc(
  source: AsyncIterable<Uint8Array>,
  options: WarcReadOptions = {},
): AsyncGenerator<WarcRecord> {
  const reader = new ChunkReader(source);
  let number = 0;
  let inRecord = false;
  try {
    for (;;) {
      let line = await reader.readLine();
      while (line === "") line = await reader.readLine();
      if (line === null) return;
      number++;
      inRecord = true;
      if (line === "overlong" || !/^WARC\/\d+\.\d+\s*$/.test(line)) {
        throw new WarcError(number, "malformed", "does not begin with a WARC/1.x version line");
      }
      const version = line.trim().slice(5);
      const headers = new Map<string, string>();
      let headerBytes = 0;
      let last = "";
      for (;;) {
        const field = await reader.readLine();
        if (field === null) throw new WarcError(number, "cut short", "is cut short");
        if (field === "overlong") throw new WarcError(number, "malformed", "has an overlong header line");
        if (field === "") break;
        headerBytes += field.length;
        if (headerBytes > MAX_HEADER_BYTES) throw new WarcError(number, "malformed", "has overlong headers");
        if (/^[ \t]/.test(field) && last) {
          headers.set(last, `${headers.get(last) ?? ""} ${field.trim()}`);
          continue;
        }
        const colon = field.indexOf(":");
        if (colon <= 0) continue;
        last = field.slice(0, colon).trim().toLowerCase();
        headers.set(last, field.slice(colon + 1).trim());
      }
      const lengthText = headers.get("content-length") ?? "";
      if (!/^\d+$/.test(lengthText)) throw new WarcError(number, "malformed", "has no valid Content-Length");
      const contentLength = Number(lengthText);
      let block: Buffer | null = null;
      if (options.keep?.(headers, contentLength) ?? true) {
        block = await reader.read(contentLength);
        if (block.length < contentLength) throw new WarcError(number, "cut short", "is cut short");
      } else if ((await reader.skip(contentLength)) < contentLength) {
        throw new WarcError(number, "cut short", "is cut short");
      }
      inRecord = false;
      yield { number, version, headers, contentLength, block };
    }
  } catch (err) {
    if (err instanceof WarcError) throw err;
    // The stream failed (a gzip member cut short, a read error): the record being read is lost.
    throw new WarcError(inRecord ? number : number + 1, "cut short", "is cut short", { cause: err });
  }
}

/** An HTTP response as stored in a WARC response record. */
export interface HttpMessage {
  readonly status: number;
  /** Field names lower-cased; repeated fields joined with ", ". */
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Buffer;
}

/** Splits a response block into status, headers and body; null when it is not an HTTP response. */
export function parseHttpResponse(block: Buffer): HttpMessage | null {
  const crlf = block.indexOf("\r\n\r\n");
  const lf = block.indexOf("\n\n");
  let end: number;
  let sep: number;
  if (crlf >= 0 && (lf < 0 || crlf < lf)) [end, sep] = [crlf, 4];
  else if (lf >= 0) [end, sep] = [lf, 2];
  else return null;
  const lines = block.subarray(0, end).toString("latin1").split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/.exec(lines[0] ?? "");
  if (!status) return null;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name) ?? ""}, ${value}` : value);
  }
  return { status: Number(status[1]), headers, body: block.subarray(end + sep) };
}

/** Undoes chunked transfer encoding; null if the body is not validly chunked. */
export function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf("\r\n", at);
    if (eol < 0) return null;
    const size = parseInt(body.subarray(at, eol).toString("latin1").split(";")[0] ?? "", 16);
    if (Number.isNaN(size)) return null;
    if (size === 0) return Buffer.concat(parts);
    const start = eol + 2;
    if (start + size > body.length) return null;
    parts.push(body.subarray(start, start + size));
    at = start + size + 2;
  }
}
