/**
 * PostGraphile V5 as `npm run bench -- --peers` runs it (bench/postgraphile.ts): the amber preset
 * with simplified names, over the `public` schema of DATABASE_URL, with a pool of
 * DATABASE_POOL_SIZE connections like ours, on a free port of 127.0.0.1.
 */
import process from "node:process";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

export default {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset],
  // Lets lists filter and order by columns without an index, as V4 did by default: the scenarios
  // filter papers on deleted_at and order repositories by is_official.
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      poolConfig: { max: Number(process.env.DATABASE_POOL_SIZE) },
      pubsub: false,
    }),
  ],
  grafserv: { host: "127.0.0.1", port: 0, graphiql: false },
  grafast: { explain: false },
};
