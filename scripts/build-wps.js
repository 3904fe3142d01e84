#!/usr/bin/env node
/**
 * `npm run build:wps`: the WPS edition, ready to deploy (README, WPS 加载项). In dist-wps/ (or --out):
 *
 *   annual-summary-addin_<version>/  the add-in folder: ribbon.xml, index.html + main.js, taskpane.html,
 *                                    the pane's scripts, stylesheet and icons — copied as it is to an
 *                                    intranet web server (online mode) or into a user's jsaddons folder
 *   annual-summary-addin.7z          the offline package: that folder in a .7z, as WPS downloads and
 *                                    unpacks offline add-ins (and as WPS's own wpsjs tool builds them)
 *   jsplugins.xml                    online mode: WPS loads the add-in from <base URL> (the folder on the
 *                                    web server); oem.ini's JSPluginsServer points at this file
 *   jsplugins-offline.xml            offline mode from the server: WPS fetches <base URL>annual-summary-addin.7z
 *   publish.xml                      one computer: the unpacked folder beside it in the user's jsaddons folder
 *
 * The base URL is where the add-in folder will be served, ending in "/":
 *   WPS_ADDIN_BASE_URL=http://oa.example.gov.cn/wps/annual-summary-addin_0.1.0/ npm run build:wps
 * (default http://127.0.0.1:3889/, a web server on the user's own computer). Nothing is fetched from
 * any network: the .7z is made by the 7-Zip binary of the 7zip-bin package.
 *
 *   node scripts/build-wps.js [--out dist-wps] [--base-url URL] [--mode production|development]
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_BASE_URL = "http://127.0.0.1:3889/";
/** WPS 表格 (et); WPS 文字 would be "wps", WPS 演示 "wpp". */
const ADDIN_TYPE = "et";

function argument(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function escapeXml(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The base URL, checked: http(s), ending in "/". */
function baseUrl(value) {
  if (!/^https?:\/\/[^\s"<>]+$/.test(value))
    throw new Error(`WPS_ADDIN_BASE_URL must be an http:// or https:// URL, got "${value}"`);
  return value.endsWith("/") ? value : value + "/";
}

/** The files describing where WPS finds the add-in, by mode. */
function pluginLists({ name, version, folder, base }) {
  const online = `<?xml version="1.0" encoding="UTF-8"?>
<!-- 年度总结助手 (WPS 表格), online mode: WPS loads ${escapeXml(base)}ribbon.xml and index.html from the intranet server -->
<jsplugins>
  <jspluginonline name="${escapeXml(name)}" type="${ADDIN_TYPE}" url="${escapeXml(base)}"/>
</jsplugins>
`;
  const offline = `<?xml version="1.0" encoding="UTF-8"?>
<!-- 年度总结助手 (WPS 表格), offline mode: WPS downloads the package once and runs it from the user's computer -->
<jsplugins>
  <jsplugin name="${escapeXml(name)}" type="${ADDIN_TYPE}" url="${escapeXml(base)}${escapeXml(name)}.7z" version="${escapeXml(version)}" enable="true"/>
</jsplugins>
`;
  const publish = `<?xml version="1.0" encoding="UTF-8"?>
<!-- 年度总结助手 (WPS 表格) on one computer: this file and the folder ${escapeXml(folder)} in the jsaddons folder -->
<jsplugins>
  <jsplugin name="${escapeXml(name)}" type="${ADDIN_TYPE}" url="${escapeXml(folder)}" version="${escapeXml(version)}" enable="enable_dev" install="null"/>
</jsplugins>
`;
  return { online, offline, publish };
}

/** The 7-Zip binary of 7zip-bin, made executable (npm unpacks it without the execute bit). */
function sevenZip() {
  const bin = require("7zip-bin").path7za;
  if (!fs.existsSync(bin)) throw new Error(`7-Zip not found at ${bin}; run npm ci`);
  if (process.platform !== "win32") {
    try {
      fs.accessSync(bin, fs.constants.X_OK);
    } catch {
      fs.chmodSync(bin, 0o755);
    }
  }
  return bin;
}

function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(command)} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

function buildWps({ out, base, mode }) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const name = pkg.name;
  const version = pkg.version;
  const folder = `${name}_${version}`;
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });

  const webpackCli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  run(
    process.execPath,
    [webpackCli, "--config", "webpack.wps.config.js", "--mode", mode, "--env", `outDir=${path.join(out, folder)}`],
    {
      cwd: ROOT,
    },
  );
  for (const file of ["ribbon.xml", "index.html", "main.js", "taskpane.html", "taskpane.js"]) {
    if (!fs.existsSync(path.join(out, folder, file))) throw new Error(`the WPS build made no ${file}`);
  }

  const lists = pluginLists({ name, version, folder, base });
  fs.writeFileSync(path.join(out, "jsplugins.xml"), lists.online);
  fs.writeFileSync(path.join(out, "jsplugins-offline.xml"), lists.offline);
  fs.writeFileSync(path.join(out, "publish.xml"), lists.publish);

  // the offline package: the add-in folder itself inside the .7z, as WPS unpacks it
  run(sevenZip(), ["a", "-t7z", "-mx=9", "-bd", "-y", `${name}.7z`, folder], { cwd: out });
  return { out, folder, name, version, base };
}

if (require.main === module) {
  try {
    const out = path.resolve(ROOT, argument("--out", "dist-wps"));
    const base = baseUrl(argument("--base-url", process.env.WPS_ADDIN_BASE_URL || DEFAULT_BASE_URL));
    const mode = argument("--mode", "production");
    const built = buildWps({ out, base, mode });
    const rel = path.relative(ROOT, built.out) || ".";
    console.log(`WPS 加载项 built in ${rel}/:`);
    console.log(`  ${built.folder}/          the add-in folder (serve it at ${built.base})`);
    console.log(`  ${built.name}.7z        the offline package`);
    console.log("  jsplugins.xml                 online mode (oem.ini JSPluginsServer)");
    console.log("  jsplugins-offline.xml         offline mode from the server");
    console.log("  publish.xml                   one computer (the jsaddons folder)");
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

module.exports = { buildWps, pluginLists, baseUrl, DEFAULT_BASE_URL, ADDIN_TYPE };
