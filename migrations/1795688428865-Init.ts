import type { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795688428865 implements MigrationInterface {
  name = "Init1795688428865";

  // Edited by hand: daily_date and stars are indexed NULLS FIRST, so DESC pages end with the
  // rows that have none. TypeORM cannot declare that, and its drift check does not look at it.
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (current_database(), $1, $2, $3, $4, $5)", ["public","author","GENERATED_COLUMN","search_vector","to_tsvector('simple', normalized_name)"]);
    await queryRunner.query("CREATE TABLE \"author\" (\"id\" SERIAL NOT NULL, \"name\" text NOT NULL, \"normalized_name\" text NOT NULL, \"search_vector\" tsvector GENERATED ALWAYS AS (to_tsvector('simple', normalized_name)) STORED NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"author_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"author_search_vector_idx\" ON \"author\" USING gin (\"search_vector\") ");
    await queryRunner.query("CREATE INDEX \"author_normalized_name_idx\" ON \"author\"  (\"normalized_name\", \"id\") ");
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (current_database(), $1, $2, $3, $4, $5)", ["public","paper","GENERATED_COLUMN","search_vector","setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(abstract, '')), 'B')"]);
    await queryRunner.query("CREATE TABLE \"paper\" (\"id\" SERIAL NOT NULL, \"arxiv_id\" character varying(32), \"title\" text NOT NULL, \"abstract\" text NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"daily_date\" date, \"author_count\" integer NOT NULL DEFAULT '0', \"project_page\" text, \"keywords\" text array NOT NULL DEFAULT '{}', \"thumbnail\" text, \"imported_upvotes\" integer NOT NULL DEFAULT '0', \"search_vector\" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(abstract, '')), 'B')) STORED NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"deletion_reason\" text, CONSTRAINT \"UQ_53539d16ba995760ebd9c1cebaa\" UNIQUE (\"arxiv_id\"), CONSTRAINT \"paper_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"paper_search_vector_idx\" ON \"paper\" USING gin (\"search_vector\") ");
    await queryRunner.query("CREATE INDEX \"paper_imported_upvotes_idx\" ON \"paper\"  (\"imported_upvotes\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"paper_daily_date_idx\" ON \"paper\" (\"daily_date\" ASC NULLS FIRST, \"id\" ASC)");
    await queryRunner.query("CREATE INDEX \"paper_published_at_idx\" ON \"paper\"  (\"published_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"paper_author\" (\"paper_id\" integer NOT NULL, \"position\" integer NOT NULL, \"author_id\" integer NOT NULL, CONSTRAINT \"paper_author_pkey\" PRIMARY KEY (\"paper_id\", \"position\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"paper_author_author_paper_key\" ON \"paper_author\"  (\"author_id\", \"paper_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"repository_provider\" AS ENUM('GITHUB', 'GITLAB', 'HUGGINGFACE', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"repository\" (\"id\" SERIAL NOT NULL, \"url\" text NOT NULL, \"provider\" \"public\".\"repository_provider\" NOT NULL DEFAULT 'OTHER', \"owner\" text, \"name\" text, \"stars\" integer, \"language\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_473ec67284d6811b00d4987d8ca\" UNIQUE (\"url\"), CONSTRAINT \"repository_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"repository_created_at_idx\" ON \"repository\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"repository_language_idx\" ON \"repository\"  (\"language\") ");
    await queryRunner.query("CREATE INDEX \"repository_provider_idx\" ON \"repository\"  (\"provider\") ");
    await queryRunner.query("CREATE INDEX \"repository_stars_idx\" ON \"repository\" (\"stars\" ASC NULLS FIRST, \"id\" ASC)");
    await queryRunner.query("CREATE TABLE \"paper_repository\" (\"paper_id\" integer NOT NULL, \"repository_id\" integer NOT NULL, \"is_official\" boolean NOT NULL DEFAULT false, CONSTRAINT \"paper_repository_pkey\" PRIMARY KEY (\"paper_id\", \"repository_id\"))");
    await queryRunner.query("CREATE INDEX \"paper_repository_repository_paper_idx\" ON \"paper_repository\"  (\"repository_id\", \"paper_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('USER', 'ADMIN')");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" SERIAL NOT NULL, \"handle\" text NOT NULL, \"role\" \"public\".\"user_role\" NOT NULL DEFAULT 'USER', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_0bc71e3c049f59c67f38dbceed6\" UNIQUE (\"handle\"), CONSTRAINT \"app_user_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"vote\" (\"user_id\" integer NOT NULL, \"paper_id\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"vote_pkey\" PRIMARY KEY (\"user_id\", \"paper_id\"))");
    await queryRunner.query("CREATE INDEX \"vote_paper_created_at_idx\" ON \"vote\"  (\"paper_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"paper_author\" ADD CONSTRAINT \"paper_author_paper_fkey\" FOREIGN KEY (\"paper_id\") REFERENCES \"paper\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"paper_author\" ADD CONSTRAINT \"paper_author_author_fkey\" FOREIGN KEY (\"author_id\") REFERENCES \"author\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"paper_repository\" ADD CONSTRAINT \"paper_repository_paper_fkey\" FOREIGN KEY (\"paper_id\") REFERENCES \"paper\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"paper_repository\" ADD CONSTRAINT \"paper_repository_repository_fkey\" FOREIGN KEY (\"repository_id\") REFERENCES \"repository\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"vote\" ADD CONSTRAINT \"vote_user_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"vote\" ADD CONSTRAINT \"vote_paper_fkey\" FOREIGN KEY (\"paper_id\") REFERENCES \"paper\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"vote\" DROP CONSTRAINT \"vote_paper_fkey\"");
    await queryRunner.query("ALTER TABLE \"vote\" DROP CONSTRAINT \"vote_user_fkey\"");
    await queryRunner.query("ALTER TABLE \"paper_repository\" DROP CONSTRAINT \"paper_repository_repository_fkey\"");
    await queryRunner.query("ALTER TABLE \"paper_repository\" DROP CONSTRAINT \"paper_repository_paper_fkey\"");
    await queryRunner.query("ALTER TABLE \"paper_author\" DROP CONSTRAINT \"paper_author_author_fkey\"");
    await queryRunner.query("ALTER TABLE \"paper_author\" DROP CONSTRAINT \"paper_author_paper_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"vote_paper_created_at_idx\"");
    await queryRunner.query("DROP TABLE \"vote\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("DROP TYPE \"public\".\"user_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_repository_repository_paper_idx\"");
    await queryRunner.query("DROP TABLE \"paper_repository\"");
    await queryRunner.query("DROP INDEX \"public\".\"repository_stars_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"repository_provider_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"repository_language_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"repository_created_at_idx\"");
    await queryRunner.query("DROP TABLE \"repository\"");
    await queryRunner.query("DROP TYPE \"public\".\"repository_provider\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_author_author_paper_key\"");
    await queryRunner.query("DROP TABLE \"paper_author\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_published_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_daily_date_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_imported_upvotes_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_search_vector_idx\"");
    await queryRunner.query("DROP TABLE \"paper\"");
    await queryRunner.query("DELETE FROM \"typeorm_metadata\" WHERE \"type\" = $1 AND \"name\" = $2 AND \"database\" = current_database() AND \"schema\" = $3 AND \"table\" = $4", ["GENERATED_COLUMN","search_vector","public","paper"]);
    await queryRunner.query("DROP INDEX \"public\".\"author_normalized_name_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"author_search_vector_idx\"");
    await queryRunner.query("DROP TABLE \"author\"");
    await queryRunner.query("DELETE FROM \"typeorm_metadata\" WHERE \"type\" = $1 AND \"name\" = $2 AND \"database\" = current_database() AND \"schema\" = $3 AND \"table\" = $4", ["GENERATED_COLUMN","search_vector","public","author"]);
  }
}
