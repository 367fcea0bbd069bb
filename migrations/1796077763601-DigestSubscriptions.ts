import type { MigrationInterface, QueryRunner } from "typeorm";

export class DigestSubscriptions1796077763601 implements MigrationInterface {
  name = "DigestSubscriptions1796077763601";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"confirmation_throttle\" (\"address_hash\" text NOT NULL, \"sent_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"confirmation_throttle_pkey\" PRIMARY KEY (\"address_hash\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"digest_frequency\" AS ENUM('DAILY', 'WEEKLY')");
    await queryRunner.query("CREATE TABLE \"digest_subscription\" (\"id\" SERIAL NOT NULL, \"email\" text NOT NULL, \"email_key\" text NOT NULL, \"user_id\" integer, \"frequency\" \"public\".\"digest_frequency\" NOT NULL, \"topic\" jsonb NOT NULL DEFAULT '{}', \"topic_key\" text NOT NULL, \"confirmed_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"digest_subscription_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"digest_subscription_due_idx\" ON \"digest_subscription\"  (\"frequency\", \"id\") WHERE confirmed_at IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"digest_subscription_owned_key\" ON \"digest_subscription\"  (\"user_id\", \"email_key\", \"frequency\", \"topic_key\") WHERE user_id IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"digest_subscription_anonymous_key\" ON \"digest_subscription\"  (\"email_key\", \"frequency\", \"topic_key\") WHERE user_id IS NULL");
    await queryRunner.query("CREATE TYPE \"public\".\"digest_delivery_status\" AS ENUM('PENDING', 'SENT', 'EMPTY', 'FAILED')");
    await queryRunner.query("CREATE TABLE \"digest_delivery\" (\"id\" SERIAL NOT NULL, \"subscription_id\" integer NOT NULL, \"period\" text NOT NULL, \"window_start\" TIMESTAMP WITH TIME ZONE NOT NULL, \"window_end\" TIMESTAMP WITH TIME ZONE NOT NULL, \"status\" \"public\".\"digest_delivery_status\" NOT NULL DEFAULT 'PENDING', \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, \"paper_ids\" integer array NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sent_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"digest_delivery_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"digest_delivery_pending_idx\" ON \"digest_delivery\"  (\"period\", \"id\") WHERE status = 'PENDING'");
    await queryRunner.query("CREATE UNIQUE INDEX \"digest_delivery_subscription_period_key\" ON \"digest_delivery\"  (\"subscription_id\", \"period\") ");
    await queryRunner.query("CREATE INDEX \"paper_created_at_idx\" ON \"paper\"  (\"created_at\") ");
    await queryRunner.query("ALTER TABLE \"digest_subscription\" ADD CONSTRAINT \"digest_subscription_user_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"digest_delivery\" ADD CONSTRAINT \"digest_delivery_subscription_fkey\" FOREIGN KEY (\"subscription_id\") REFERENCES \"digest_subscription\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"digest_delivery\" DROP CONSTRAINT \"digest_delivery_subscription_fkey\"");
    await queryRunner.query("ALTER TABLE \"digest_subscription\" DROP CONSTRAINT \"digest_subscription_user_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_created_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"digest_delivery_subscription_period_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"digest_delivery_pending_idx\"");
    await queryRunner.query("DROP TABLE \"digest_delivery\"");
    await queryRunner.query("DROP TYPE \"public\".\"digest_delivery_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"digest_subscription_anonymous_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"digest_subscription_owned_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"digest_subscription_due_idx\"");
    await queryRunner.query("DROP TABLE \"digest_subscription\"");
    await queryRunner.query("DROP TYPE \"public\".\"digest_frequency\"");
    await queryRunner.query("DROP TABLE \"confirmation_throttle\"");
  }
}
