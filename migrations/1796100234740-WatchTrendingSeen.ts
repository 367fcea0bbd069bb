import type { MigrationInterface, QueryRunner } from "typeorm";

export class WatchTrendingSeen1796100234740 implements MigrationInterface {
  name = "WatchTrendingSeen1796100234740";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"watch\" ADD \"trending_seen\" integer array");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"watch\" DROP COLUMN \"trending_seen\"");
  }
}
