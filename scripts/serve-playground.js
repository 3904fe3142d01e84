#!/usr/bin/env node
/**
 * Serves the built playground (out/playground/) on http://localhost:3001 — plain http, no
 * certificates, bound to the loopback interface only. `startPlaygroundServer` is also what the
 * browser tests use (on a free port: `port: 0`).
 *
 *   node scripts/serve-playground.js [--port 3001] [--dir out/playground]
 */
const http = require("http");
const fs = require("fs");
const path = require("path");
const { URL } = require("url");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Starts the server; resolves with its URL and a close function. */
function startPlaygroundServer({
  dir = path.resolve(__dirname, "..", "out/playground"),
  port = 3001,
  host = "127.0.0.1",
} = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    // NUL and other control characters are no file name (and make fs throw): any such URL is malformed
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(pathname)) {
      res.writeHead(400).end("bad request");
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.resolve(root, "." + pathname);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    const reply = (err, data) => {
      if (err) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      res.end(data);
    };
    try {
      fs.readFile(file, reply);
    } catch (err) {
      reply(err);
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://localhost:${address.port}/`;
      resolve({
        url,
        port: address.port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

if (require.main === module) {
  const dir = path.resolve(argument("dir", path.resolve(__dirname, "..", "out/playground")));
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    console.error(`${dir}/index.html not found: build the playground first (npm run playground).`);
    process.exit(1);
  }
  startPlaygroundServer({ dir, port: Number(argument("port", "3001")) }).then(
    ({ url }) => console.log(`年度总结助手 playground: ${url}  (Ctrl+C to stop)`),
    (err) => {
      console.error(`Cannot start the playground server: ${err.message}`);
      process.exit(1);
    },
  );
}

module.exports = { startPlaygroundServer };
