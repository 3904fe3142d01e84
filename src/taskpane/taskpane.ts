/**
 * Placeholder task pane: shows the product name and whether Office is ready. The real pane
 * (src/taskpane) replaces this file; it owns Office.onReady and every DOM update.
 */

/** Writes a status line as text (never as HTML). */
export function showStatus(message: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = message;
}

/** A message for the status line, given the host Office reports. */
export function readyMessage(host: Office.HostType | null): string {
  return host === Office.HostType.Excel ? "已就绪：请在 Excel 中使用。" : "请在 Excel 中打开本加载项。";
}

Office.onReady((info) => {
  showStatus(readyMessage(info.host));
});
