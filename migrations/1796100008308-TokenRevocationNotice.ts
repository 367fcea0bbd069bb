import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Written by hand: a token revoked, or deleted with its user, notifies its user's id, so every
 * instance checks the websockets signed in as that user again and closes those it no longer
 * lets in.
 */
export class TokenRevocationNotice1796100008308 implements MigrationInterface {
  name = "TokenRevocationNotice1796100008308";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION api_token_revocation_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('papergraph_events', json_build_object('revokedTokenUserId', OLD.user_id)::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER api_token_revoked AFTER UPDATE OF revoked_at ON api_token
      FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
      EXECUTE FUNCTION api_token_revocation_notify()`);
    await queryRunner.query(
      "CREATE TRIGGER api_token_deleted AFTER DELETE ON api_token FOR EACH ROW EXECUTE FUNCTION api_token_revocation_notify()",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER api_token_deleted ON api_token");
    await queryRunner.query("DROP TRIGGER api_token_revoked ON api_token");
    await queryRunner.query("DROP FUNCTION api_token_revocation_notify()");
  }
}
