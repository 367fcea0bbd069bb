import { query, sql } from "../../src/db/sql";
import { papers } from "../../src/db/tables";
import { toGlobalId } from "../../src/domain/global-id";
import fs from "node:fs";
import path from "node:path";
import { UserRole } from "../../src/entities/user.entity";
import { PROJECT_ROOT } from "../../src/paths";
import {
  AuditLogDocument,
  CreateFeedFieldsWatchDocument,
  FilteredArxivIdsDocument,
  HubPaperDocument,
  ImportPapersDocument,
  NodeByIdDocument,
  PaperByArxivIdDocument,
  RestorePaperDocument,
  type PaperFilterInput,
} from "../generated/graphql";
import { signUp, type SignedInUser } from "../helpers/accounts";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

const FEED = fs.readFileSync(path.join(PROJECT_ROOT, "test/fixtures/import/hf-daily-full.json"), "utf8");

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

async function importFeed(payload: string) {
  return dataOf(await t.request(ImportPapersDocument, { input: { format: "HF_DAILY", payload } }, admin.headers))
    .importPapers;
}

async function arxivIds(filter: PaperFilterInput) {
  return dataOf(await t.request(FilteredArxivIdsDocument, { filter })).papers.nodes.map((node) => node.arxivId);
}

test("what the Hugging Face daily feed carries is kept and exposed", async () => {
  expect((await importFeed(FEED)).summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
  const paper = dataOf(await t.request(HubPaperDocument, { arxivId: "2510.20001" })).paper!;
  expect(paper).toMatchObject({
    keywords: ["mixture of experts", "sparse routing"],
    aiKeywords: ["mixture of experts", "sparse routing"],
    aiSummary: "A sparse mixture-of-experts model scales to many experts with stable routing.",
    mediaUrls: ["https://cdn-uploads.huggingface.co/production/uploads/demo.mp4"],
    numComments: 7,
    withdrawnAt: null,
    // An avatar given by path is resolved on huggingface.co.
    submittedBy: { name: "akhaliq", fullName: "AK", avatarUrl: "https://huggingface.co/avatars/akhaliq.svg" },
    organization: {
      name: "example-lab",
      fullName: "Example Lab",
      avatarUrl: "https://cdn-avatars.huggingface.co/example-lab.png",
    },
    // githubStars stays where it belongs: on the repository.
    repositories: { nodes: [{ url: "https://github.com/example/sparse-moe", stars: 512 }] },
  });

  expect((await importFeed(FEED)).summary).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
});

test("papers filter by the submitter's and the organization's Hugging Face names", async () => {
  await importFeed(FEED);
  await t.request(RestorePaperDocument, { input: { paperId: await globalIdOf("2510.20002") } }, admin.headers);
  expect(await arxivIds({ submitter: "akhaliq" })).toEqual(["2510.20001"]);
  expect(await arxivIds({ submitter: "jortega" })).toEqual(["2510.20002"]);
  expect(await arxivIds({ organization: "example-lab" })).toEqual(["2510.20001"]);
  expect(await arxivIds({ organization: "Example Lab" })).toEqual([]);
  expect(await arxivIds({ submitter: "akhaliq", organization: "other-lab" })).toEqual([]);
});

test("a watch keeps the new filters and reads them back", async () => {
  const filter = { category: "cs.CL", hasDoi: false, submitter: "akhaliq", organization: "example-lab" };
  const input = { name: "feeds", filter, trigger: { kind: "NEW_MATCH" as const } };
  const created = dataOf(await t.request(CreateFeedFieldsWatchDocument, { input }, admin.headers)).createWatch;
  expect(created).toEqual({ watch: { filter }, userErrors: [] });
});

async function globalIdOf(arxivId: string): Promise<string> {
  const [row] = await query<{ id: number }>(
    t.db,
    sql`SELECT ${papers.col.id} AS id FROM ${papers.from} WHERE ${papers.col.arxivId} = ${arxivId}`,
  );
  return toGlobalId("Paper", row.id);
}

test("a withdrawn paper is hidden from lists and node(id) like a deleted one, with the reason in the audit log", async () => {
  await importFeed(FEED);
  const id = await globalIdOf("2510.20002");
  expect(await arxivIds({ submitter: "jortega" })).toEqual([]);
  expect(await arxivIds({})).toEqual(["2510.20001"]);
  const node = await t.request(NodeByIdDocument, { id });
  expect(node.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  const byArxivId = await t.request(PaperByArxivIdDocument, { arxivId: "2510.20002" });
  expect(byArxivId.errors?.[0].extensions?.code).toBe("NOT_FOUND");

  const log = dataOf(await t.request(AuditLogDocument, { filter: { action: "PAPER_DELETED" } }, admin.headers));
  expect(log.auditLog.nodes).toEqual([
    expect.objectContaining({
      targetId: id,
      changes: {
        deleted: { before: false, after: true },
        deletionReason: { before: null, after: "withdrawn from hf-daily at 2025-10-23T09:30:00.000Z" },
      },
    }),
  ]);

  // A curator may bring it back; the same feed imported again leaves it restored.
  await t.request(RestorePaperDocument, { input: { paperId: id } }, admin.headers);
  expect((await importFeed(FEED)).summary).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
  const restored = dataOf(await t.request(HubPaperDocument, { arxivId: "2510.20002" })).paper!;
  expect(restored.withdrawnAt).toBe("2025-10-23T09:30:00.000Z");
});

test("malformed Hugging Face fields reject their record alone, naming the field", async () => {
  const records = JSON.parse(FEED);
  records.push({ ...records[0], paper: { ...records[0].paper, id: "2510.20003" } });
  records[0].submittedBy = { fullname: "No Name" };
  records[1].paper.withdrawnAt = "someday";
  const result = await importFeed(JSON.stringify(records));
  expect(result.summary).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 2 });
  expect(result.rejections).toEqual([
    { index: 0, field: "submittedBy.user", reason: "is missing or blank" },
    { index: 1, field: "paper.withdrawnAt", reason: "is not a date" },
  ]);
});
