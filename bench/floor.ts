import http from "node:http";
import type { AddressInfo } from "node:net";
import { Pool } from "pg";
import { fromGlobalId } from "../src/domain/global-id";
import { hashToken } from "../src/domain/tokens";
import { floorVoteSql, type Scenario } from "./scenarios";

export interface FloorServer {
  url: string;
  /** SQL statements sent so far: one per request, by construction. */
  statementCount(): number;
  close(): Promise<void>;
}

/**
 * The physical floor: a bare node:http handler that answers each request with one SQL statement
 * through `pg`, returning the JSON Postgres builds. It knows each operation by its name. Its
 * statements are prepared, named by operation, as ours are on a Postgres server.
 */
export async function startFloorServer(
  databaseUrl: string,
  scenarios: Scenario[],
  poolSize: number,
): Promise<FloorServer> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const byOperation = new Map(scenarios.map((scenario) => [scenario.body.operationName, scenario]));
  let statements = 0;

  const statementFor = (
    body: { operationName: string; variables: Record<string, unknown> },
    authorization?: string,
  ) => {
    const scenario = byOperation.get(body.operationName);
    if (scenario) {
      return { name: body.operationName, text: scenario.floorSql, values: scenario.floorParams(body.variables) };
    }
    const { id: paperId } = fromGlobalId(String((body.variables.input as { paperId: string }).paperId), "paperId");
    const token = (authorization ?? "").replace(/^Bearer\s+/i, "");
    const upvote = body.operationName === "Upvote";
    return { name: body.operationName, text: floorVoteSql(upvote), values: [hashToken(token), paperId] };
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      try {
        const statement = statementFor(JSON.parse(Buffer.concat(chunks).toString()), req.headers.authorization);
        statements++;
        const { rows } = await pool.query<{ json: string }>(statement);
        res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(rows[0].json);
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    statementCount: () => statements,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
