/**
 * Writes a zip to an open file, entry by entry: an entry of the input copied as its compressed
 * bytes (nothing inflated, nothing recompressed), or new content deflated. Only what a workbook
 * needs: no zip64 (the input limits keep every part and the whole far below 4 GB), no encryption.
 */
import * as zlib from "zlib";
import type { ZipEntry } from "./zip-archive";

interface Written {
  readonly name: Buffer;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly offset: number;
  readonly modTime: number;
  readonly modDate: number;
}

/** Where written bytes go, in order (a file, standard output). */
export type ByteSink = (chunk: Buffer) => Promise<void>;

/** UTF-8 names (bit 11); the sizes are in the local header, never in a data descriptor. */
const UTF8_NAMES = 0x0800;

export class ZipWriter {
  private readonly written: Written[] = [];
  private offset = 0;

  /** `sink` receives the zip's bytes in order. */
  constructor(private readonly sink: ByteSink) {}

  private async write(buffer: Buffer): Promise<void> {
    await this.sink(buffer);
    this.offset += buffer.length;
  }

  private async entry(entry: Omit<Written, "offset">, data: Buffer): Promise<void> {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(entry.flags, 6);
    header.writeUInt16LE(entry.method, 8);
    header.writeUInt16LE(entry.modTime, 10);
    header.writeUInt16LE(entry.modDate, 12);
    header.writeUInt32LE(entry.crc32, 14);
    header.writeUInt32LE(entry.compressedSize, 18);
    header.writeUInt32LE(entry.uncompressedSize, 22);
    header.writeUInt16LE(entry.name.length, 26);
    header.writeUInt16LE(0, 28);
    this.written.push({ ...entry, offset: this.offset });
    await this.write(Buffer.concat([header, entry.name]));
    await this.write(data);
  }

  /** Copies an entry of the input as it is stored there. */
  async copy(entry: ZipEntry, compressed: Buffer): Promise<void> {
    await this.entry(
      {
        name: Buffer.from(entry.name, "utf8"),
        method: entry.method,
        flags: UTF8_NAMES,
        crc32: entry.crc32,
        compressedSize: compressed.length,
        uncompressedSize: entry.uncompressedSize,
        modTime: entry.modTime,
        modDate: entry.modDate,
      },
      compressed,
    );
  }

  /** Adds new content, deflated. */
  async add(name: string, content: Buffer, time: { modTime: number; modDate: number }): Promise<void> {
    const compressed = zlib.deflateRawSync(content);
    await this.entry(
      {
        name: Buffer.from(name, "utf8"),
        method: 8,
        flags: UTF8_NAMES,
        crc32: zlib.crc32(content),
        compressedSize: compressed.length,
        uncompressedSize: content.length,
        modTime: time.modTime,
        modDate: time.modDate,
      },
      compressed,
    );
  }

  /** Writes the central directory; the file is complete after this. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.written) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(e.flags, 8);
      header.writeUInt16LE(e.method, 10);
      header.writeUInt16LE(e.modTime, 12);
      header.writeUInt16LE(e.modDate, 14);
      header.writeUInt32LE(e.crc32, 16);
      header.writeUInt32LE(e.compressedSize, 20);
      header.writeUInt32LE(e.uncompressedSize, 24);
      header.writeUInt16LE(e.name.length, 28);
      header.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([header, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
  }
}
