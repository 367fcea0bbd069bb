import type { MigrationInterface, QueryRunner } from "typeorm";

export class ArxivSnapshotFields1796103633025 implements MigrationInterface {
  name = "ArxivSnapshotFields1796103633025";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"categories\" text array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"doi\" text");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"journal_ref\" text");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"license\" text");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"comments\" text");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"revised_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("CREATE INDEX \"paper_categories_idx\" ON \"paper\" USING gin (\"categories\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"paper_categories_idx\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"revised_at\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"comments\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"license\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"journal_ref\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"doi\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"categories\"");
  }
}
