import path from "node:path";
import { ConfigError, loadConfig } from "../../src/config";

test("defaults give the embedded database under ./data on port 4000", () => {
  expect(loadConfig({})).toEqual({
    port: 4000,
    databaseUrl: undefined,
    dataDir: path.resolve("./data"),
    logLevel: "info",
    shutdownDelayMs: 2000,
  });
});

test.each([
  [{ PORT: "http" }, "PORT"],
  [{ PORT: "70000" }, "PORT"],
  [{ DATABASE_URL: "not a url" }, "DATABASE_URL"],
  [{ DATABASE_URL: "mysql://root@localhost/db" }, "DATABASE_URL"],
  [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
  [{ SHUTDOWN_DELAY_MS: "soon" }, "SHUTDOWN_DELAY_MS"],
])("%p is refused with a message naming %s", (env, variable) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
});
