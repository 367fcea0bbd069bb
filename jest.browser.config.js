/** The browser tests (`npm run test:browser`): real Chromium against a real server. */
const base = require("./jest.config");

module.exports = { ...base, roots: ["<rootDir>/test/browser"], testPathIgnorePatterns: [], testTimeout: 90_000 };
