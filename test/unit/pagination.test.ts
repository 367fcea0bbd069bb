import { encodeCursor, parsePage, SortDirection, keysetSql, type SortKey } from "../../src/services/pagination";
import { raw } from "../../src/db/sql";

const published: SortKey = {
  name: "published",
  keySql: raw("p.published_at"),
  keyType: "timestamptz",
  idSql: raw("p.id"),
};
const daily: SortKey = {
  name: "daily",
  keySql: raw("p.daily_date"),
  keyType: "date",
  nullable: true,
  idSql: raw("p.id"),
};

test("pages default to 20 and read forward", () => {
  expect(parsePage({}, published)).toEqual({ limit: 20, backward: false, cursor: null });
  const cursor = encodeCursor(published, "2025-01-01 00:00:00+00", 7);
  expect(parsePage({ last: 5, before: cursor }, published)).toEqual({
    limit: 5,
    backward: true,
    cursor: { key: "2025-01-01 00:00:00+00", id: 7 },
  });
});

test("cursors name their order and carry only well-formed keys", () => {
  expect(() => parsePage({ after: encodeCursor(daily, null, 1) }, published)).toThrow(/not a valid cursor/);
  expect(() => parsePage({ after: encodeCursor(published, null, 1) }, published)).toThrow(/not a valid cursor/);
  expect(parsePage({ after: encodeCursor(daily, null, 1) }, daily).cursor).toEqual({ key: null, id: 1 });
});

test("keyset SQL compares (key, id) as a row and places NULL keys as the smallest value", () => {
  const page = parsePage({ after: encodeCursor(daily, "2025-01-02", 9) }, daily);
  const desc = keysetSql(daily, SortDirection.DESC, page);
  expect(desc.where?.render()).toEqual({
    text: "((p.daily_date, p.id) < ($1::date, $2) OR p.daily_date IS NULL)",
    values: ["2025-01-02", 9],
  });
  expect(desc.orderBy.render().text).toBe("p.daily_date DESC NULLS LAST, p.id DESC");
  const asc = keysetSql(daily, SortDirection.ASC, page);
  expect(asc.where?.render()).toEqual({ text: "(p.daily_date, p.id) > ($1::date, $2)", values: ["2025-01-02", 9] });
  expect(asc.orderBy.render().text).toBe("p.daily_date ASC NULLS FIRST, p.id ASC");
  const plain = keysetSql(published, SortDirection.DESC, parsePage({}, published));
  expect(plain.orderBy.render().text).toBe("p.published_at DESC, p.id DESC");
});

test("a key unique within its list orders and pages by the key alone", () => {
  const position: SortKey = {
    name: "position",
    keySql: raw("pa.position"),
    keyType: "integer",
    idSql: raw("a.id"),
    keyIsUnique: true,
  };
  const after = keysetSql(position, SortDirection.ASC, parsePage({ after: encodeCursor(position, "2", 9) }, position));
  expect(after.where?.render()).toEqual({ text: "pa.position > $1::integer", values: ["2"] });
  expect(after.orderBy.render().text).toBe("pa.position ASC");
  const before = keysetSql(
    position,
    SortDirection.ASC,
    parsePage({ last: 2, before: encodeCursor(position, "2", 9) }, position),
  );
  expect(before.where?.render()).toEqual({ text: "pa.position < $1::integer", values: ["2"] });
  expect(before.orderBy.render().text).toBe("pa.position DESC");
});
