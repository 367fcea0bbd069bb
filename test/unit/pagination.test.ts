import {
  encodeCursor,
  parsePage,
  SortDirection,
  SqlParams,
  keysetSql,
  type SortKey,
} from "../../src/services/pagination";

const published: SortKey = { name: "published", keySql: "p.published_at", keyType: "timestamptz", idSql: "p.id" };
const daily: SortKey = { name: "daily", keySql: "p.daily_date", keyType: "date", nullable: true, idSql: "p.id" };

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
  const desc = keysetSql(daily, SortDirection.DESC, page, new SqlParams());
  expect(desc.where).toBe("((p.daily_date, p.id) < ($3::date, $2) OR p.daily_date IS NULL)");
  expect(desc.orderBy).toBe("p.daily_date DESC NULLS LAST, p.id DESC");
  const asc = keysetSql(daily, SortDirection.ASC, page, new SqlParams());
  expect(asc.where).toBe("(p.daily_date, p.id) > ($3::date, $2)");
  expect(asc.orderBy).toBe("p.daily_date ASC NULLS FIRST, p.id ASC");
  const plain = keysetSql(published, SortDirection.DESC, parsePage({}, published), new SqlParams());
  expect(plain.orderBy).toBe("p.published_at DESC, p.id DESC");
});
