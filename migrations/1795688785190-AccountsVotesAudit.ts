import type { MigrationInterface, QueryRunner } from "typeorm";

export class AccountsVotesAudit1795688785190 implements MigrationInterface {
  name = "AccountsVotesAudit1795688785190";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"paper_imported_upvotes_idx\"");
    await queryRunner.query("CREATE TABLE \"api_token\" (\"id\" SERIAL NOT NULL, \"user_id\" integer NOT NULL, \"token_hash\" text NOT NULL, \"label\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"revoked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_bafaa5aab5957cd193fb2da8f24\" UNIQUE (\"token_hash\"), CONSTRAINT \"api_token_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"api_token_user_idx\" ON \"api_token\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"audit_entry\" (\"id\" SERIAL NOT NULL, \"actor_id\" integer, \"action\" text NOT NULL, \"target_id\" text, \"changes\" jsonb NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"audit_entry_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"audit_entry_target_idx\" ON \"audit_entry\"  (\"target_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"audit_entry_action_idx\" ON \"audit_entry\"  (\"action\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"audit_entry_actor_idx\" ON \"audit_entry\"  (\"actor_id\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"vote_count\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"upvotes\" integer GENERATED ALWAYS AS (imported_upvotes + vote_count) STORED NOT NULL");
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (current_database(), $1, $2, $3, $4, $5)", ["public","paper","GENERATED_COLUMN","upvotes","imported_upvotes + vote_count"]);
    await queryRunner.query("CREATE INDEX \"paper_upvotes_idx\" ON \"paper\"  (\"upvotes\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"api_token\" ADD CONSTRAINT \"api_token_user_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"audit_entry\" ADD CONSTRAINT \"audit_entry_actor_fkey\" FOREIGN KEY (\"actor_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // Written by hand: vote rows keep paper.vote_count exact in the same transaction, whatever
    // path adds or removes them (upvotes, moderation, deleted users).
    await queryRunner.query(`
      CREATE FUNCTION paper_vote_count_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE paper SET vote_count = vote_count + 1 WHERE id = NEW.paper_id;
        ELSE
          UPDATE paper SET vote_count = vote_count - 1 WHERE id = OLD.paper_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      "CREATE TRIGGER vote_count_sync AFTER INSERT OR DELETE ON vote FOR EACH ROW EXECUTE FUNCTION paper_vote_count_sync()",
    );
    await queryRunner.query("UPDATE paper SET vote_count = (SELECT count(*) FROM vote WHERE vote.paper_id = paper.id)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER vote_count_sync ON vote");
    await queryRunner.query("DROP FUNCTION paper_vote_count_sync()");
    await queryRunner.query("ALTER TABLE \"audit_entry\" DROP CONSTRAINT \"audit_entry_actor_fkey\"");
    await queryRunner.query("ALTER TABLE \"api_token\" DROP CONSTRAINT \"api_token_user_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_upvotes_idx\"");
    await queryRunner.query("DELETE FROM \"typeorm_metadata\" WHERE \"type\" = $1 AND \"name\" = $2 AND \"database\" = current_database() AND \"schema\" = $3 AND \"table\" = $4", ["GENERATED_COLUMN","upvotes","public","paper"]);
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"upvotes\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"vote_count\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_entry_actor_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_entry_action_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_entry_target_idx\"");
    await queryRunner.query("DROP TABLE \"audit_entry\"");
    await queryRunner.query("DROP INDEX \"public\".\"api_token_user_idx\"");
    await queryRunner.query("DROP TABLE \"api_token\"");
    await queryRunner.query("CREATE INDEX \"paper_imported_upvotes_idx\" ON \"paper\" USING btree (\"id\", \"imported_upvotes\") ");
  }
}
