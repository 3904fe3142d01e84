// ESLint 9 flat config: Office Add-in rules (eslint-plugin-office-addins, which also brings
// eslint:recommended and Prettier) plus typescript-eslint's recommended rules.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

/**
 * eslint-plugin-office-addins bundles its own (older) copy of typescript-eslint and registers it
 * as the "@typescript-eslint" plugin; ESLint refuses two different plugins under one name, so its
 * configs are pointed at the project's copy instead.
 */
const officeAddinsRecommended = officeAddins.configs.recommended.map((config) => {
  if (!config.plugins?.["@typescript-eslint"]) return config;
  return {
    ...config,
    plugins: { ...config.plugins, "@typescript-eslint": tseslint.plugin },
    languageOptions: { ...config.languageOptions, parser: tseslint.parser, ecmaVersion: "latest" },
  };
});

/** Globals of the CommonJS Node scripts (build config, icon generator, jest config). */
const nodeGlobals = Object.fromEntries(
  ["require", "module", "exports", "__dirname", "__filename", "process", "console", "Buffer"].map((name) => [
    name,
    "readonly",
  ]),
);

/** What src/core may not import: an adapter, the pane, Node or a host library. */
const CORE_FENCE = [
  {
    group: ["**/excel/**", "**/taskpane/**", "**/cli/**", "**/export/**", "**/playground/**", "**/wps/**"],
    message: "src/core must not import an adapter or the pane.",
  },
  {
    group: ["fs", "path", "os", "child_process", "node:*", "exceljs", "docx", "@microsoft/office-js"],
    message: "src/core is pure TypeScript: no Node, no host libraries.",
  },
];

export default tseslint.config(
  {
    ignores: ["dist/", "lib/", "out/", "coverage/", "node_modules/", "test-results/", "**/*.d.ts"],
  },
  ...officeAddinsRecommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The core decides and imports nothing of a host (DESIGN.md); tsconfig.core.json also compiles
    // it without DOM and Node types, so a use of `document` or `process` fails too.
    files: ["src/core/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: CORE_FENCE }] },
  },
  {
    // Dependencies inside the core run one way: phrases ← template ← narrative.
    files: ["src/core/phrases/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...CORE_FENCE,
            { group: ["**/template/**", "**/narrative/**"], message: "Phrase rules stand alone." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/core/template/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...CORE_FENCE,
            { group: ["**/narrative/**"], message: "The template engine does not know the narrative." },
          ],
        },
      ],
    },
  },
  {
    // The command line reads .xlsx files with ExcelJS, whose objects are plain values: the
    // Office.js load/sync rules do not apply there.
    files: ["src/cli/**/*.ts"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
    },
  },
);
