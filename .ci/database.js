// Creates or drops a database on the CI Postgres server: node .ci/database.js create|drop NAME
const { Client } = require("pg");

async function main() {
  const [command, name] = process.argv.slice(2);
  if (!["create", "drop"].includes(command) || !/^[a-z0-9_]+$/.test(name ?? "")) {
    throw new Error("usage: node .ci/database.js create|drop NAME");
  }
  const client = new Client({ connectionString: process.env.ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    if (command === "create") await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
