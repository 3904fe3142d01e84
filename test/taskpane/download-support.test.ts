import { downloadSupport, type DownloadFeatures } from "../../src/taskpane/download-support";

const browser: DownloadFeatures = { msSaveOrOpenBlob: false, blobUrl: true, downloadAttribute: true };

describe("downloadSupport", () => {
  it.each([
    ["Excel for Mac, whatever the browser engine offers", { ...browser, platform: "Mac" }, "mac"],
    ["Excel on iPad", { ...browser, platform: "iOS" }, "ios"],
    ["Excel on Windows (Edge WebView2)", { ...browser, platform: "PC" }, "yes"],
    ["Excel on the web", { ...browser, platform: "OfficeOnline" }, "yes"],
    [
      "Office 2016 in Internet Explorer 11",
      { platform: "PC", msSaveOrOpenBlob: true, blobUrl: true, downloadAttribute: false },
      "yes",
    ],
    ["a browser without the download attribute", { ...browser, downloadAttribute: false }, "none"],
    ["a browser without Blob URLs", { ...browser, blobUrl: false }, "none"],
  ] as const)("%s → %s", (_, features, expected) => {
    expect(downloadSupport(features)).toBe(expected);
  });
});
