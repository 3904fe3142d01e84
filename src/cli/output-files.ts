/**
 * How the command line writes its files. One rule for every command: an existing file is replaced
 * only when this tool wrote it and nobody changed it since (a record in the folder's
 * .annual-summary.json holds the SHA-256 of what was written); any other existing file — a
 * workbook, an edited 文字稿, a file of the same name — stops the command before anything is
 * written, unless --force says to replace it. The input is never an output, whatever the path
 * (hard links and symbolic links are compared by device and inode), and two outputs are never the
 * same file.
 *
 * Writing is all or nothing as far as a file system allows: every check first; then the missing
 * folders; then each output to a temporary file beside its target; then each renamed over its
 * target, so a reader (or a second run writing the same file) sees the old file or the new one,
 * never half of one. Devices such as /dev/stdout and /dev/null are written directly.
 */
import { createHash, randomBytes } from "crypto";
import { promises as fs, type Stats } from "fs";
import type { FileHandle } from "fs/promises";
import type { ByteSink } from "./zip-writer";
import * as path from "path";
import { FileSystemError, describeFileError, fileInPath, isFileSystemError, withFileErrors } from "./fs-errors";
import { InputError, type FileIdentity } from "./open-workbook";

/** The record of what this tool wrote in a folder. */
export const RECORD_FILE = ".annual-summary.json";

export interface OutputRequest {
  readonly file: string;
  /** The option that named it ("-o", "--text" …), for messages. */
  readonly option: string;
}

/** What goes into an output: bytes, or a writer that hands its bytes to a sink in order. */
export type OutputContent = string | Buffer | ((sink: ByteSink) => Promise<void>);

export interface PreparedOutput extends OutputRequest {
  readonly absolute: string;
  /** A device or pipe (/dev/stdout, /dev/null): written in place, never replaced, not recorded. */
  readonly special: boolean;
}

interface WrittenRecord {
  readonly version: 1;
  readonly files: Record<string, string>;
}

async function statOf(file: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(file);
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT" || (error as { code?: string }).code === "ENOTDIR")
      return undefined;
    if (isFileSystemError(error)) throw new FileSystemError(await describeFileError(error, "read", file));
    throw error;
  }
}

async function sha256(file: string): Promise<string> {
  return createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");
}

async function readRecord(dir: string): Promise<WrittenRecord> {
  try {
    const parsed = JSON.parse(await fs.readFile(path.join(dir, RECORD_FILE), "utf8")) as Partial<WrittenRecord>;
    if (parsed && typeof parsed.files === "object" && parsed.files !== null) return { version: 1, files: parsed.files };
  } catch {
    // no record (or an unreadable one): nothing here counts as written by this tool
  }
  return { version: 1, files: {} };
}

/** Whether `file` is what this tool last wrote there. */
async function isOurUnchangedFile(file: string): Promise<boolean> {
  const record = await readRecord(path.dirname(file));
  const expected = record.files[path.basename(file)];
  return expected !== undefined && expected === (await sha256(file));
}

function isDevicePath(absolute: string): boolean {
  return absolute.startsWith("/dev/") || absolute.startsWith("/proc/");
}

/**
 * Checks every output before anything is written: not the input, not each other, not a folder,
 * and not an existing file this tool did not write (unless `force`). Throws InputError.
 */
export async function prepareOutputs(
  requests: readonly OutputRequest[],
  options: { readonly force: boolean; readonly input?: FileIdentity },
): Promise<PreparedOutput[]> {
  const prepared: PreparedOutput[] = [];
  const seen: { request: OutputRequest; key: string }[] = [];
  for (const request of requests) {
    const absolute = path.resolve(request.file);
    const stat = await statOf(absolute);
    if (stat?.isDirectory()) throw new InputError(`“${request.file}”是文件夹，不能作为 ${request.option} 的输出文件`);
    if (stat && options.input && stat.dev === options.input.dev && stat.ino === options.input.ino) {
      throw new InputError(`输出文件“${request.file}”就是输入文件，没有写出：请用另一个文件名，输入的工作簿保持不变`);
    }
    const special = (stat !== undefined && !stat.isFile()) || isDevicePath(absolute);
    if (!special) {
      // the same file by identity when it exists, by its resolved path when it does not
      const key = stat ? `${stat.dev}:${stat.ino}` : path.join(await realDir(absolute), path.basename(absolute));
      const twin = seen.find((s) => s.key === key);
      if (twin) {
        throw new InputError(
          `“${twin.request.file}”和“${request.file}”是同一个文件，不能同时作为 ${twin.request.option} 和 ${request.option} 的输出：没有写出任何文件`,
        );
      }
      seen.push({ request, key });
      if (stat && !options.force && !(await isOurUnchangedFile(absolute))) {
        throw new InputError(
          `“${request.file}”已存在，且不是本工具写出后未经改动的文件；为免覆盖其中的内容，没有写出任何文件：请换一个文件名，或加 --force 覆盖它`,
        );
      }
      const blocking = stat ? "" : await fileInPath(absolute);
      if (blocking)
        throw new InputError(`无法写出“${request.file}”：路径中的“${blocking}”是文件，不是文件夹；没有写出任何文件`);
    }
    prepared.push({ ...request, absolute, special });
  }
  return prepared;
}

/** The real path of the nearest existing folder of `file`, with the missing part appended. */
async function realDir(file: string): Promise<string> {
  let dir = path.dirname(file);
  const missing: string[] = [];
  for (;;) {
    try {
      return path.join(await fs.realpath(dir), ...missing);
    } catch {
      if (dir === path.dirname(dir)) return path.join(dir, ...missing);
      missing.unshift(path.basename(dir));
      dir = path.dirname(dir);
    }
  }
}

/** Creates every missing folder of the outputs, or none: on a failure the ones made are removed. */
async function makeFolders(outputs: readonly PreparedOutput[]): Promise<string[]> {
  const created: string[] = [];
  try {
    for (const output of outputs) {
      if (output.special) continue;
      const dir = path.dirname(output.absolute);
      const first = await withFileErrors("mkdir", output.file, () => fs.mkdir(dir, { recursive: true }));
      if (first) {
        // mkdir -p returns the first folder it made; record each one made, outermost first
        for (let d = dir; ; d = path.dirname(d)) {
          created.push(d);
          if (d === first) break;
        }
      }
    }
  } catch (error) {
    await removeFolders(created);
    throw error;
  }
  return created;
}

async function removeFolders(created: readonly string[]): Promise<void> {
  for (const dir of [...created].sort((a, b) => b.length - a.length)) await fs.rmdir(dir).catch(() => undefined);
}

function fileSink(handle: FileHandle): ByteSink {
  return async (chunk) => {
    let done = 0;
    while (done < chunk.length) done += (await handle.write(chunk, done, chunk.length - done)).bytesWritten;
  };
}

async function fill(sink: ByteSink, content: OutputContent): Promise<void> {
  if (typeof content === "function") await content(sink);
  else await sink(typeof content === "string" ? Buffer.from(content, "utf8") : content);
}

/** The process's own standard output or error, named as a file (/dev/stdout, /proc/self/fd/1 …). */
function standardStream(absolute: string): NodeJS.WriteStream | undefined {
  if (["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"].includes(absolute)) return process.stdout;
  if (["/dev/stderr", "/dev/fd/2", "/proc/self/fd/2"].includes(absolute)) return process.stderr;
  return undefined;
}

function streamSink(stream: NodeJS.WriteStream): ByteSink {
  return (chunk) =>
    new Promise<void>((resolve, reject) => {
      stream.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
}

/** Writes a device or pipe in place (through the process's own stream for stdout and stderr). */
async function writeSpecial(output: PreparedOutput, content: OutputContent): Promise<void> {
  const stream = standardStream(output.absolute);
  if (stream) {
    await fill(streamSink(stream), content);
    return;
  }
  const handle = await fs.open(output.absolute, "w");
  try {
    await fill(fileSink(handle), content);
  } finally {
    await handle.close();
  }
}

interface Staged {
  readonly output: PreparedOutput;
  readonly temp: string;
}

/**
 * Writes every output: folders first, then temporary files, then the renames; afterwards each
 * folder's record notes what was written. On a failure nothing is left behind (temporary files
 * and new folders are removed) and a FileSystemError says what failed, in Chinese.
 */
export async function writeOutputs(
  outputs: readonly PreparedOutput[],
  contentOf: (output: PreparedOutput) => OutputContent,
): Promise<void> {
  const created = await makeFolders(outputs);
  const staged: Staged[] = [];
  try {
    for (const output of outputs) {
      if (output.special) continue;
      const temp = path.join(
        path.dirname(output.absolute),
        `.${path.basename(output.absolute)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
      );
      staged.push({ output, temp });
      await withFileErrors("write", output.file, async () => {
        const handle = await fs.open(temp, "wx");
        try {
          await fill(fileSink(handle), contentOf(output));
          await handle.sync();
        } finally {
          await handle.close();
        }
      });
    }
    for (const output of outputs) {
      if (!output.special) continue;
      await withFileErrors("write", output.file, () => writeSpecial(output, contentOf(output)));
    }
  } catch (error) {
    await Promise.all(staged.map((s) => fs.rm(s.temp, { force: true })));
    await removeFolders(created);
    throw error;
  }
  for (const s of staged) {
    await withFileErrors("write", s.output.file, () => fs.rename(s.temp, s.output.absolute)).catch(async (error) => {
      await Promise.all(staged.map((t) => fs.rm(t.temp, { force: true })));
      throw error;
    });
  }
  await recordWritten(staged.map((s) => s.output.absolute));
}

/** Notes the SHA-256 of each written file in its folder's record (best effort). */
async function recordWritten(files: readonly string[]): Promise<void> {
  const byDir = new Map<string, string[]>();
  for (const file of files) {
    const dir = path.dirname(file);
    byDir.set(dir, [...(byDir.get(dir) ?? []), file]);
  }
  for (const [dir, written] of byDir) {
    try {
      const record = await readRecord(dir);
      for (const file of written) record.files[path.basename(file)] = await sha256(file);
      const temp = path.join(dir, `${RECORD_FILE}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
      await fs.writeFile(temp, `${JSON.stringify(record, null, 2)}\n`, "utf8");
      await fs.rename(temp, path.join(dir, RECORD_FILE));
    } catch {
      // without a record the file is only treated as the user's: the next run asks for --force
    }
  }
}
