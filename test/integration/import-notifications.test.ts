import { Client } from "pg";
import { query, sql } from "../../src/db/sql";
import { papers } from "../../src/db/tables";
import { ImportFormat } from "../../src/importers/formats";
import { systemContext } from "../../src/services/context";
import { importSources } from "../../src/services/import.service";
import { startTestServer, type TestServer } from "../helpers/server";
import { until } from "../helpers/until";

const databaseUrl = process.env.DATABASE_URL;
/** LISTEN needs a connection of its own, which the embedded database does not have. */
const onPostgres = databaseUrl ? describe : describe.skip;

/** What the paper triggers tell listeners: the papers changed, or "many". */
type PapersChanged = { paperIds: number[] | "many" };

function records(count: number, from: number) {
  return JSON.stringify(
    Array.from({ length: count }, (_, index) => ({
      paper: {
        id: `2502.${String(from + index).padStart(5, "0")}`,
        title: `Notified paper ${from + index}`,
        summary: "An abstract.",
        authors: [{ name: "Ada Lovelace" }],
        publishedAt: "2025-03-01T00:00:00.000Z",
      },
    })),
  );
}

onPostgres("notifications of an import are set-based", () => {
  let t: TestServer;
  let listener: Client;
  const heard: PapersChanged[] = [];

  beforeAll(async () => {
    t = await startTestServer();
    listener = new Client({ connectionString: databaseUrl });
    await listener.connect();
    listener.on("notification", ({ payload }) => {
      const parsed = JSON.parse(payload!) as Partial<PapersChanged>;
      if (parsed.paperIds !== undefined) heard.push(parsed as PapersChanged);
    });
    await listener.query("LISTEN papergraph_events");
  });
  afterAll(async () => {
    await listener.end();
    await t.close();
  });

  /** Imports `count` new papers, one batch, listening afresh. */
  async function importNew(count: number, from: number) {
    heard.length = 0;
    const { summary } = await importSources(systemContext(t.db), ImportFormat.HF_DAILY, [
      { name: "generated", source: { text: records(count, from) } },
    ]);
    expect(summary.created).toBe(count);
  }

  test("a batch of new papers is told in a notification or two, not one per paper", async () => {
    await importNew(3, 0);
    const ids = (
      await query<{ id: number }>(t.db, sql`SELECT ${papers.col.id} AS id FROM ${papers.from} ORDER BY 1`)
    ).map((row) => row.id);
    expect(ids).toHaveLength(3);
    await until("the batch's notification", () => heard.length > 0);
    // Triggers of one statement that name the same papers send the same payload, which Postgres sends once.
    expect(heard.length).toBeLessThanOrEqual(2);
    expect(heard).toContainEqual({ paperIds: ids });
  });

  test("more than 500 papers in one statement are told as many", async () => {
    await importNew(600, 1000);
    await until("the batch's notification", () => heard.length > 0);
    expect(heard.length).toBeLessThanOrEqual(2);
    expect(heard).toContainEqual({ paperIds: "many" });
    expect(heard.every((notification) => notification.paperIds === "many")).toBe(true);
  });
});
