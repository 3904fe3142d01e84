/**
 * Opens an .xlsx for the CLI and turns every way it can be unusable into one clear Chinese line:
 * a missing file, a folder, an encrypted or legacy .xls file (an OLE compound file), a file that
 * is not a zip at all (e.g. a text file renamed .xlsx), or a damaged workbook.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";

export class InputError extends Error {
  readonly code = "INPUT_UNUSABLE";
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new InputError(`“${path}”是文件夹，不是 Excel 工作簿（.xlsx）`);
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") throw new InputError(`找不到文件“${path}”，请检查路径`);
    if (code === "EACCES" || code === "EPERM") throw new InputError(`没有权限读取文件“${path}”`);
    throw new InputError(`无法读取文件“${path}”`);
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new InputError(`“${path}”已加密或是旧版 .xls 文件，无法读取：请在 Excel 中取消密码保护，并另存为 .xlsx`);
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new InputError(`“${path}”不是有效的 Excel 工作簿（.xlsx）：文件内容不是 xlsx 格式`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new InputError(`“${path}”已损坏，无法作为 Excel 工作簿打开：请在 Excel 中打开并另存为 .xlsx`);
  }
  if (wb.worksheets.length === 0) throw new InputError(`“${path}”中没有工作表`);
  return wb;
}
