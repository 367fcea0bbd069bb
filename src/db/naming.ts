import { DefaultNamingStrategy, type Table } from "typeorm";

/**
 * Unique constraints are named as Postgres names them, `<table>_<columns>_key`, instead of
 * TypeORM's hashes: errors are mapped to fields by these names (see `uniqueViolation`).
 */
export class ConstraintNames extends DefaultNamingStrategy {
  override uniqueConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    const table = typeof tableOrName === "string" ? tableOrName : tableOrName.name;
    return `${table.replace(/^.*\./, "")}_${columnNames.join("_")}_key`;
  }
}
