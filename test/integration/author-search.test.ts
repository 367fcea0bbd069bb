import { AuthorListDocument } from "../generated/graphql";
import { insertAuthor } from "../helpers/fixtures";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  for (const name of ["Catherine Zeta-Jones", "Conan O'Brien", "Jean-Luc Godard", "Jones Smith"]) {
    await insertAuthor(t.db, name);
  }
});
afterAll(() => t.close());

async function found(search: string): Promise<string[]> {
  const { authors } = dataOf(await t.request(AuthorListDocument, { search }));
  return authors.nodes.map((author) => author.name);
}

test.each([
  ["Zeta-Jones", ["Catherine Zeta-Jones"]],
  ["zeta-jo", ["Catherine Zeta-Jones"]],
  ["O'Brien", ["Conan O'Brien"]],
  ["o’brien", ["Conan O'Brien"]],
  ["Jean-Luc", ["Jean-Luc Godard"]],
  ["jean luc godard", ["Jean-Luc Godard"]],
  ["jones", ["Catherine Zeta-Jones", "Jones Smith"]],
])("a name typed as it is written finds its author: %s", async (search, names) => {
  expect((await found(search)).sort()).toEqual(names);
});

test("punctuation alone matches nobody instead of failing", async () => {
  const response = await t.request(AuthorListDocument, { search: "-'-" });
  expect(response.errors).toBeUndefined();
  expect(response.data?.authors.nodes).toEqual([]);
});
