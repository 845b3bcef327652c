import { inflateRawSync } from "node:zlib";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** A file stored in a zip archive: its name and inflated bytes. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

/** True when the bytes start like a zip archive. */
export function looksLikeZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL_HEADER;
}

/**
 * Reads every file of a zip archive (methods 0, stored, and 8, deflate), folders left out. GDELT's
 * `YYYYMMDD.export.CSV.zip` holds exactly one; an archive of several exports made by a user holds
 * more. Sizes come from the central directory when there is one (a local header written while
 * streaming has them zeroed), else from the local header of the only entry read.
 * Throws an Error saying what is wrong with a damaged or unsupported archive.
 */
export function readZipEntries(zip: Buffer): ZipEntry[] {
  const central = findCentralEntries(zip);
  if (central === null) return [readEntry(zip, null)];
  return central.filter((c) => !c.name.endsWith("/")).map((c) => readEntry(zip, c));
}

/** The first file of a zip archive; see readZipEntries. */
export function readFirstZipEntry(zip: Buffer): ZipEntry {
  const first = readZipEntries(zip)[0];
  if (!first) throw new Error("the zip archive is empty");
  return first;
}

function readEntry(zip: Buffer, central: CentralEntry | null): ZipEntry {
  const localOffset = central?.localOffset ?? 0;
  if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_HEADER)
    throw new Error("not a zip archive (no local file header)");
  const flags = zip.readUInt16LE(localOffset + 6);
  const method = central?.method ?? zip.readUInt16LE(localOffset + 8);
  const compressedSize = central?.compressedSize ?? zip.readUInt32LE(localOffset + 18);
  const size = central?.size ?? zip.readUInt32LE(localOffset + 22);
  const nameLength = zip.readUInt16LE(localOffset + 26);
  const extraLength = zip.readUInt16LE(localOffset + 28);
  if (flags & 1) throw new Error("the zip entry is encrypted");
  if (!central && flags & 8)
    throw new Error("the zip archive has no central directory and its entry no sizes");
  const name = zip.toString("utf8", localOffset + 30, localOffset + 30 + nameLength);
  const start = localOffset + 30 + nameLength + extraLength;
  if (compressedSize === 0xffffffff || size === 0xffffffff)
    throw new Error("ZIP64 archives are not supported");
  if (start + compressedSize > zip.length) throw new Error("the zip archive is cut short");
  const raw = zip.subarray(start, start + compressedSize);
  let data: Buffer;
  if (method === 0) data = raw;
  else if (method === 8) {
    try {
      data = inflateRawSync(raw);
    } catch (err) {
      throw new Error(`the zip entry does not inflate (${err instanceof Error ? err.message : String(err)})`);
    }
  } else throw new Error(`unsupported zip compression method ${method}`);
  if (data.length !== size)
    throw new Error(`the zip entry holds ${data.length} bytes, its header says ${size}`);
  return { name, data };
}

interface CentralEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** The central directory's records, found through the end-of-central-directory record. */
function findCentralEntries(zip: Buffer): CentralEntry[] | null {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (zip.readUInt32LE(at) !== END_OF_CENTRAL_DIRECTORY) continue;
    const count = zip.readUInt16LE(at + 10);
    if (count === 0) throw new Error("the zip archive is empty");
    const entries: CentralEntry[] = [];
    for (let offset = zip.readUInt32LE(at + 16), i = 0; i < count; i++) {
      if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_HEADER)
        return i === 0 ? null : entries;
      const nameLength = zip.readUInt16LE(offset + 28);
      entries.push({
        name: zip.toString("utf8", offset + 46, offset + 46 + nameLength),
        method: zip.readUInt16LE(offset + 10),
        compressedSize: zip.readUInt32LE(offset + 20),
        size: zip.readUInt32LE(offset + 24),
        localOffset: zip.readUInt32LE(offset + 42),
      });
      offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    }
    return entries;
  }
  return null;
}
