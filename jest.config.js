/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  // The browser tests need Chromium and run on their own: npm run test:browser.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  // TS151002: ts-jest's note on the node16 module kind, which compiles to CommonJS here.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { ignoreCodes: [151002] } }] },
  testTimeout: 60_000,
};
