/**
 * The status line at the end of an action: its message, then what the host could not do — the
 * features an older Excel lacks (skipped) and the sheets protection kept writes out of (blocked,
 * each a Chinese sentence from the adapter naming the sheet and how to unprotect it). Either
 * turns a success into a warning: the action did what it could and says what it did not.
 */
import type { HostReport } from "../core/host-action";
import type { Translate } from "./i18n";

export type StatusKind = "info" | "progress" | "success" | "warning" | "error";

export function actionStatus(
  message: string,
  report: Pick<HostReport, "skipped" | "blocked">,
  t: Translate,
): { readonly kind: StatusKind; readonly message: string } {
  const parts = [message];
  if (report.skipped.length > 0) parts.push(t("skippedFeatures", { features: report.skipped.join("、") }));
  const blocked = report.blocked;
  if (blocked.length > 0) parts.push(t("blockedWrites", { messages: blocked.map((b) => b.message).join(" ") }));
  return { kind: parts.length > 1 ? "warning" : "success", message: parts.join(" ") };
}
