/**
 * The playground server (scripts/serve-playground.js) answers every request, however malformed
 * its URL, and keeps serving: a NUL or an unfinished escape is a 400, a path out of its folder
 * a 403, and the next request still gets its file.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";

interface Server {
  readonly port: number;
  close(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPlaygroundServer } = require("../../scripts/serve-playground.js") as {
  startPlaygroundServer(options: { dir: string; port: number }): Promise<Server>;
};

function get(port: number, rawPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path: rawPath, method: "GET" }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("serve-playground", () => {
  let dir: string;
  let server: Server;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "playground-serve-"));
    fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>playground</title>");
    server = await startPlaygroundServer({ dir, port: 0 });
  });

  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["/%00", 400],
    ["/index.html%00.js", 400],
    ["/%0a", 400],
    ["/%", 400],
    ["/%E0%A4%A", 400],
    ["/..%2f..%2fetc%2fpasswd", 403],
    ["/no-such-file.js", 404],
  ])("answers GET %s with %i and keeps serving", async (rawPath, status) => {
    expect(await get(server.port, rawPath)).toBe(status);
    expect(await get(server.port, "/")).toBe(200);
  });
});
