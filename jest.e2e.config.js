/**
 * `npm run test:e2e`: the checks that need tools beyond Node — LibreOffice (soffice) and poppler
 * (pdfinfo, pdftoppm). Kept out of `npm test` by jest.config.js. One worker per CPU; each
 * soffice run has a private profile, so test files may run in parallel.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      {
        tsconfig: { target: "ES2020", module: "CommonJS", moduleResolution: "Node", esModuleInterop: true },
        isolatedModules: false,
      },
    ],
  },
  testTimeout: 120000,
};
