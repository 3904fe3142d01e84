/**
 * The request body the real Office.js library builds for a batch, without Excel: office.js
 * (the @microsoft/office-js package's Excel on the web script) runs in a Node `vm` sandbox, the
 * batch queues its operations on a URL-based `Excel.RequestContext`, and the pending request is
 * serialised exactly as `context.sync()` would send it (`JSON.stringify` of the body built by
 * `buildRequestMessageBodyAndRequestFlags`). Nothing is sent anywhere. Tests use it to hold the
 * simulated host's request-size count to what Excel on the web receives.
 */
import { readFileSync } from "fs";
import { createContext, runInContext } from "vm";
import { utf8Bytes } from "../../src/sim-excel/request-context";

const SCRIPT = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

interface PendingRequest {
  buildRequestMessageBodyAndRequestFlags(): { body: unknown };
}

interface OfficeJsSandbox {
  Excel: { RequestContext: new (url: string) => Excel.RequestContext & { _pendingRequest: PendingRequest } };
}

let sandbox: OfficeJsSandbox | undefined;

/** The OfficeExtension and Excel namespaces of office.js, without its host bootstrapping (OSF). */
function officeJs(): OfficeJsSandbox {
  if (sandbox) return sandbox;
  const lines = readFileSync(SCRIPT, "utf8").split(/\r?\n/);
  // from the helpers before the OfficeExtension namespace that follows the OSF bootstrapping
  const namespace = lines.findIndex((l, i) => l === "var OfficeExtension;" && lines[i - 1] === "})();");
  const start = lines.lastIndexOf("var __extends = (this && this.__extends) || (function () {", namespace);
  const end = lines.findIndex((l) => l === "})(Excel || (Excel = {}));");
  if (start < 0 || end < 0) throw new Error(`office.js layout not recognised in ${SCRIPT}`);
  const context: Record<string, unknown> = {
    navigator: { userAgent: "Mozilla/5.0 Chrome/120" },
    document: {},
    setTimeout,
    clearTimeout,
    Promise,
    console,
  };
  context["window"] = context;
  createContext(context);
  runInContext(`${lines.slice(start, end + 1).join("\n")}\nthis.Excel = Excel;`, context, { filename: SCRIPT });
  sandbox = context as unknown as OfficeJsSandbox;
  return sandbox;
}

/** The request Office.js would send for what `batch` queues: its JSON text and UTF-8 size. */
export function officeJsRequest(batch: (context: Excel.RequestContext) => void): { text: string; bytes: number } {
  const context = new (officeJs().Excel.RequestContext)("https://office-js-request.invalid/");
  batch(context);
  const text = JSON.stringify(context._pendingRequest.buildRequestMessageBodyAndRequestFlags().body);
  return { text, bytes: utf8Bytes(text) };
}
