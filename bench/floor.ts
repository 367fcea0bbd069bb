import http from "node:http";
import type { AddressInfo } from "node:net";
import { Pool } from "pg";
import { fromGlobalId } from "../src/domain/global-id";
import { hashToken } from "../src/domain/tokens";
import { floorVoteAnswer, floorVoteSql, type PaperCardRow, type Scenario } from "./scenarios";

export interface FloorServer {
  url: string;
  /** SQL statements sent so far: one per request, by construction. */
  statementCount(): number;
  close(): Promise<void>;
}

/**
 * The physical floor: a bare node:http handler that answers each request with one SQL statement
 * through `pg`, the cheapest shown for it, and builds the response from its rows. It knows each
 * read by its operation and variables (the daily pages share an operation and differ in page
 * size, a literal in their statements). Its statements are prepared, named by scenario or by
 * operation, as ours are on a Postgres server.
 */
export async function startFloorServer(
  databaseUrl: string,
  scenarios: Scenario[],
  poolSize: number,
): Promise<FloorServer> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const requestKey = (body: { operationName: string; variables: Record<string, unknown> }) =>
    `${body.operationName} ${JSON.stringify(body.variables)}`;
  const byRequest = new Map(scenarios.map((scenario) => [requestKey(scenario.body), scenario]));
  let statements = 0;

  /** One statement, then the response built from its rows. */
  const answer = async (
    body: { operationName: string; variables: Record<string, unknown> },
    authorization?: string,
  ): Promise<unknown> => {
    statements++;
    const name = body.operationName;
    const scenario = byRequest.get(requestKey(body));
    if (scenario) {
      const values = scenario.floorParams(body.variables);
      const { rows } = await pool.query<PaperCardRow>({ name: scenario.name, text: scenario.floorSql, values });
      return scenario.floorAnswer(rows);
    }
    const { id: paperId } = fromGlobalId(String((body.variables.input as { paperId: string }).paperId), "paperId");
    const token = (authorization ?? "").replace(/^Bearer\s+/i, "");
    const upvote = name === "Upvote";
    const { rows } = await pool.query<{ id: number; upvotes: number }>({
      name,
      text: floorVoteSql(upvote),
      values: [hashToken(token), paperId],
    });
    return floorVoteAnswer(upvote, rows[0]);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      try {
        const json = JSON.stringify(
          await answer(JSON.parse(Buffer.concat(chunks).toString()), req.headers.authorization),
        );
        res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(json);
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
