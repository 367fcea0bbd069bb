import type { MigrationInterface, QueryRunner } from "typeorm";

export class HuggingFaceFields1796103876375 implements MigrationInterface {
  name = "HuggingFaceFields1796103876375";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"ai_summary\" text");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"ai_keywords\" text array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"media_urls\" text array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"num_comments\" integer");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"submitted_by\" jsonb");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"organization\" jsonb");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"withdrawn_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("CREATE INDEX \"paper_organization_idx\" ON \"paper\" USING gin (\"organization\") ");
    await queryRunner.query("CREATE INDEX \"paper_submitted_by_idx\" ON \"paper\" USING gin (\"submitted_by\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"paper_submitted_by_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_organization_idx\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"withdrawn_at\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"organization\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"submitted_by\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"num_comments\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"media_urls\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"ai_keywords\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"ai_summary\"");
  }
}
