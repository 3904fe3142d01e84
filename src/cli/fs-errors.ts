/**
 * What the file system refused, said in Chinese with the file it was about: a full disk, a
 * read-only disk, a missing permission, a file where a folder should be, a file another program
 * holds open. The command line prints it as its one line (exit 2) instead of Node's English.
 */
import { promises as fs } from "fs";
import * as path from "path";

/** A file operation that failed; the message is the line the user sees. */
export class FileSystemError extends Error {
  readonly code = "file-system";
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "FileSystemError";
  }
}

export type FileAction = "read" | "write" | "mkdir";

/** The first part of `file`'s path that exists and is not a folder ("" when there is none). */
export async function fileInPath(file: string): Promise<string> {
  let dir = path.dirname(path.resolve(file));
  const parts: string[] = [];
  while (dir !== path.dirname(dir)) {
    parts.unshift(dir);
    dir = path.dirname(dir);
  }
  for (const part of parts) {
    const stat = await fs.stat(part).catch(() => undefined);
    if (!stat) return "";
    if (!stat.isDirectory()) return part;
  }
  return "";
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/** Whether `error` is one the file system raised (it has an errno code such as ENOSPC). */
export function isFileSystemError(error: unknown): boolean {
  return /^E[A-Z]+$/.test(errorCode(error));
}

/** The Chinese line for `error`, raised while doing `action` on `file`. */
export async function describeFileError(error: unknown, action: FileAction, file: string): Promise<string> {
  const code = errorCode(error);
  const dir = path.dirname(path.resolve(file));
  const verb = action === "read" ? "读取" : action === "mkdir" ? "创建文件夹" : "写出";
  switch (code) {
    case "ENOENT":
      return action === "read" ? `找不到文件“${file}”，请检查路径` : `无法${verb}“${file}”：所在的文件夹不存在`;
    case "EACCES":
    case "EPERM":
      return action === "read"
        ? `没有权限读取“${file}”`
        : `没有权限在文件夹“${dir}”中${verb}“${file}”：请换一个有写入权限的位置`;
    case "EROFS":
      return `“${dir}”所在的磁盘是只读的，无法${verb}“${file}”`;
    case "ENOSPC":
      return `磁盘空间不足，无法${verb}“${file}”：请清理磁盘后再试`;
    case "EDQUOT":
      return `磁盘配额已用完，无法${verb}“${file}”`;
    case "ENOTDIR":
    case "EEXIST": {
      const blocking = await fileInPath(file);
      return blocking
        ? `无法${verb}“${file}”：路径中的“${blocking}”是文件，不是文件夹`
        : `无法${verb}“${file}”：路径中有不是文件夹的部分`;
    }
    case "EISDIR":
      return `“${file}”是文件夹，不能${action === "read" ? "作为 Excel 工作簿读取" : "作为输出文件"}`;
    case "EBUSY":
    case "ETXTBSY":
      return `“${file}”正被其他程序（如 Excel、Word）打开，无法${verb}：请先关闭它`;
    case "ENAMETOOLONG":
      return `文件名或路径过长，无法${verb}“${file}”`;
    case "ELOOP":
      return `“${file}”的路径中有循环的符号链接，无法${verb}`;
    case "EMFILE":
    case "ENFILE":
      return `同时打开的文件过多，无法${verb}“${file}”`;
    case "EIO":
      return `${verb}“${file}”时磁盘出错`;
    default:
      return `无法${verb}“${file}”${code ? `（系统错误 ${code}）` : ""}`;
  }
}

/** Runs `operation`, turning a file-system failure into a FileSystemError with the Chinese line. */
export async function withFileErrors<T>(action: FileAction, file: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    throw new FileSystemError(await describeFileError(error, action, file));
  }
}
