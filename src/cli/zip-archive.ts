/**
 * The zip container of an .xlsx, read from its central directory — the part list a zip reader is
 * supposed to trust — with every size checked before anything is inflated, and the real inflated
 * bytes counted while inflating (a header's sizes can lie). Node's zlib inflates; nothing else is
 * needed to read a package, and nothing here holds more than one part at a time.
 */
import * as zlib from "zlib";

/** A zip the command line refuses to read: not a zip, damaged, encrypted, or beyond a limit. */
export class ZipError extends Error {
  readonly code = "zip-unusable";
  constructor(
    readonly reason: "damaged" | "encrypted" | "too-large",
    message: string,
    /** For "too-large": which limit (one part's inflated size, all parts', the number of entries). */
    readonly limit?:
      { readonly kind: "part"; readonly part: string; readonly bytes: number } | { readonly kind: "total" | "entries" },
  ) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "ZipError";
  }
}

export function tooLarge(part: string, bytes: number): ZipError {
  return new ZipError("too-large", `${part} inflates beyond ${bytes} bytes`, { kind: "part", part, bytes });
}

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  /** As the central directory declares it; inflating never yields more (it is checked). */
  readonly uncompressedSize: number;
  /** Offset of the local file header. */
  readonly localHeaderOffset: number;
  readonly modTime: number;
  readonly modDate: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;

function damaged(detail: string): ZipError {
  return new ZipError("damaged", detail);
}

function u64(buf: Buffer, at: number): number {
  const value = buf.readUInt32LE(at) + buf.readUInt32LE(at + 4) * 0x100000000;
  if (!Number.isSafeInteger(value)) throw damaged("zip64 size out of range");
  return value;
}

/** The zip's entries by name, from the central directory. */
export class ZipArchive {
  private constructor(
    readonly bytes: Buffer,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  /** Reads the central directory of `bytes`; throws ZipError when it is not a sound zip. */
  static open(bytes: Buffer, maxEntries: number): ZipArchive {
    const end = findEndOfCentralDirectory(bytes);
    let count = bytes.readUInt16LE(end + 10);
    let size = bytes.readUInt32LE(end + 12);
    let offset = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || size === MAX_U32 || offset === MAX_U32) {
      const locator = end - 20;
      if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) throw damaged("zip64 locator missing");
      const record = u64(bytes, locator + 8);
      if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_EOCD) throw damaged("zip64 record");
      count = u64(bytes, record + 32);
      size = u64(bytes, record + 40);
      offset = u64(bytes, record + 48);
    }
    if (count > maxEntries) {
      throw new ZipError("too-large", `${count} entries`, { kind: "entries" });
    }
    if (offset + size > bytes.length) throw damaged("central directory beyond the end of the file");
    const entries = new Map<string, ZipEntry>();
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw damaged("central directory entry");
      const flags = bytes.readUInt16LE(at + 8);
      const method = bytes.readUInt16LE(at + 10);
      const modTime = bytes.readUInt16LE(at + 12);
      const modDate = bytes.readUInt16LE(at + 14);
      const crc32 = bytes.readUInt32LE(at + 16);
      let compressedSize = bytes.readUInt32LE(at + 20);
      let uncompressedSize = bytes.readUInt32LE(at + 24);
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      let localHeaderOffset = bytes.readUInt32LE(at + 42);
      const nameEnd = at + 46 + nameLength;
      if (nameEnd + extraLength + commentLength > bytes.length) throw damaged("central directory entry");
      const name = bytes.toString("utf8", at + 46, nameEnd);
      // zip64: the 8-byte sizes in the extra field, present for each field that is 0xFFFFFFFF
      let extra = nameEnd;
      while (extra + 4 <= nameEnd + extraLength) {
        const id = bytes.readUInt16LE(extra);
        const length = bytes.readUInt16LE(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          if (uncompressedSize === MAX_U32) {
            uncompressedSize = u64(bytes, field);
            field += 8;
          }
          if (compressedSize === MAX_U32) {
            compressedSize = u64(bytes, field);
            field += 8;
          }
          if (localHeaderOffset === MAX_U32) localHeaderOffset = u64(bytes, field);
        }
        extra += 4 + length;
      }
      if (flags & 0x0001) throw new ZipError("encrypted", name);
      if (method !== 0 && method !== 8) throw damaged(`compression method ${method}`);
      entries.set(name, {
        name,
        method,
        flags,
        crc32,
        compressedSize,
        uncompressedSize,
        localHeaderOffset,
        modTime,
        modDate,
      });
      at = nameEnd + extraLength + commentLength;
    }
    return new ZipArchive(bytes, entries);
  }

  /** The compressed bytes of an entry, located through its local header. */
  compressedData(entry: ZipEntry): Buffer {
    const at = entry.localHeaderOffset;
    const bytes = this.bytes;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw damaged(`local header of ${entry.name}`);
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw damaged(`data of ${entry.name} beyond the end of the file`);
    return bytes.subarray(start, end);
  }

  /**
   * The whole inflated content of an entry, refusing more than `limit` bytes (the declared size
   * is checked first, then the real output while inflating).
   */
  read(entry: ZipEntry, limit: number): Buffer {
    if (entry.uncompressedSize > limit) throw tooLarge(entry.name, limit);
    const data = this.compressedData(entry);
    if (entry.method === 0) {
      if (data.length !== entry.uncompressedSize) throw damaged(`stored size of ${entry.name}`);
      if (zlib.crc32(data) !== entry.crc32) throw damaged(`checksum of ${entry.name}`);
      return data;
    }
    let out: Buffer;
    try {
      // one byte over the declared size is enough to know the header lied
      out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
        throw damaged(`${entry.name} inflates beyond its declared size`);
      throw damaged(`${entry.name} does not inflate`);
    }
    if (out.length !== entry.uncompressedSize) throw damaged(`${entry.name} inflates to another size than declared`);
    if (zlib.crc32(out) !== entry.crc32) throw damaged(`checksum of ${entry.name}`);
    return out;
  }

  /**
   * The inflated content of an entry in chunks, for parts too large to hold at once: refuses
   * more than `limit` bytes and any difference from the declared size.
   */
  async *chunks(entry: ZipEntry, limit: number): AsyncGenerator<Buffer> {
    if (entry.uncompressedSize > limit) throw tooLarge(entry.name, limit);
    const data = this.compressedData(entry);
    if (entry.method === 0) {
      if (data.length !== entry.uncompressedSize) throw damaged(`stored size of ${entry.name}`);
      if (zlib.crc32(data) !== entry.crc32) throw damaged(`checksum of ${entry.name}`);
      for (let at = 0; at < data.length; at += CHUNK) yield data.subarray(at, at + CHUNK);
      return;
    }
    const inflate = zlib.createInflateRaw({ chunkSize: CHUNK });
    inflate.end(data);
    let total = 0;
    let crc = 0;
    try {
      for await (const chunk of inflate as AsyncIterable<Buffer>) {
        total += chunk.length;
        crc = zlib.crc32(chunk, crc);
        if (total > entry.uncompressedSize) throw damaged(`${entry.name} inflates beyond its declared size`);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw damaged(`${entry.name} does not inflate`);
    } finally {
      inflate.destroy();
    }
    if (total !== entry.uncompressedSize) throw damaged(`${entry.name} inflates to another size than declared`);
    if (crc !== entry.crc32) throw damaged(`checksum of ${entry.name}`);
  }
}

const CHUNK = 1 << 20;

function findEndOfCentralDirectory(bytes: Buffer): number {
  // the record is 22 bytes plus a comment of at most 65,535 bytes, at the very end
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (bytes.readUInt32LE(at) === EOCD && at + 22 + bytes.readUInt16LE(at + 20) <= bytes.length) return at;
  }
  throw damaged("no end of central directory");
}
