/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      { tsconfig: { target: "ES2020", module: "CommonJS", moduleResolution: "Node" }, isolatedModules: false },
    ],
  },
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
};
