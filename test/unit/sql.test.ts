import "reflect-metadata";
import pino from "pino";
import { join, raw, sql, where } from "../../src/db/sql";
import * as tables from "../../src/db/tables";
import { connectDatabase } from "../../src/data-source";
import { entities } from "../../src/entities";

test("placeholders are numbered when the statement is rendered, however pieces nest", () => {
  const condition = sql`p.title = ${"a"}`;
  const statement = sql`SELECT ${raw("p.id")} FROM paper p ${where([condition, sql`p.id > ${7}`])} LIMIT ${20}`;
  expect(statement.render()).toEqual({
    text: "SELECT p.id FROM paper p WHERE p.title = $1 AND p.id > $2 LIMIT $3",
    values: ["a", 7, 20],
  });
  // The same piece used twice binds its value twice, in order.
  expect(join([condition, condition], " OR ").render()).toEqual({
    text: "p.title = $1 OR p.title = $2",
    values: ["a", "a"],
  });
  expect(where([]).render().text).toBe("");
});

test("identifiers come from the entity decorators", () => {
  expect(tables.papers.col.arxivId.render().text).toBe('p."arxiv_id"');
  expect(tables.papers.column.publishedAt.render().text).toBe('"published_at"');
  expect(tables.users.name.render().text).toBe('"app_user"');
  expect(tables.papers.select(["id", "dailyDate"]).render().text).toBe('p."id" AS "id", p."daily_date" AS "dailyDate"');
});

test("every table's identifiers match the columns TypeORM maps", async () => {
  const db = await connectDatabase({ databaseUrl: undefined, pgliteDir: undefined, logger: pino({ level: "silent" }) });
  try {
    const byName = new Map(
      (Object.values(tables) as unknown[])
        .filter((value): value is tables.Table<object> => typeof value === "object" && value !== null && "col" in value)
        .map((table) => [table.name.render().text, table]),
    );
    expect(byName.size).toBe(entities.length);
    for (const entity of entities) {
      const metadata = db.getMetadata(entity);
      const table = byName.get(`"${metadata.tableName}"`);
      expect(table).toBeDefined();
      const derived = Object.fromEntries(
        Object.entries(table!.column as Record<string, { render(): { text: string } }>).map(([property, column]) => [
          property,
          column.render().text,
        ]),
      );
      const mapped = Object.fromEntries(
        metadata.columns.map((column) => [column.propertyName, `"${column.databaseName}"`]),
      );
      expect(derived).toEqual(mapped);
    }
  } finally {
    await db.destroy();
  }
});
