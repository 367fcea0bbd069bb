import fs from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import { Query } from "typeorm/driver/Query";
import { loadConfig } from "../config";
import { openDatabase } from "../data-source";
import { createLogger } from "../logger";
import { MIGRATIONS_DIR } from "../paths";

/** SQL that would bring the database in line with the entities; empty when they match. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: Query[]; down: Query[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  const portable = (query: Query) => withPortableDatabaseName(query, dataSource.driver.database);
  return { up: sql.upQueries.map(portable), down: [...sql.downQueries].reverse().map(portable) };
}

/**
 * TypeORM records generated-column expressions in typeorm_metadata under the database's
 * name; refer to current_database() instead so the migration runs on any database.
 */
function withPortableDatabaseName(query: Query, databaseName: string | undefined): Query {
  const index = query.parameters?.indexOf(databaseName) ?? -1;
  if (!query.query.includes('"typeorm_metadata"') || index < 0 || !query.parameters) return query;
  const sql = query.query.replace(/\$(\d+)/g, (_, n: string) => {
    const position = Number(n) - 1;
    if (position === index) return "current_database()";
    return `$${position > index ? position : position + 1}`;
  });
  return new Query(
    sql,
    query.parameters.filter((_, position) => position !== index),
  );
}

function migrationSource(className: string, up: Query[], down: Query[]): string {
  const statements = (queries: Query[]) =>
    queries
      .map(({ query, parameters }) => {
        const args = parameters?.length
          ? `${JSON.stringify(query)}, ${JSON.stringify(parameters)}`
          : JSON.stringify(query);
        return `    await queryRunner.query(${args});`;
      })
      .join("\n");
  return `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  async up(queryRunner: QueryRunner): Promise<void> {
${statements(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${statements(down)}
  }
}
`;
}

/** Rewrites migrations/index.ts so that it lists every migration file in order. */
function writeMigrationIndex(): void {
  const files = fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d+-.+\.ts$/.test(file))
    .sort();
  const imports = files.map((file) => {
    const className = file.replace(/^(\d+)-(.+)\.ts$/, "$2$1");
    return { className, line: `import { ${className} } from "./${file.replace(/\.ts$/, "")}";` };
  });
  const source = [
    ...imports.map((entry) => entry.line),
    "",
    "// Written by `npm run migration:generate`; lists every migration in the order it runs.",
    `export const migrations = [${imports.map((entry) => entry.className).join(", ")}];`,
    "",
  ].join("\n");
  fs.writeFileSync(path.join(MIGRATIONS_DIR, "index.ts"), source);
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const dataSource = await openDatabase(config, logger);
  try {
    if (command === "run") {
      const applied = await dataSource.runMigrations();
      logger.info({ applied: applied.map((migration) => migration.name) }, "migrations applied");
    } else if (command === "check") {
      // Runs against a fresh database: applies every migration, then diffs against the entities.
      await dataSource.runMigrations();
      const { up } = await pendingSchemaChanges(dataSource);
      if (up.length > 0) {
        console.error(
          `Migrations have drifted from the entities. Missing SQL:\n${up.map((q) => q.query).join(";\n")};`,
        );
        process.exitCode = 1;
      } else {
        console.log("Migrations match the entities.");
      }
    } else if (command === "generate" && name && /^[A-Z][A-Za-z0-9]*$/.test(name)) {
      await dataSource.runMigrations();
      const { up, down } = await pendingSchemaChanges(dataSource);
      if (up.length === 0) {
        console.log("Entities match the migrations; nothing to generate.");
        return;
      }
      const timestamp = Date.now();
      const file = path.join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
      fs.writeFileSync(file, migrationSource(`${name}${timestamp}`, up, down));
      writeMigrationIndex();
      console.log(`Wrote ${path.relative(process.cwd(), file)}`);
    } else {
      console.error("Usage: migrations run | check | generate <PascalCaseName>");
      process.exitCode = 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
