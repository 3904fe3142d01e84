/**
 * Builds the task pane and the ribbon command as in Microsoft's Excel task-pane template
 * (OfficeDev/Office-Addin-TaskPane), with three differences:
 *  - the output is ES5 (Office 2016/2019 on Windows show add-ins in Internet Explorer 11);
 *  - `OFFICE_JS=local` (or `--env officejs=local`) serves office.js from the @microsoft/office-js
 *    package instead of Microsoft's CDN, for intranets without internet access;
 *  - development certificates are read only by `webpack serve`, never by a build.
 */
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const TerserPlugin = require("terser-webpack-plugin");
const webpack = require("webpack");

const DEV_BASE_URL = "https://localhost:3000/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const LOCAL_OFFICE_JS_DIR = "office-js";

/** Modules that must never reach a production bundle (GPL engine, tests, the playground). */
const FORBIDDEN_MODULES = [
  /[\\/]node_modules[\\/]hyperformula[\\/]/,
  /[\\/]test[\\/]/,
  /[\\/]src[\\/]sim-excel[\\/]/,
  /[\\/]src[\\/]sim-wps[\\/]/,
  /[\\/]src[\\/]playground[\\/]/,
  /[\\/]node_modules[\\/](playwright-core|fast-check)[\\/]/,
];

/** Fails the compilation when a forbidden module is bundled. */
class ForbiddenModulesPlugin {
  apply(compiler) {
    compiler.hooks.afterCompile.tap("ForbiddenModulesPlugin", (compilation) => {
      for (const module of compilation.modules) {
        const resource = module.resource || "";
        const rule = FORBIDDEN_MODULES.find((re) => re.test(resource));
        if (rule) {
          compilation.errors.push(
            new Error(`${path.relative(__dirname, resource)} must not be bundled (matches ${rule})`),
          );
        }
      }
    });
  }
}

/** The base URL the add-in is served from in production, with a trailing slash. */
function productionBaseUrl() {
  const url = process.env.ADDIN_BASE_URL;
  if (!url) return DEV_BASE_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_BASE_URL must be an https:// URL, got "${url}"`);
  return url.endsWith("/") ? url : url + "/";
}

/** The Content-Security-Policy of the pages: the add-in's own files and office.js, nothing else. */
function contentSecurityPolicy(localOfficeJs) {
  const scripts = localOfficeJs ? "'self'" : `'self' ${CDN_ORIGIN}`;
  return [
    "default-src 'none'",
    `script-src ${scripts}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const localOfficeJs = env.officejs === "local" || process.env.OFFICE_JS === "local";
  const baseUrl = dev ? DEV_BASE_URL : productionBaseUrl();
  const officeJsUrl = localOfficeJs ? `${LOCAL_OFFICE_JS_DIR}/office.js` : CDN_OFFICE_JS;
  const pageParameters = { officeJsUrl, csp: contentSecurityPolicy(localOfficeJs) };

  const copyPatterns = [
    { from: "assets/*", to: "assets/[name][ext][query]" },
    { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
    { from: "src/support/support.html", to: "support.html" },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      transform(content) {
        return dev ? content : content.toString().split(DEV_BASE_URL).join(baseUrl);
      },
    },
  ];
  if (localOfficeJs) {
    const officeJsDist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
    if (!fs.existsSync(path.join(officeJsDist, "office.js"))) {
      throw new Error(`office.js not found in ${officeJsDist}; run npm ci`);
    }
    // Copied as published: already minified, so the minimizer must leave it alone.
    copyPatterns.push({ from: officeJsDist, to: LOCAL_OFFICE_JS_DIR, info: { minimized: true } });
  }

  const config = {
    mode: dev ? "development" : "production",
    target: ["web", "es5"],
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: ["./src/taskpane/polyfills.ts", "./src/taskpane/taskpane.ts"],
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      // webpack's own runtime code must be ES5 as well.
      environment: {
        arrowFunction: false,
        asyncFunction: false,
        bigIntLiteral: false,
        const: false,
        destructuring: false,
        dynamicImport: false,
        dynamicImportInWorker: false,
        forOf: false,
        globalThis: false,
        module: false,
        optionalChaining: false,
        templateLiteral: false,
      },
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // tslib's helpers once, instead of a copy of __awaiter/__generator in every module.
            options: {
              configFile: path.resolve(__dirname, "tsconfig.build.json"),
              compilerOptions: { importHelpers: true },
            },
          },
        },
        {
          // docx ships ES2015+ (destructuring, classes, arrow functions); the Word export chunk
          // must run in Internet Explorer 11 too, so it is compiled down to ES5 here, and its
          // `new RegExp(…, "u" | "s")`, which IE11 refuses, are transpiled first (loaders run last
          // to first).
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]docx[\\/]/,
          type: "javascript/auto",
          use: [
            {
              loader: "ts-loader",
              options: {
                transpileOnly: true,
                configFile: path.resolve(__dirname, "tsconfig.build.json"),
                compilerOptions: {
                  allowJs: true,
                  checkJs: false,
                  target: "ES5",
                  downlevelIteration: true,
                  importHelpers: true,
                },
              },
            },
            { loader: path.resolve(__dirname, "scripts", "es5-regexp-loader.js") },
          ],
        },
      ],
    },
    optimization: {
      minimizer: [new TerserPlugin({ extractComments: false, terserOptions: { ecma: 5 } })],
    },
    performance: {
      hints: dev ? false : "error",
      // DESIGN.md budget: the task-pane bundle stays under 250 KB minified.
      maxEntrypointSize: 250_000,
      maxAssetSize: 250_000,
      // Only what loads with the pane counts; the Word export chunk loads on 导出Word.
      assetFilter: (file) => file === "taskpane.js" || file === "commands.js",
    },
    plugins: [
      new ForbiddenModulesPlugin(),
      // The spun-wording lexicon (~200 KB) is a chunk of its own, loaded when the pane first
      // validates (src/core/wording/lexicon-source-lazy.ts), not with the pane.
      new webpack.NormalModuleReplacementPlugin(/^\.\/lexicon-source$/, "./lexicon-source-lazy"),
      // The narrative renderer (template engine, phrase rules, templates) likewise: a chunk loaded
      // before the first action (src/core/narrative/narrative-engine.ts), not with the pane.
      new webpack.NormalModuleReplacementPlugin(/^\.\/engine-source$/, "./engine-source-lazy"),
      // The WPS edition's pane (src/wps) is a chunk only WPS loads; the Office build leaves it out
      // (webpack.wps.config.js builds it).
      new webpack.IgnorePlugin({ resourceRegExp: /^\.\.\/wps\/wps-pane$/ }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: pageParameters,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: pageParameters,
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
  };

  if (serving) {
    // Only `webpack serve` needs (and may create) the development certificates.
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
      static: { directory: path.resolve(__dirname, "dist") },
    };
  }
  return config;
};
