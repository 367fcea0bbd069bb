import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { query, queryOne, sql } from "../../src/db/sql";
import { auditEntries, papers } from "../../src/db/tables";
import { toGlobalId } from "../../src/domain/global-id";
import { UserRole } from "../../src/entities/user.entity";
import { ImportFormat } from "../../src/importers/formats";
import { PROJECT_ROOT } from "../../src/paths";
import { AuditAction } from "../../src/services/audit.service";
import { systemContext } from "../../src/services/context";
import { IMPORT_BATCH_SIZE, importSources } from "../../src/services/import.service";
import {
  AuditLogDocument,
  CreatePaperDocument,
  ImportedPaperDocument,
  ImportPapersDocument,
  TrendingPaperAddedDocument,
  UpvotePaperDocument,
  type TrendingPaperAddedSubscription,
} from "../generated/graphql";
import { databaseFingerprint, signUp, type SignedInUser } from "../helpers/accounts";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { runInTerminal } from "../helpers/terminal";
import { collect, connectSocket } from "../helpers/websocket";

const FIXTURES = path.join(PROJECT_ROOT, "test/fixtures/import");
const fixture = (file: string) => fs.readFileSync(path.join(FIXTURES, file), "utf8");

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

async function importPayload(format: "HF_DAILY" | "ARXIV_ATOM" | "PWC_LINKS" | "SAMPLE", payload: string) {
  return dataOf(await t.request(ImportPapersDocument, { input: { format, payload } }, admin.headers)).importPapers;
}

async function paper(arxivId: string) {
  return dataOf(await t.request(ImportedPaperDocument, { arxivId })).paper!;
}

/** A Hugging Face daily record; `paper` replaces fields of a valid one. */
function hfRecord(arxivId: string, paper: Record<string, unknown> = {}) {
  return {
    paper: {
      id: arxivId,
      authors: [{ name: "Ada Lovelace" }],
      publishedAt: "2025-03-01T00:00:00.000Z",
      title: `Paper ${arxivId}`,
      summary: "An abstract.",
      ...paper,
    },
  };
}

async function paperCount(): Promise<number> {
  const row = await queryOne<{ count: number }>(t.db, sql`SELECT count(*)::int AS count FROM ${papers.name}`);
  return row!.count;
}

test("a Hugging Face daily file imports good records, reports bad ones by field, and converges", async () => {
  const first = await importPayload("HF_DAILY", fixture("hf-daily.json"));
  expect(first.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 2 });
  expect(first.rejections).toEqual([
    { index: 2, field: "paper.id", reason: "is not an arXiv ID" },
    { index: 3, field: "paper.publishedAt", reason: "is not a date" },
  ]);

  const imported = await paper("2410.17243");
  expect(imported).toMatchObject({
    title: "Breaking the Memory Barrier: Near Infinite Batch Size Scaling",
    abstract: "Contrastive loss is a powerful approach. Code is available at https://github.com/DAMO-NLP-SG/Inf-CLIP.",
    publishedAt: "2024-10-22T17:59:59.000Z",
    dailyDate: "2024-10-23",
    authorCount: 2,
    upvotes: 90,
    keywords: ["contrastive loss", "memory"],
    projectPage: "https://example.org/inf-clip",
    thumbnail: "https://cdn.example.org/2410.17243.png",
  });
  expect(imported.authors.edges.map((edge) => edge.node.name)).toEqual(["Zhiyuan Chen", "José García"]);
  // githubRepo and the abstract's link name the same repository: one row, with its stars, shown as first written.
  expect(imported.repositories.edges).toEqual([
    { isOfficial: true, node: { url: "https://github.com/DAMO-NLP-SG/Inf-CLIP", provider: "GITHUB", stars: 240 } },
  ]);
  const engines = await paper("2501.00002");
  expect(engines.repositories.edges.map((edge) => edge.node.url).sort()).toEqual([
    "https://github.com/ada/engine",
    "https://huggingface.co/spaces/Ada/Engine",
  ]);

  const before = await databaseFingerprint(t.db);
  const again = await importPayload("HF_DAILY", fixture("hf-daily.json"));
  expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 2 });
  const after = await databaseFingerprint(t.db);
  // Only the audit log grows: it records the second run.
  expect({ ...after, audit_entry: "" }).toEqual({ ...before, audit_entry: "" });
});

test("a newer version of a record updates its fields and keeps the votes cast here", async () => {
  await importPayload("HF_DAILY", fixture("hf-daily.json"));
  const voter = await signUp(t.db, "voter");
  const paperId = (await paper("2410.17243")).id;
  await t.request(UpvotePaperDocument, { input: { paperId } }, voter.headers);

  const newer = JSON.parse(fixture("hf-daily.json"));
  newer[0].paper.upvotes = 120;
  newer[0].paper.title = "Breaking the Memory Barrier (v2)";
  newer[0].paper.authors.push({ name: "Lidong Bing" });
  const result = await importPayload("HF_DAILY", JSON.stringify(newer.slice(0, 2)));
  expect(result.summary).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
  const updated = await paper("2410.17243");
  expect(updated).toMatchObject({
    id: paperId,
    title: "Breaking the Memory Barrier (v2)",
    upvotes: 121,
    authorCount: 3,
  });
  expect(updated.authors.edges.map((edge) => edge.node.name)).toEqual(["Zhiyuan Chen", "José García", "Lidong Bing"]);
});

test("arXiv Atom keeps the latest version of each paper and the authors' order", async () => {
  const result = await importPayload("ARXIV_ATOM", fixture("arxiv.xml"));
  expect(result.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 1 });
  expect(result.rejections).toEqual([{ index: 3, field: "title", reason: "is missing or blank" }]);
  const memory = await paper("2410.17243v1");
  expect(memory).toMatchObject({
    title: "Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss",
    abstract: "Contrastive loss is a powerful approach for representation learning.",
    keywords: ["cs.CV"],
    dailyDate: null,
  });
  expect(memory.authors.edges.map((edge) => [edge.position, edge.node.name])).toEqual([
    [0, "Zhiyuan Chen"],
    [1, "Xin Li"],
    [2, "Lidong Bing"],
  ]);
  // The same paper from Hugging Face later matches by arXiv ID and fills in what arXiv lacks.
  const hf = await importPayload("HF_DAILY", fixture("hf-daily.json"));
  expect(hf.summary).toMatchObject({ created: 1, updated: 1 });
  expect((await paper("2410.17243")).dailyDate).toBe("2024-10-23");
});

test("code links attach to known papers; unknown papers and non-repository URLs are reported", async () => {
  await importPayload("ARXIV_ATOM", fixture("arxiv.xml"));
  const result = await importPayload("PWC_LINKS", fixture("pwc-links.json"));
  expect(result.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 2 });
  expect(result.rejections).toEqual([
    { index: 2, field: "paper_arxiv_id", reason: "no paper 2112.99999 in the catalog" },
    { index: 3, field: "repo_url", reason: "is not a repository URL" },
  ]);
  const attention = await paper("1706.03762");
  expect(attention.repositories.edges.map((edge) => [edge.isOfficial, edge.node.url])).toEqual([
    [true, "https://github.com/tensorflow/tensor2tensor"],
    [false, "https://github.com/jadore801120/attention-is-all-you-need-pytorch"],
  ]);
  expect((await importPayload("PWC_LINKS", fixture("pwc-links.json"))).summary).toEqual({
    created: 0,
    updated: 0,
    unchanged: 2,
    rejected: 2,
  });
});

test("records of one paper in one batch are written in file order, as if imported one after another", async () => {
  const result = await importPayload(
    "HF_DAILY",
    JSON.stringify([
      hfRecord("2506.00001", { upvotes: 3 }),
      hfRecord("2506.00002"),
      hfRecord("2506.00001", { upvotes: 7, title: "Paper 2506.00001, revised" }),
    ]),
  );
  expect(result.summary).toEqual({ created: 2, updated: 1, unchanged: 0, rejected: 0 });
  expect(await paper("2506.00001")).toMatchObject({ title: "Paper 2506.00001, revised", upvotes: 7 });

  // Links too: the second link of a paper to a repository changes whether it is official.
  const links = [false, true, true].map((official) => ({
    paper_arxiv_id: "2506.00002",
    repo_url: "https://github.com/ada/engine",
    is_official: official,
  }));
  expect((await importPayload("PWC_LINKS", JSON.stringify(links))).summary).toEqual({
    created: 1,
    updated: 1,
    unchanged: 1,
    rejected: 0,
  });
  expect((await paper("2506.00002")).repositories.edges).toEqual([
    { isOfficial: true, node: { url: "https://github.com/ada/engine", provider: "GITHUB", stars: null } },
  ]);
});

test("a record the database refuses while its batch is merged is refused alone; the others are written", async () => {
  await query(
    t.db,
    sql`CREATE FUNCTION refuse_paper() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.title = 'Refused paper' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`,
  );
  await query(
    t.db,
    sql`CREATE TRIGGER refuse_paper BEFORE INSERT ON ${papers.name} FOR EACH ROW EXECUTE FUNCTION refuse_paper()`,
  );
  try {
    const result = await importPayload(
      "HF_DAILY",
      JSON.stringify([
        hfRecord("2506.00011"),
        hfRecord("2506.00012", { title: "Refused paper" }),
        hfRecord("2506.00013"),
      ]),
    );
    expect(result.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.rejections).toEqual([
      { index: 1, field: "record", reason: expect.stringMatching(/^could not be written: .*refused by the test/) },
    ]);
  } finally {
    await query(t.db, sql`DROP TRIGGER refuse_paper ON ${papers.name}`);
    await query(t.db, sql`DROP FUNCTION refuse_paper()`);
  }
  expect(await paperCount()).toBe(2);
});

test("imports and curators follow one set of rules; an import names the feed's fields and every problem", async () => {
  const keywords = Array.from({ length: 51 }, (_, index) => (index === 3 ? "k".repeat(101) : `keyword ${index}`));
  const projectPage = `https://example.org/${"p".repeat(2000)}`;
  const result = await importPayload(
    "HF_DAILY",
    JSON.stringify([
      hfRecord("2503.00001", { ai_keywords: keywords, projectPage }),
      hfRecord("2503.00002", {
        authors: [{ name: "Ada Lovelace" }, { name: "ADA  LOVELACE" }, { name: "B".repeat(201) }],
      }),
      hfRecord("2503.00003", {
        authors: [{ name: "Ada Lovelace" }, { name: "ada lovelace" }, { name: "Grace Hopper" }],
      }),
      hfRecord("2503.00004", { upvotes: 3_000_000_000 }),
    ]),
  );
  expect(result.summary).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 3 });
  expect(result.rejections).toEqual([
    {
      index: 0,
      field: "paper.projectPage",
      reason:
        "paper.projectPage must be at most 2000 characters; paper.ai_keywords can hold at most 50 keywords; " +
        "paper.ai_keywords[3] must be at most 100 characters",
    },
    // The repeated name is dropped before the check, yet the feed's own place is named.
    { index: 1, field: "paper.authors[2].name", reason: "must be at most 200 characters" },
    { index: 3, field: "paper.upvotes", reason: "must be at most 2147483647" },
  ]);
  const refused = await t.request(ImportedPaperDocument, { arxivId: "2503.00001" });
  expect(refused.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  // A feed that lists a name twice lists one author; the reported count keeps both.
  const repeated = await paper("2503.00003");
  expect(repeated.authorCount).toBe(3);
  expect(repeated.authors.edges.map((edge) => edge.node.name)).toEqual(["Ada Lovelace", "Grace Hopper"]);

  const curated = dataOf(
    await t.request(
      CreatePaperDocument,
      { input: { title: "T", abstract: "A", publishedAt: "2025-01-01T00:00:00Z", keywords, projectPage } },
      admin.headers,
    ),
  );
  expect(curated.createPaper.userErrors.map((error) => [error.field.join("."), error.code])).toEqual([
    ["input.projectPage", "TOO_LONG"],
    ["input.keywords", "TOO_LONG"],
    ["input.keywords.3", "TOO_LONG"],
  ]);
});

test("text holding a NUL character is refused record by record, with a plain reason", async () => {
  const result = await importPayload(
    "HF_DAILY",
    JSON.stringify([
      hfRecord("2504.00001", { title: "Memory\u0000Barrier" }),
      hfRecord("2504.00002", { authors: [{ name: "Ada\u0000Lovelace" }], ai_keywords: ["fine", "bad\u0000"] }),
      hfRecord("2504.00003", { githubRepo: "https://github.com/ada/en\u0000gine" }),
      hfRecord("2504.00004"),
    ]),
  );
  expect(result.summary).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 3 });
  expect(result.rejections).toEqual([
    { index: 0, field: "paper.title", reason: "must not contain NUL characters" },
    {
      index: 1,
      field: "paper.authors[0].name",
      reason:
        "paper.authors[0].name must not contain NUL characters; paper.ai_keywords[1] must not contain NUL characters",
    },
    { index: 2, field: "repository", reason: "is not a repository URL" },
  ]);
  const sample = await importPayload(
    "SAMPLE",
    JSON.stringify({ papers: [{ title: "Sampled", summary: "a\u0000b", publishedOn: "2025-01-01" }] }),
  );
  expect(sample.rejections).toEqual([{ index: 0, field: "summary", reason: "must not contain NUL characters" }]);
});

test("a dry run of a fresh file reports what it would do and writes nothing, not even an audit entry", async () => {
  const before = await databaseFingerprint(t.db);
  const dry = await importSources(
    systemContext(t.db),
    ImportFormat.ARXIV_ATOM,
    [{ name: "arxiv.xml", source: { text: fixture("arxiv.xml") } }],
    { dryRun: true },
  );
  expect(dry.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 1 });
  expect(await databaseFingerprint(t.db)).toEqual(before);
});

test("an import's audit entry commits with each batch, so it always says what committed", async () => {
  // A full batch, then one of 10.
  const records = JSON.stringify(
    Array.from({ length: IMPORT_BATCH_SIZE + 10 }, (_, i) => hfRecord(`2505.${String(i).padStart(5, "0")}`)),
  );
  const run = () =>
    importSources(systemContext(t.db), ImportFormat.HF_DAILY, [{ name: "generated", source: { text: records } }]);
  // Make the second batch fail where it updates the entry the first batch wrote.
  await query(
    t.db,
    sql`CREATE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`,
  );
  await query(
    t.db,
    sql`CREATE TRIGGER refuse_update BEFORE UPDATE ON ${auditEntries.name} FOR EACH ROW EXECUTE FUNCTION refuse_update()`,
  );
  try {
    await expect(run()).rejects.toThrow(/refused/);
  } finally {
    await query(t.db, sql`DROP TRIGGER refuse_update ON ${auditEntries.name}`);
    await query(t.db, sql`DROP FUNCTION refuse_update()`);
  }
  const audit = () =>
    query<{ changes: { summary: { after: unknown } } }>(
      t.db,
      sql`SELECT ${auditEntries.select(["changes"])} FROM ${auditEntries.from}
          WHERE ${auditEntries.col.action} = ${AuditAction.PAPERS_IMPORTED} ORDER BY ${auditEntries.col.id} DESC`,
    );
  // The first batch committed with its entry; the second rolled back with its update.
  expect(await paperCount()).toBe(IMPORT_BATCH_SIZE);
  expect((await audit()).map((entry) => entry.changes.summary.after)).toEqual([
    { created: IMPORT_BATCH_SIZE, updated: 0, unchanged: 0, rejected: 0 },
  ]);

  // Run again: the second batch's transaction brings the new entry up to date.
  expect((await run()).summary).toEqual({ created: 10, updated: 0, unchanged: IMPORT_BATCH_SIZE, rejected: 0 });
  expect((await audit()).map((entry) => entry.changes.summary.after)).toEqual([
    { created: 10, updated: 0, unchanged: IMPORT_BATCH_SIZE, rejected: 0 },
    { created: IMPORT_BATCH_SIZE, updated: 0, unchanged: 0, rejected: 0 },
  ]);
});

test("a malformed file, or a file of another format, is refused whole with nothing written", async () => {
  const before = await databaseFingerprint(t.db);
  const malformed = await importPayload("HF_DAILY", fixture("malformed.json"));
  expect(malformed.summary).toBeNull();
  expect(malformed.userErrors[0]).toMatchObject({ field: ["input", "payload"], code: "INVALID" });
  expect(malformed.userErrors[0].message).toMatch(/not valid JSON/);
  const wrongFormat = await importPayload("PWC_LINKS", fixture("hf-daily.json"));
  expect(wrongFormat.userErrors[0].message).toMatch(/no valid pwc-links record/);
  const notXml = await importPayload("ARXIV_ATOM", "<feed><entry>");
  expect(notXml.userErrors[0].message).toMatch(/not valid XML|not an Atom feed/);
  expect(await databaseFingerprint(t.db)).toEqual(before);
});

test("imports are audited, admin-only, and reach subscribers like any other change", async () => {
  const member = await signUp(t.db, "member");
  const refused = await t.request(
    ImportPapersDocument,
    { input: { format: "SAMPLE", payload: fixture("hf-daily.json") } },
    member.headers,
  );
  expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");

  const socket = connectSocket(t.server.url);
  const listening = t.subscribersListening(1);
  const added = collect<TrendingPaperAddedSubscription>(socket.client, TrendingPaperAddedDocument, {
    window: "MONTH",
    top: 5,
  });
  await listening;
  await importPayload("HF_DAILY", fixture("hf-daily.json"));
  const events = await added.waitFor(1);
  expect(events.map((event) => event.data?.trendingPaperAdded?.paper.title)).toContain("Analytical Engines Revisited");
  added.dispose();
  await socket.client.dispose();

  const { auditLog } = dataOf(
    await t.request(AuditLogDocument, { filter: { action: "PAPERS_IMPORTED" } }, admin.headers),
  );
  expect(auditLog.nodes[0]).toMatchObject({
    actor: { handle: "importer" },
    changes: { format: { after: "hf-daily" }, summary: { after: { created: 2, rejected: 2 } } },
  });
});

describe("npm run import", () => {
  const run = promisify(execFile);
  const cli = path.join(PROJECT_ROOT, "dist/src/cli/import.js");
  let workDir: string;
  // The command opens its own database: an embedded one in a temporary folder.
  const importCommand = (...args: string[]) =>
    run(process.execPath, [cli, ...args], { cwd: workDir, env: commandEnv() }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  const commandEnv = () => ({ PATH: process.env.PATH!, DATA_DIR: workDir });
  /** A generated HF daily file of `count` new papers in the work folder. */
  const generatedFile = (name: string, count: number, month: string) => {
    const file = path.join(workDir, name);
    const records = Array.from({ length: count }, (_, i) => hfRecord(`${month}.${String(i).padStart(5, "0")}`));
    fs.writeFileSync(file, JSON.stringify(records));
    return file;
  };

  beforeAll(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "papergraph-import-"));
  });
  afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

  test("exits 0, 1 or 2, prints the summary and writes rejected records to a file", async () => {
    const sample = await importCommand("--format", "sample", path.join(PROJECT_ROOT, "data/sample/seed-papers.json"));
    expect(sample.code).toBe(0);
    expect(sample.stdout).toContain("48 created, 0 updated, 0 unchanged, 0 rejected.");
    expect(sample.stderr).toContain("imported 48/48 records");

    const mixed = await importCommand("--format", "hf-daily", path.join(FIXTURES, "hf-daily.json"));
    expect(mixed.code).toBe(1);
    const [, rejectionsFile] = /Rejected records.*: (\S+)/.exec(mixed.stdout) ?? [];
    const rejections = fs
      .readFileSync(rejectionsFile, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(rejections[0]).toEqual({
      source: path.join(FIXTURES, "hf-daily.json"),
      index: 2,
      field: "paper.id",
      reason: "is not an arXiv ID",
    });

    // A file not imported yet: had the dry run written, the import after it would find its rows.
    const dry = await importCommand("--format", "arxiv-atom", "--dry-run", path.join(FIXTURES, "arxiv.xml"));
    expect(dry.stdout).toContain("Dry run, nothing written: 1 created, 1 updated, 0 unchanged, 1 rejected.");
    const real = await importCommand("--format", "arxiv-atom", path.join(FIXTURES, "arxiv.xml"));
    expect(real.stdout).toContain("1 created, 1 updated, 0 unchanged, 1 rejected.");

    const broken = await importCommand("--format", "hf-daily", path.join(FIXTURES, "malformed.json"));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/Nothing imported: .*malformed\.json is not valid JSON/);
  });

  test("on a terminal, one progress line is redrawn in place with the counts, rate and time left", async () => {
    // Three batches: the line is redrawn after each.
    const total = 3 * IMPORT_BATCH_SIZE;
    const file = generatedFile("terminal.json", total, "2507");
    const { code, output } = await runInTerminal([process.execPath, cli, "--format", "hf-daily", file], {
      env: commandEnv(),
      cwd: workDir,
      columns: 120,
    });
    expect(code).toBe(0);
    const [progress, ...after] = output.split("\r\n");
    // Each frame clears the line and draws over it; none wraps past the terminal's width.
    const frames = progress.split("\r\u001b[2K").slice(1);
    expect(frames.every((frame) => frame.length < 120)).toBe(true);
    const midway = frames.filter((frame) =>
      new RegExp(`^\\[#+\\.+\\] (${IMPORT_BATCH_SIZE}|${2 * IMPORT_BATCH_SIZE})/${total} {2}created \\d+`).test(frame),
    );
    expect(midway.length).toBeGreaterThan(0);
    expect(midway.every((frame) => / {2}\d+\/s {2}\d+s left$/.test(frame))).toBe(true);
    expect(frames.at(-1)).toMatch(
      new RegExp(
        `^\\[#+\\] ${total}/${total} {2}created ${total} {2}updated 0 {2}unchanged 0 {2}rejected 0 {2}\\d+/s {2}took \\d+s$`,
      ),
    );
    // The cursor, hidden while drawing, comes back before the summary.
    expect(progress.startsWith("\u001b[?25l")).toBe(true);
    expect(after[0]).toBe(`\u001b[?25h${total} created, 0 updated, 0 unchanged, 0 rejected.`);
  });

  test("Ctrl-C on a terminal clears the progress line, shows the cursor again and says how far it got", async () => {
    const total = 3 * IMPORT_BATCH_SIZE;
    const file = generatedFile("interrupted.json", total, "2509");
    const { code, output } = await runInTerminal([process.execPath, cli, "--format", "hf-daily", file], {
      // A database of its own: this one is left as a killed import leaves it.
      env: { ...commandEnv(), DATA_DIR: path.join(workDir, "interrupted") },
      cwd: workDir,
      columns: 120,
      interruptAt: `/${total}  created`,
    });
    expect(code).toBe(130);
    expect(output).toContain("\r\u001b[2K\u001b[?25hinterrupted: ");
    expect(output.split("\u001b[?25h")[1]).toMatch(
      new RegExp(`^interrupted: imported \\d+/${total} records: \\d+ created, 0 updated, 0 unchanged, 0 rejected; `),
    );
    expect(output).not.toContain(`${total} created, 0 updated`);
  });

  test("piped, progress is plain lines with no escape codes, then the summary", async () => {
    const file = generatedFile("piped.json", 300, "2508");
    const { code, stdout, stderr } = await importCommand("--format", "hf-daily", file);
    expect(code).toBe(0);
    expect(stderr).not.toContain("\u001b");
    expect(stderr).not.toContain("\r");
    expect(stderr.trim().split("\n").at(-1)).toMatch(
      /^imported 300\/300 records: 300 created, 0 updated, 0 unchanged, 0 rejected; \d+ records\/s, took \d+s$/,
    );
    expect(stdout).toBe("300 created, 0 updated, 0 unchanged, 0 rejected.\n");
  });
});

test("global IDs of imported papers work with node()", async () => {
  await importPayload("ARXIV_ATOM", fixture("arxiv.xml"));
  const row = await queryOne<{ id: number }>(
    t.db,
    sql`SELECT ${papers.col.id} AS id FROM ${papers.from} WHERE ${papers.col.arxivId} = '1706.03762'`,
  );
  expect((await paper("1706.03762")).id).toBe(toGlobalId("Paper", row!.id));
});
