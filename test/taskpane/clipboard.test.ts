import { copyText, type ClipboardEnvironment } from "../../src/taskpane/clipboard";

class FakeItem {
  constructor(readonly data: Record<string, Blob>) {}
}

/** A document with just what the text-area fallback touches. */
function fakeDocument(copyWorks: boolean, copied: string[]): Document {
  const textarea = {
    value: "",
    style: {} as Record<string, string>,
    parentNode: null as unknown,
    setAttribute() {},
    focus() {},
    select() {},
    setSelectionRange() {},
  };
  const body = {
    appendChild(node: typeof textarea) {
      node.parentNode = body;
    },
    removeChild(node: typeof textarea) {
      node.parentNode = null;
    },
  };
  return {
    body,
    activeElement: null,
    createElement: () => textarea,
    execCommand: (command: string) => {
      if (command === "copy" && copyWorks) copied.push(textarea.value);
      return copyWorks;
    },
  } as unknown as Document;
}

function env(options: { write?: boolean; writeText?: boolean; exec?: boolean }, log: string[]): ClipboardEnvironment {
  const clipboard: Partial<Clipboard> = {};
  if (options.write !== undefined) {
    clipboard.write = (items: ClipboardItems) => {
      if (!options.write) return Promise.reject(new Error("NotAllowedError"));
      log.push(`rich:${Object.keys((items[0] as unknown as FakeItem).data).join(",")}`);
      return Promise.resolve();
    };
  }
  if (options.writeText !== undefined) {
    clipboard.writeText = (text: string) => {
      if (!options.writeText) return Promise.reject(new Error("NotAllowedError"));
      log.push(`plain:${text}`);
      return Promise.resolve();
    };
  }
  return {
    document: fakeDocument(options.exec === true, log),
    navigator: {
      clipboard: options.write === undefined && options.writeText === undefined ? undefined : clipboard,
    } as unknown as Navigator,
    ClipboardItem: FakeItem as unknown as typeof ClipboardItem,
  };
}

describe("copyText", () => {
  it("writes HTML and plain text through the async clipboard where allowed", async () => {
    const log: string[] = [];
    await expect(copyText("<p>a</p>", "a", undefined, env({ write: true, writeText: true }, log))).resolves.toBe(
      "rich",
    );
    expect(log).toEqual(["rich:text/html,text/plain"]);
  });

  it("falls back to plain text when rich text is refused", async () => {
    const log: string[] = [];
    await expect(copyText("<p>a</p>", "a", undefined, env({ write: false, writeText: true }, log))).resolves.toBe(
      "plain",
    );
    expect(log).toEqual(["plain:a"]);
  });

  it("selects a text area and runs the copy command where navigator.clipboard is blocked", async () => {
    const log: string[] = [];
    await expect(
      copyText("<p>a</p>", "全文", undefined, env({ write: false, writeText: false, exec: true }, log)),
    ).resolves.toBe("fallback");
    expect(log).toEqual(["全文"]);
    await expect(copyText("<p>a</p>", "全文", undefined, env({ exec: true }, []))).resolves.toBe("fallback");
  });

  it("says so when every way fails", async () => {
    await expect(
      copyText("<p>a</p>", "a", undefined, env({ write: false, writeText: false, exec: false }, [])),
    ).resolves.toBe("failed");
  });
});
