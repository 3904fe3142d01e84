/**
 * Builds the WPS edition (`npm run build:wps`, through scripts/build-wps.js): the WPS 加载项 folder
 * as WPS loads it — ribbon.xml, the entry page index.html with main.js (the ribbon's callbacks),
 * taskpane.html with the same pane as the Office edition, its chunks, stylesheet and icons — all
 * served from the add-in's own folder, with no office.js and nothing remote. The same compilation
 * as webpack.config.js (ES5 for the older Chromium of WPS 2019, the lazy lexicon and narrative
 * chunks, the modules a production bundle must never hold), only other entries and pages.
 * Output goes to dist-wps/addin/ (or `--env outDir=…`).
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const makeOfficeConfig = require("./webpack.config.js");

/**
 * The pages' Content-Security-Policy: the add-in's own files only. WPS serves an online add-in from
 * the intranet server and an offline one from the unpacked folder on disk (file:), so both are
 * allowed as "self"; nothing else is.
 */
function contentSecurityPolicy() {
  return [
    "default-src 'none'",
    "script-src 'self' file:",
    "style-src 'self' file:",
    "img-src 'self' file: data:",
    "font-src 'self' file:",
    "connect-src 'self' file:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = async (env = {}, options = {}) => {
  const mode = options.mode === "development" ? "development" : "production";
  const office = await makeOfficeConfig({}, { mode });
  // the Office build's compilation: forbidden modules and the lazy chunks (not its pages, office.js or the WPS ignore)
  const shared = office.plugins.filter(
    (p) => p.constructor.name === "ForbiddenModulesPlugin" || p instanceof webpack.NormalModuleReplacementPlugin,
  );
  const csp = contentSecurityPolicy();
  return {
    mode,
    target: office.target,
    devtool: mode === "production" ? false : "source-map",
    entry: {
      taskpane: ["./src/taskpane/polyfills.ts", "./src/taskpane/taskpane.ts"],
      main: "./src/wps/shell/main.ts",
    },
    output: { ...office.output, path: path.resolve(__dirname, env.outDir || "dist-wps/addin"), clean: true },
    resolve: office.resolve,
    module: office.module,
    optimization: office.optimization,
    performance: {
      ...office.performance,
      hints: mode === "production" ? "error" : false,
      assetFilter: (file) => file === "taskpane.js" || file === "main.js",
    },
    plugins: [
      ...shared,
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/wps/shell/index.html",
        chunks: ["main"],
        inject: "head",
        scriptLoading: "blocking",
        templateParameters: { csp },
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/wps/shell/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { csp },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/shell/ribbon.xml", to: "ribbon.xml" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "assets/icon-16.png", to: "assets/icon-16.png" },
          { from: "assets/icon-32.png", to: "assets/icon-32.png" },
          { from: "assets/icon-80.png", to: "assets/icon-80.png" },
        ],
      }),
    ],
  };
};
