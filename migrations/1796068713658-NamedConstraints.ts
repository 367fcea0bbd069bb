import type { MigrationInterface, QueryRunner } from "typeorm";

/** Columns whose change is a change to the record; votes and trend keys are not. */
const PAPER_RECORD =
  "arxiv_id, title, abstract, published_at, daily_date, author_count, project_page, keywords, thumbnail, imported_upvotes, deleted_at, deletion_reason";
const REPOSITORY_RECORD = "url, provider, owner, name, stars, language";

const changed = (columns: string) =>
  `(${columns.replace(/(\w+)/g, "OLD.$1")}) IS DISTINCT FROM (${columns.replace(/(\w+)/g, "NEW.$1")})`;

export class NamedConstraints1796068713658 implements MigrationInterface {
  name = "NamedConstraints1796068713658";

  async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand. Unique constraints get Postgres-style names (see src/db/naming.ts), so
    // a unique violation names the field at fault.
    await queryRunner.query('ALTER TABLE "paper" RENAME CONSTRAINT "UQ_53539d16ba995760ebd9c1cebaa" TO "paper_arxiv_id_key"');
    await queryRunner.query('ALTER TABLE "app_user" RENAME CONSTRAINT "UQ_0bc71e3c049f59c67f38dbceed6" TO "app_user_handle_key"');
    await queryRunner.query(
      'ALTER TABLE "api_token" RENAME CONSTRAINT "UQ_bafaa5aab5957cd193fb2da8f24" TO "api_token_token_hash_key"',
    );
    // Repositories are matched on url_key and shown with url, which keeps its case.
    await queryRunner.query('ALTER TABLE "repository" ADD "url_key" text');
    await queryRunner.query('UPDATE "repository" SET "url_key" = "url"');
    await queryRunner.query('ALTER TABLE "repository" ALTER COLUMN "url_key" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "repository" DROP CONSTRAINT "UQ_473ec67284d6811b00d4987d8ca"');
    await queryRunner.query('ALTER TABLE "repository" ADD CONSTRAINT "repository_url_key_key" UNIQUE ("url_key")');
    // updated_at is kept here, whatever writes the row.
    await queryRunner.query(`
      CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.updated_at = now();
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER paper_touch_updated_at BEFORE UPDATE OF ${PAPER_RECORD} ON paper
      FOR EACH ROW WHEN (${changed(PAPER_RECORD)}) EXECUTE FUNCTION touch_updated_at()`);
    await queryRunner.query(`
      CREATE TRIGGER repository_touch_updated_at BEFORE UPDATE OF ${REPOSITORY_RECORD} ON repository
      FOR EACH ROW WHEN (${changed(REPOSITORY_RECORD)}) EXECUTE FUNCTION touch_updated_at()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER repository_touch_updated_at ON repository");
    await queryRunner.query("DROP TRIGGER paper_touch_updated_at ON paper");
    await queryRunner.query("DROP FUNCTION touch_updated_at()");
    await queryRunner.query('ALTER TABLE "repository" DROP CONSTRAINT "repository_url_key_key"');
    await queryRunner.query('ALTER TABLE "repository" ADD CONSTRAINT "UQ_473ec67284d6811b00d4987d8ca" UNIQUE ("url")');
    await queryRunner.query('ALTER TABLE "repository" DROP COLUMN "url_key"');
    await queryRunner.query('ALTER TABLE "api_token" RENAME CONSTRAINT "api_token_token_hash_key" TO "UQ_bafaa5aab5957cd193fb2da8f24"');
    await queryRunner.query('ALTER TABLE "app_user" RENAME CONSTRAINT "app_user_handle_key" TO "UQ_0bc71e3c049f59c67f38dbceed6"');
    await queryRunner.query('ALTER TABLE "paper" RENAME CONSTRAINT "paper_arxiv_id_key" TO "UQ_53539d16ba995760ebd9c1cebaa"');
  }
}
