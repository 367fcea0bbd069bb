import type { MigrationInterface, QueryRunner } from "typeorm";

export class WatchChannels1796100054984 implements MigrationInterface {
  name = "WatchChannels1796100054984";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"watch_email_mode\" AS ENUM('NONE', 'DIGEST', 'IMMEDIATE')");
    await queryRunner.query("CREATE TYPE \"public\".\"watch_email_status\" AS ENUM('PENDING', 'SENT', 'FAILED')");
    await queryRunner.query("CREATE TABLE \"watch_email_delivery\" (\"event_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"mode\" \"public\".\"watch_email_mode\" NOT NULL, \"status\" \"public\".\"watch_email_status\" NOT NULL DEFAULT 'PENDING', \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, \"digest_delivery_id\" integer, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sent_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"watch_email_delivery_pkey\" PRIMARY KEY (\"event_id\"))");
    await queryRunner.query("CREATE INDEX \"watch_email_delivery_sent_idx\" ON \"watch_email_delivery\"  (\"user_id\", \"sent_at\") WHERE mode = 'IMMEDIATE'");
    await queryRunner.query("CREATE INDEX \"watch_email_delivery_pending_idx\" ON \"watch_email_delivery\"  (\"user_id\", \"event_id\") WHERE status = 'PENDING'");
    await queryRunner.query("ALTER TABLE \"watch\" ADD \"email\" \"public\".\"watch_email_mode\" NOT NULL DEFAULT 'NONE'");
    await queryRunner.query("ALTER TABLE \"watch\" ADD \"feed_key\" uuid NOT NULL DEFAULT gen_random_uuid()");
    // Existing watches get a key here; new ones get theirs from createWatch.
    await queryRunner.query("ALTER TABLE \"watch\" ALTER COLUMN \"feed_key\" DROP DEFAULT");
    await queryRunner.query("ALTER TABLE \"watch_email_delivery\" ADD CONSTRAINT \"watch_email_delivery_event_fkey\" FOREIGN KEY (\"event_id\") REFERENCES \"watch_event\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"watch_email_delivery\" ADD CONSTRAINT \"watch_email_delivery_user_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"watch_email_delivery\" ADD CONSTRAINT \"watch_email_delivery_digest_fkey\" FOREIGN KEY (\"digest_delivery_id\") REFERENCES \"digest_delivery\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"watch_email_delivery\" DROP CONSTRAINT \"watch_email_delivery_digest_fkey\"");
    await queryRunner.query("ALTER TABLE \"watch_email_delivery\" DROP CONSTRAINT \"watch_email_delivery_user_fkey\"");
    await queryRunner.query("ALTER TABLE \"watch_email_delivery\" DROP CONSTRAINT \"watch_email_delivery_event_fkey\"");
    await queryRunner.query("ALTER TABLE \"watch\" DROP COLUMN \"feed_key\"");
    await queryRunner.query("ALTER TABLE \"watch\" DROP COLUMN \"email\"");
    await queryRunner.query("DROP INDEX \"public\".\"watch_email_delivery_pending_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"watch_email_delivery_sent_idx\"");
    await queryRunner.query("DROP TABLE \"watch_email_delivery\"");
    await queryRunner.query("DROP TYPE \"public\".\"watch_email_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"watch_email_mode\"");
  }
}
