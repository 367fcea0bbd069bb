import { normalizeArxivId } from "../../src/domain/arxiv";
import { fromGlobalId, toGlobalId } from "../../src/domain/global-id";
import { normalizeName } from "../../src/domain/names";

test("global IDs round-trip and are checked for type", () => {
  const id = toGlobalId("Author", 17);
  expect(fromGlobalId(id, "id")).toEqual({ type: "Author", id: 17 });
  expect(() => fromGlobalId(id, "id", "Paper")).toThrow(/ID of a Author, not of a Paper/);
  for (const bad of ["", "Paper:1", toGlobalId("Paper", 0), Buffer.from("Paper:1x").toString("base64url")]) {
    expect(() => fromGlobalId(bad, "id")).toThrow(/not a valid global ID/);
  }
});

test.each([
  ["2410.17243", "2410.17243"],
  ["2410.17243v2", "2410.17243"],
  ["arXiv:1706.03762v7", "1706.03762"],
  ["0704.0001", "0704.0001"],
  ["hep-th/9901001v1", "hep-th/9901001"],
  ["math.GT/0309136", "math.GT/0309136"],
  ["https://arxiv.org/abs/2410.17243", null],
  ["2410.172", null],
])("arXiv ID %s normalises to %s", (raw, expected) => {
  expect(normalizeArxivId(raw)).toBe(expected);
});

test("names normalise case, accents and spacing", () => {
  expect(normalizeName("  José   GARCÍA ")).toBe("jose garcia");
  expect(normalizeName("Zoë Ångström")).toBe("zoe angstrom");
});

test("ASCII names, which skip decomposition, normalise as decomposed names do", () => {
  const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join("");
  const decomposed = (name: string) =>
    name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
  expect(normalizeName(ascii)).toBe(decomposed(ascii));
  expect(normalizeName(`Ada ${ascii} Lovelace`)).toBe(decomposed(`Ada ${ascii} Lovelace`));
  // One character beyond ASCII takes the whole name through decomposition.
  expect(normalizeName(`${ascii}é`)).toBe(decomposed(`${ascii}é`));
});
