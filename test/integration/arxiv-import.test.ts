import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { UserRole } from "../../src/entities/user.entity";
import { PROJECT_ROOT } from "../../src/paths";
import {
  ArxivPaperDocument,
  FilteredArxivIdsDocument,
  ImportPapersDocument,
  type PaperFilterInput,
} from "../generated/graphql";
import { databaseFingerprint, signUp, type SignedInUser } from "../helpers/accounts";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

const SNAPSHOT = path.join(PROJECT_ROOT, "test/fixtures/import/arxiv-snapshot.jsonl");

let t: TestServer;
let admin: SignedInUser;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.reset();
  admin = await signUp(t.db, "importer", UserRole.ADMIN);
});

async function importSnapshot(payload: string) {
  return dataOf(await t.request(ImportPapersDocument, { input: { format: "ARXIV_SNAPSHOT", payload } }, admin.headers))
    .importPapers;
}

async function paper(arxivId: string) {
  return dataOf(await t.request(ArxivPaperDocument, { arxivId })).paper!;
}

async function arxivIds(filter: PaperFilterInput) {
  return dataOf(await t.request(FilteredArxivIdsDocument, { filter })).papers.nodes.map((node) => node.arxivId);
}

test("a snapshot imports each line's authors in order, categories primary first, dates from versions", async () => {
  const result = await importSnapshot(fs.readFileSync(SNAPSHOT, "utf8"));
  expect(result.summary).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 2 });
  // Indexes are zero-based lines: line 3 is blank, and a line that is not JSON is refused alone.
  expect(result.rejections).toEqual([
    { index: 2, field: "versions[0].created", reason: "is not a date" },
    { index: 4, field: "line", reason: expect.stringMatching(/^is not valid JSON: /) },
  ]);

  const old = await paper("hep-th/9901001");
  expect(old).toMatchObject({
    title: "Supersymmetric $\\mathcal{N}=2$ Gauge Theories and Duality",
    abstract: "We study $\\mathcal{N}=2$ theories in four dimensions and show that \\emph{duality} holds.",
    publishedAt: "1999-01-01T12:00:00.000Z",
    revisedAt: "1999-03-15T08:30:00.000Z",
    categories: ["hep-th", "math-ph", "math.MP"],
    keywords: ["hep-th", "math-ph", "math.MP"],
    doi: "10.1016/S0370-2693(99)00123-4",
    journalRef: "Phys.Lett. B450 (1999) 12-18",
    comments: "12 pages, 2 figures",
    license: null,
    authorCount: 3,
  });
  expect(old.authors.edges.map((edge) => edge.node.name)).toEqual(["José Ramírez", "Klaus Müller Jr.", "Łukasz Nowak"]);

  expect(await paper("2501.00001")).toMatchObject({
    publishedAt: "2025-01-01T10:00:00.000Z",
    revisedAt: "2025-01-01T10:00:00.000Z",
    categories: ["cs.CL", "cs.LG"],
    doi: null,
    journalRef: null,
    license: "http://creativecommons.org/licenses/by/4.0/",
  });
  expect(await paper("2501.00004")).toMatchObject({
    publishedAt: "2025-01-02T09:00:00.000Z",
    revisedAt: "2025-01-04T09:00:00.000Z",
  });

  const before = await databaseFingerprint(t.db);
  const again = await importSnapshot(fs.readFileSync(SNAPSHOT, "utf8"));
  expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 2 });
  expect({ ...(await databaseFingerprint(t.db)), audit_entry: "" }).toEqual({ ...before, audit_entry: "" });
});

test("without authors_parsed, names come from the authors text, affiliations dropped", async () => {
  const line = {
    id: "2501.00009",
    title: "Fallback",
    abstract: "An abstract.",
    authors: "Ada Lovelace (Analytical Society), Charles Babbage and Mary Somerville",
    categories: "cs.AI",
    versions: [{ version: "v1", created: "Mon, 6 Jan 2025 09:00:00 GMT" }],
  };
  expect((await importSnapshot(JSON.stringify(line))).summary).toMatchObject({ created: 1, rejected: 0 });
  const imported = await paper("2501.00009");
  expect(imported.authors.edges.map((edge) => edge.node.name)).toEqual([
    "Ada Lovelace",
    "Charles Babbage",
    "Mary Somerville",
  ]);
});

test("papers filter by arXiv category, cross-lists included, and by whether they have a DOI", async () => {
  await importSnapshot(fs.readFileSync(SNAPSHOT, "utf8"));
  expect(await arxivIds({ category: "cs.CL" })).toEqual(["2501.00001", "2501.00004"]);
  expect(await arxivIds({ category: "math-ph" })).toEqual(["hep-th/9901001"]);
  expect(await arxivIds({ category: "cs" })).toEqual([]);
  expect(await arxivIds({ hasDoi: true })).toEqual(["hep-th/9901001", "2501.00004"]);
  expect(await arxivIds({ hasDoi: false, category: "cs.LG" })).toEqual(["2501.00001"]);

  const blank = await t.request(FilteredArxivIdsDocument, { filter: { category: " " } });
  expect(blank.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
  expect(blank.errors![0].message).toBe("`category` must have 1 to 100 characters.");
});

test("npm run import --format arxiv-snapshot reports a bad line by its source, index and field", async () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "papergraph-arxiv-"));
  try {
    const cli = path.join(PROJECT_ROOT, "dist/src/cli/import.js");
    const env = { PATH: process.env.PATH, DATA_DIR: workDir };
    const failed = await promisify(execFile)(process.execPath, [cli, "--format", "arxiv-snapshot", SNAPSHOT], {
      cwd: workDir,
      env,
    }).catch((error: { code: number; stdout: string }) => error);
    expect("code" in failed && failed.code).toBe(1);
    expect(failed.stdout).toContain("3 created, 0 updated, 0 unchanged, 2 rejected.");
    const [, rejectionsFile] = /Rejected records.*: (\S+)/.exec(failed.stdout) ?? [];
    const [first] = fs
      .readFileSync(rejectionsFile, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(first).toEqual({ source: SNAPSHOT, index: 2, field: "versions[0].created", reason: "is not a date" });

    // A directory's .jsonl files are read too: the same records again change nothing.
    const directory = path.join(workDir, "dump");
    fs.mkdirSync(directory);
    fs.copyFileSync(SNAPSHOT, path.join(directory, "part-1.jsonl"));
    const again = await promisify(execFile)(process.execPath, [cli, "--format", "arxiv-snapshot", directory], {
      cwd: workDir,
      env,
    }).catch((error: { code: number; stdout: string }) => error);
    expect(again.stdout).toContain("0 created, 0 updated, 3 unchanged, 2 rejected.");
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
});
