/** "Go to cell" from an issue: activate the sheet, select the cell — one batch, one sync. */
export async function goToCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}
