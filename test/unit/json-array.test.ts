import { JsonArrayError, jsonArrayElements } from "../../src/importers/json-array";

async function* chunksOf(parts: (Buffer | string)[]): AsyncGenerator<Buffer | string> {
  yield* parts;
}

async function read(parts: (Buffer | string)[]): Promise<unknown[]> {
  const elements: unknown[] = [];
  for await (const element of jsonArrayElements(chunksOf(parts))) elements.push(element);
  return elements;
}

/** The bytes split in two at `at`, and split into single bytes. */
const splitAt = (bytes: Buffer, at: number) => [bytes.subarray(0, at), bytes.subarray(at)];
const bytewise = (bytes: Buffer) => [...bytes].map((byte) => Buffer.from([byte]));

const TRICKY = [
  { paper: { id: "2501.00001", title: 'Quotes " and \\ backslashes \\" in [brackets] {braces}, commas' } },
  'a string element, with ] and , and \\" inside',
  { text: "Zoë, 東京, emoji 😀, \u2028 separators", escaped: "\\u00e9 \\\\ \\/ \\n" },
  [1, [2, [3, {}]], []],
  42,
  -1.5e3,
  true,
  false,
  null,
  { nested: { deeper: [{ a: "}" }, { b: "]" }] } },
  "",
  "\\",
];

describe("the JSON array reader", () => {
  const text = `\n [ ${TRICKY.map((value) => JSON.stringify(value)).join(" ,\n\t")} ] \r\n`;
  const bytes = Buffer.from(text, "utf8");

  test("reads every element, whitespace around and between them", async () => {
    expect(await read([bytes])).toEqual(TRICKY);
    expect(await read([text])).toEqual(TRICKY);
  });

  test("reads the same elements wherever the chunks split the bytes, inside strings, escapes and characters", async () => {
    for (let at = 0; at <= bytes.length; at++) {
      expect({ at, elements: await read(splitAt(bytes, at)) }).toEqual({ at, elements: TRICKY });
    }
    expect(await read(bytewise(bytes))).toEqual(TRICKY);
  });

  test("reads compact arrays, empty arrays and empty chunks", async () => {
    expect(await read(['[{"a":1},{"b":[2]},3,"x"]'])).toEqual([{ a: 1 }, { b: [2] }, 3, "x"]);
    expect(await read(["[]"])).toEqual([]);
    expect(await read([" [ \n ] "])).toEqual([]);
    expect(await read(["", "[", "", "1", "", "]", ""])).toEqual([1]);
    expect(await read(bytewise(Buffer.from('[[],{},""]')))).toEqual([[], {}, ""]);
  });

  test.each([
    ["an object", '{"papers": []}', /not a JSON array: expected "\[", found "{" at byte 0/],
    ["nothing", "", /not a JSON array: no text/],
    ["only whitespace", " \n", /not a JSON array: no text/],
    ["an unclosed array", '[{"a": 1}', /unexpected end: the array is not closed/],
    ["a cut element", '[{"a": 1}, {"b": ', /unexpected end/],
    ["a cut string", '["abc', /unexpected end/],
    ["a missing comma", '[{"a": 1} {"b": 2}]', /expected "," or "\]" after element 0, found "{"/],
    ["a trailing comma", "[1, 2,]", /expected an element, found "\]"/],
    ["a leading comma", "[, 1]", /expected an element, found ","/],
    ["an invalid element", '[{"a": tru}]', /element 0 is not valid JSON/],
    ["an unquoted key", "[1, {a: 1}]", /element 1 is not valid JSON/],
    ["two scalars without a comma", "[1 2]", /element 0 is not valid JSON/],
    ["mismatched brackets", '[{"a": [1}]', /element 0 is not valid JSON/],
    ["text after the array", "[1] x", /expected nothing after the array, found "x" at byte 4/],
    ["a second array", "[1][2]", /expected nothing after the array/],
    ["a stray closing brace", "[{}}]", /found "}"/],
  ])("refuses %s", async (_what, input, message) => {
    for (let at = 0; at <= input.length; at++) {
      const reading = read(splitAt(Buffer.from(input), at));
      await expect(reading).rejects.toThrow(JsonArrayError);
      await expect(reading).rejects.toThrow(message);
    }
  });

  test("hands over the elements before an error, then stops at it", async () => {
    const elements: unknown[] = [];
    await expect(
      (async () => {
        for await (const element of jsonArrayElements(chunksOf(["[1, 2", ", 3", "] ]"]))) elements.push(element);
      })(),
    ).rejects.toThrow(/expected nothing after the array/);
    expect(elements).toEqual([1, 2, 3]);
  });

  test("decodes a character split across chunks once it is whole", async () => {
    const emoji = Buffer.from('["😀é"]', "utf8");
    for (let at = 0; at <= emoji.length; at++) expect(await read(splitAt(emoji, at))).toEqual(["😀é"]);
  });
});
