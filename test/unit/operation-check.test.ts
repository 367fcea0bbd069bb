import { parse } from "graphql";
import { refuseNulCharacters } from "../../src/limits/operation-check";

test("a document's NUL check is remembered either way: a clean document passes again, a NUL is refused again", () => {
  const clean = parse('{ papers(filter: { search: "diffusion" }) { totalCount } }');
  const withNul = parse('{ papers(filter: { search: "diff\\u0000usion" }) { totalCount } }');
  for (let request = 0; request < 2; request++) {
    expect(() => refuseNulCharacters(clean, {})).not.toThrow();
    expect(() => refuseNulCharacters(withNul, {})).toThrow(/The argument "filter" contains a NUL character/);
    expect(() => refuseNulCharacters(clean, { search: "a\u0000b" })).toThrow(/The variable \$search/);
  }
});
