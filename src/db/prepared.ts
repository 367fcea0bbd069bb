import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";

/**
 * Data sources whose statements go out as named prepared statements: on a Postgres server, each
 * connection parses and plans a statement text once and reuses it, so a read pays for execution
 * alone. PGlite takes statement text only.
 */
const preparing = new WeakSet<DataSource>();

export function prepareStatementsOn(dataSource: DataSource): void {
  preparing.add(dataSource);
}

/**
 * Statement names by text, hashed once per text. The texts are bounded by the code's shapes
 * (values are parameters), as the statements each connection keeps prepared are.
 */
const names = new Map<string, string>();

/** What pg is given for `text`: a named statement where the data source prepares them. */
export function statementFor(dataSource: DataSource, text: string): string | { text: string; name: string } {
  if (!preparing.has(dataSource)) return text;
  // The same text always gets the same name, which pg requires of a name it has prepared.
  let name = names.get(text);
  if (name === undefined) names.set(text, (name = createHash("sha1").update(text).digest("base64url")));
  return { text, name };
}
