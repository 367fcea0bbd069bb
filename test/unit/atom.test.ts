import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { atomEntries } from "../../src/importers/atom";
import { ImportFormat, readSource } from "../../src/importers/formats";

/** An arXiv Atom entry; version 2 of a paper says so in its title. */
function entry(paper: number, version: number): string {
  const id = `2509.${String(paper).padStart(5, "0")}`;
  return `<entry>
    <id>http://arxiv.org/abs/${id}v${version}</id>
    <updated>2025-09-0${version}T00:00:00Z</updated>
    <published>2025-09-01T00:00:00Z</published>
    <title>Café &amp; paper ${paper} &#x263A; version ${version}</title>
    <summary>Abstract of paper ${paper}.</summary>
    <author><name>Zoë ${paper}</name></author>
    <author><name>Grace Hopper</name></author>
    <link title="pdf" href="http://arxiv.org/pdf/${id}" rel="related"/>
    <link href="https://example.org/${paper}" rel="related"/>
    <arxiv:primary_category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
  </entry>\n`;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const list: T[] = [];
  for await (const item of items) list.push(item);
  return list;
}

function feed(entries: string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">\n` +
    `<title type="html">ArXiv Query</title>\n${entries.join("")}</feed>\n`
  );
}

test("entries are handed over as the feed is read, never after the whole of it", async () => {
  const count = 3000;
  const bytes = Buffer.from(feed(Array.from({ length: count }, (_, paper) => entry(paper, 1))));
  // An odd chunk size splits multi-byte characters between chunks.
  const chunkSize = 4093;
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) =>
    bytes.subarray(i * chunkSize, (i + 1) * chunkSize),
  );
  let chunksRead = 0;
  async function* reading() {
    for (const chunk of chunks) {
      chunksRead++;
      yield chunk;
    }
  }
  const chunksReadAtEntry: number[] = [];
  const names: unknown[] = [];
  for await (const element of atomEntries(reading())) {
    chunksReadAtEntry.push(chunksRead);
    names.push(element.author);
  }
  expect(chunksReadAtEntry).toHaveLength(count);
  expect(chunks.length).toBeGreaterThan(100);
  // The first entry came before the second chunk was read, let alone the last.
  expect(chunksReadAtEntry[0]).toBe(1);
  // Each chunk's entries were handed over before the next chunk was read: no more at a time
  // than a chunk holds.
  const entryBytes = Buffer.byteLength(entry(0, 1));
  const perChunk = new Map<number, number>();
  for (const read of chunksReadAtEntry) perChunk.set(read, (perChunk.get(read) ?? 0) + 1);
  expect(Math.max(...perChunk.values())).toBeLessThanOrEqual(Math.ceil(chunkSize / entryBytes) + 1);
  expect(perChunk.size).toBeGreaterThan(chunks.length - 2);
  expect(names[1234]).toEqual([{ name: "Zoë 1234" }, { name: "Grace Hopper" }]);
});

test("an entry reads as the Atom mapper expects: text, attributes, and lists of authors and links", async () => {
  const [element] = await all(atomEntries(Readable.from([feed([entry(7, 2)])])));
  expect(element).toEqual({
    id: "http://arxiv.org/abs/2509.00007v2",
    updated: "2025-09-02T00:00:00Z",
    published: "2025-09-01T00:00:00Z",
    title: "Café & paper 7 ☺ version 2",
    summary: "Abstract of paper 7.",
    author: [{ name: "Zoë 7" }, { name: "Grace Hopper" }],
    link: [
      { title: "pdf", href: "http://arxiv.org/pdf/2509.00007", rel: "related" },
      { href: "https://example.org/7", rel: "related" },
    ],
    "arxiv:primary_category": { term: "cs.CL", scheme: "http://arxiv.org/schemas/atom" },
  });
});

test("a generated export of thousands of entries, some in two versions, yields each paper once, at its latest", async () => {
  // Papers 0 to 1999; every fourth also has a version 2, half of them placed before version 1.
  const entries: string[] = [];
  for (let paper = 0; paper < 2000; paper++) {
    if (paper % 4 !== 0) entries.push(entry(paper, 1));
    else if (paper % 8 === 0) entries.push(entry(paper, 1), entry(paper, 2));
    else entries.push(entry(paper, 2), entry(paper, 1));
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "papergraph-atom-"));
  const file = path.join(dir, "export.xml");
  fs.writeFileSync(file, feed(entries));
  try {
    const items = await all(readSource(ImportFormat.ARXIV_ATOM, { path: file }));
    expect(items).toHaveLength(2000);
    expect(items.every((item) => item.record?.kind === "paper")).toBe(true);
    const ids = new Set(items.map((item) => item.record?.kind === "paper" && item.record.paper.arxivId));
    expect(ids.size).toBe(2000);
    // The entry kept is the latest version, wherever it stands, at its place in the file.
    expect(items[0]).toMatchObject({ index: 1, record: { paper: { title: "Café & paper 0 ☺ version 2" } } });
    expect(items[4]).toMatchObject({ index: 5, record: { paper: { title: "Café & paper 4 ☺ version 2" } } });
    expect(items[5]).toMatchObject({
      index: 7,
      record: {
        paper: {
          arxivId: "2509.00005",
          title: "Café & paper 5 ☺ version 1",
          authors: ["Zoë 5", "Grace Hopper"],
          projectPage: "https://example.org/5",
          keywords: ["cs.CL"],
        },
      },
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
