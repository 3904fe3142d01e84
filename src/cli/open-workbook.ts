/**
 * Opens an .xlsx for the CLI and turns every way it can be unusable into one clear Chinese line:
 * a missing file, a folder, a device or pipe (/dev/zero, a FIFO: read only regular files, which
 * end), a file past the size limits, an encrypted or legacy .xls file (an OLE compound file), an
 * OpenDocument or binary (.xlsb) workbook, a file that is not a zip at all (e.g. a text file
 * renamed .xlsx), or a damaged workbook (a broken zip, a part missing, malformed XML, a cell
 * outside Excel's grid).
 */
import { constants, promises as fs } from "fs";
import type { RawWorkbook } from "../core/raw-cell";
import { UnreachableError } from "../core/unreachable-error";
import { describeFileError, isFileSystemError } from "./fs-errors";
import { INPUT_LIMITS, megabytes } from "./input-limits";
import { readXlsxWorkbook, RowLimitError } from "./read-xlsx-workbook";
import { openXlsxPackage, PackageError, type XlsxPackage } from "./xlsx-package";
import { XmlError } from "./xml-tree";
import { ZipArchive, ZipError } from "./zip-archive";

/** The input cannot be used: the message is the one line the user sees (exit 2). */
export class InputError extends Error {
  readonly code = "input-unusable";
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "InputError";
  }
}

/** A file's identity: the same device and inode are the same file, whatever the path says. */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

export interface InputWorkbook {
  readonly identity: FileIdentity;
  readonly pkg: XlsxPackage;
  readonly raw: RawWorkbook;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Reads the whole of a regular file, refusing anything else before a byte is read. */
async function readRegularFile(file: string): Promise<{ bytes: Buffer; identity: FileIdentity }> {
  const stat = await fs.stat(file);
  if (stat.isDirectory()) throw new InputError(`“${file}”是文件夹，不是 Excel 工作簿（.xlsx）`);
  if (!stat.isFile()) {
    throw new InputError(
      `“${file}”不是普通文件（是设备、管道或套接字），无法作为 Excel 工作簿读取：请指定一个 .xlsx 文件`,
    );
  }
  // O_NONBLOCK: should the path turn into a pipe after the check, opening it does not wait for a writer
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = await handle.stat();
    if (!opened.isFile())
      throw new InputError(`“${file}”不是普通文件，无法作为 Excel 工作簿读取：请指定一个 .xlsx 文件`);
    if (opened.size > INPUT_LIMITS.fileBytes) {
      throw new InputError(
        `“${file}”有 ${megabytes(opened.size)}，超过命令行能读取的上限 ${megabytes(INPUT_LIMITS.fileBytes)}：请删去不需要的工作表或数据，或拆分成几个工作簿`,
      );
    }
    const bytes = Buffer.alloc(opened.size);
    let done = 0;
    while (done < bytes.length) {
      const { bytesRead } = await handle.read(bytes, done, bytes.length - done, done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return { bytes: bytes.subarray(0, done), identity: { dev: opened.dev, ino: opened.ino } };
  } finally {
    await handle.close();
  }
}

/** The sheet a part holds, for messages ("工作表“在建项目”"), or the part itself. */
function partLabel(pkg: XlsxPackage | undefined, part: string): string {
  const sheet = pkg?.sheets.find((s) => s.part === part);
  return sheet ? `工作表“${sheet.name}”` : `部件 ${part}`;
}

function damagedMessage(file: string, detail?: string): string {
  return `“${file}”已损坏${detail ? `（${detail}）` : ""}，无法作为 Excel 工作簿打开：请在 Excel 中打开并另存为 .xlsx`;
}

/** Opens the input workbook and reads the cells the core needs; every failure is an InputError. */
export async function openInputWorkbook(file: string): Promise<InputWorkbook> {
  let read: { bytes: Buffer; identity: FileIdentity };
  try {
    read = await readRegularFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (isFileSystemError(error)) throw new InputError(await describeFileError(error, "read", file));
    throw error;
  }
  const { bytes, identity } = read;
  if (bytes.length === 0) throw new InputError(`“${file}”是空文件，不是 Excel 工作簿（.xlsx）`);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new InputError(`“${file}”已加密或是旧版 .xls 文件，无法读取：请在 Excel 中取消密码保护，并另存为 .xlsx`);
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new InputError(`“${file}”不是有效的 Excel 工作簿（.xlsx）：文件内容不是 xlsx 格式`);
  }
  let pkg: XlsxPackage | undefined;
  try {
    pkg = openXlsxPackage(ZipArchive.open(bytes, INPUT_LIMITS.zipEntries));
    const raw = await readXlsxWorkbook(pkg);
    return { identity, pkg, raw };
  } catch (error) {
    if (error instanceof PackageError) {
      switch (error.kind) {
        case "ods":
          throw new InputError(`“${file}”是 OpenDocument 表格（.ods），请在 Excel/WPS 中另存为 .xlsx 后再试`);
        case "xlsb":
          throw new InputError(`“${file}”是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再试`);
        case "no-sheets":
          throw new InputError(`“${file}”中没有工作表`);
        case "damaged":
          throw new InputError(damagedMessage(file, error.detail));
        default: {
          throw new UnreachableError(error.kind);
        }
      }
    }
    if (error instanceof RowLimitError) {
      throw new InputError(
        `“${file}”的工作表“${error.sheet}”数据超过命令行能处理的上限（${INPUT_LIMITS.dataRows.toLocaleString("en-US")} 行或 ${INPUT_LIMITS.dataCells.toLocaleString("en-US")} 个单元格）：请把数据拆分到几个工作簿`,
      );
    }
    if (error instanceof ZipError) {
      switch (error.reason) {
        case "too-large": {
          const limit = error.limit;
          const what =
            limit?.kind === "part"
              ? `中${partLabel(pkg, limit.part)}解压后超过 ${megabytes(limit.bytes)}`
              : limit?.kind === "entries"
                ? `包含的部件超过 ${INPUT_LIMITS.zipEntries.toLocaleString("en-US")} 个`
                : `解压后超过 ${megabytes(INPUT_LIMITS.totalBytes)}`;
          throw new InputError(
            `“${file}”${what}，超出命令行能读取的上限，没有读取：请删去不需要的数据，或拆分成几个工作簿`,
          );
        }
        case "encrypted":
          throw new InputError(`“${file}”中的内容已加密，无法读取：请在 Excel 中取消密码保护，并另存为 .xlsx`);
        case "damaged":
          throw new InputError(damagedMessage(file));
        default: {
          throw new UnreachableError(error.reason);
        }
      }
    }
    if (error instanceof XmlError)
      throw new InputError(damagedMessage(file, `${partLabel(pkg, error.part)}的内容不是有效的 XML`));
    throw error;
  }
}
