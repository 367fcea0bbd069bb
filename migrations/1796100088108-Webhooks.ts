import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Generated, then edited: the outbox trigger is written by hand. Each watch event recorded
 * queues one delivery per enabled endpoint of its watch, in the transaction that records it, with
 * a `webhook-id` kept across its retries and redeliveries.
 */
export class Webhooks1796100088108 implements MigrationInterface {
  name = "Webhooks1796100088108";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"webhook_endpoint\" (\"id\" SERIAL NOT NULL, \"watch_id\" integer NOT NULL, \"url\" text NOT NULL, \"secret\" text NOT NULL, \"disabled_at\" TIMESTAMP WITH TIME ZONE, \"disabled_reason\" text, \"consecutive_failures\" integer NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"webhook_endpoint_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"webhook_endpoint_watch_idx\" ON \"webhook_endpoint\"  (\"watch_id\", \"id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"webhook_delivery_status\" AS ENUM('PENDING', 'SUCCEEDED', 'FAILED')");
    await queryRunner.query("CREATE TABLE \"webhook_delivery\" (\"id\" SERIAL NOT NULL, \"endpoint_id\" integer NOT NULL, \"watch_event_id\" integer NOT NULL, \"webhook_id\" text NOT NULL, \"status\" \"public\".\"webhook_delivery_status\" NOT NULL DEFAULT 'PENDING', \"attempts\" integer NOT NULL DEFAULT '0', \"last_response_code\" integer, \"last_error\" text, \"next_attempt_at\" TIMESTAMP WITH TIME ZONE, \"delivered_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"webhook_delivery_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"webhook_delivery_due_idx\" ON \"webhook_delivery\"  (\"next_attempt_at\") WHERE status = 'PENDING'");
    await queryRunner.query("CREATE INDEX \"webhook_delivery_endpoint_idx\" ON \"webhook_delivery\"  (\"endpoint_id\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"webhook_endpoint\" ADD CONSTRAINT \"webhook_endpoint_watch_fkey\" FOREIGN KEY (\"watch_id\") REFERENCES \"watch\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"webhook_delivery\" ADD CONSTRAINT \"webhook_delivery_endpoint_fkey\" FOREIGN KEY (\"endpoint_id\") REFERENCES \"webhook_endpoint\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"webhook_delivery\" ADD CONSTRAINT \"webhook_delivery_watch_event_fkey\" FOREIGN KEY (\"watch_event_id\") REFERENCES \"watch_event\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query(`
      CREATE FUNCTION watch_event_webhook_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO webhook_delivery (endpoint_id, watch_event_id, webhook_id, next_attempt_at)
          SELECT id, NEW.id, 'msg_' || replace(gen_random_uuid()::text, '-', ''), now()
          FROM webhook_endpoint WHERE watch_id = NEW.watch_id AND disabled_at IS NULL;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      "CREATE TRIGGER watch_event_webhook_deliveries AFTER INSERT ON watch_event FOR EACH ROW EXECUTE FUNCTION watch_event_webhook_deliveries()",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER watch_event_webhook_deliveries ON watch_event");
    await queryRunner.query("DROP FUNCTION watch_event_webhook_deliveries()");
    await queryRunner.query("ALTER TABLE \"webhook_delivery\" DROP CONSTRAINT \"webhook_delivery_watch_event_fkey\"");
    await queryRunner.query("ALTER TABLE \"webhook_delivery\" DROP CONSTRAINT \"webhook_delivery_endpoint_fkey\"");
    await queryRunner.query("ALTER TABLE \"webhook_endpoint\" DROP CONSTRAINT \"webhook_endpoint_watch_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"webhook_delivery_endpoint_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"webhook_delivery_due_idx\"");
    await queryRunner.query("DROP TABLE \"webhook_delivery\"");
    await queryRunner.query("DROP TYPE \"public\".\"webhook_delivery_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"webhook_endpoint_watch_idx\"");
    await queryRunner.query("DROP TABLE \"webhook_endpoint\"");
  }
}
