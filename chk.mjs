import { PGlite } from "@electric-sql/pglite";
const db = new PGlite("/tmp/pgdata2/pglite");
console.log((await db.query("select id, vote_count, upvotes from paper where id=41")).rows);
console.log((await db.query("select * from vote")).rows);
console.log((await db.query("select tgname from pg_trigger where not tgisinternal")).rows);
