/**
 * The playground (`npm run playground`): the real task pane beside a grid of the simulated Excel
 * host, built for development only. It bundles HyperFormula (the simulated host's formula
 * engine) and the browser build of ExcelJS, which the production build (webpack.config.js,
 * dist/) never does. Output goes to out/playground/ (or `--env outDir=…`), served over plain
 * http by scripts/serve-playground.js.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (env = {}) => ({
  mode: "development",
  target: ["web", "es2018"],
  // no eval-based source maps: the page's Content-Security-Policy forbids eval
  devtool: "source-map",
  entry: { playground: "./src/playground/playground.ts" },
  output: {
    path: path.resolve(__dirname, env.outDir || "out/playground"),
    filename: "[name].js",
    chunkFilename: "[name].chunk.js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            compilerOptions: { target: "ES2018", module: "ESNext", sourceMap: true },
          },
        },
      },
    ],
  },
  performance: { hints: false },
  stats: "errors-warnings",
  plugins: [
    new HtmlWebpackPlugin({ filename: "index.html", template: "./src/playground/playground.html", inject: "body" }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
        { from: "src/playground/playground.css", to: "playground.css" },
      ],
    }),
  ],
});
