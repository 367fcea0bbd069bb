import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { DocumentNode } from "graphql";
import { toGlobalId } from "../../src/domain/global-id";
import { UserRole } from "../../src/entities/user.entity";
import {
  AuditLogDocument,
  CreatePaperDocument,
  CreateTokenDocument,
  CreateUserDocument,
  DeletePaperDocument,
  LinkRepositoryDocument,
  MergeAuthorsDocument,
  RemoveUpvoteDocument,
  RemoveVotesDocument,
  RestorePaperDocument,
  RevokeTokenDocument,
  SetUserRoleDocument,
  UnlinkRepositoryDocument,
  UpdatePaperDocument,
  UpdateRepositoryDocument,
  UpvotePaperDocument,
  ViewerDocument,
} from "../generated/graphql";
import { databaseFingerprint, signUp, type SignedInUser } from "../helpers/accounts";
import { insertAuthor, insertPaper, insertRepository, linkRepository, setAuthors } from "../helpers/fixtures";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

let t: TestServer;
let admin: SignedInUser;
let member: SignedInUser;
let revoked: SignedInUser;

type Operation = [string, DocumentNode, () => Promise<Record<string, unknown>>, "USER" | "ADMIN"];

/** Sends any operation of the matrix; each is typed in test/operations, the matrix mixes them. */
function send(document: DocumentNode, variables: Record<string, unknown>, headers: Record<string, string>) {
  return t.request(document as TypedDocumentNode<unknown, Record<string, unknown>>, variables, headers);
}

/** Every mutation, with an input that an allowed caller would get through. */
let operations: Operation[];

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

beforeEach(async () => {
  await t.reset();
  admin = await signUp(t.db, "root", UserRole.ADMIN);
  member = await signUp(t.db, "member");
  revoked = await signUp(t.db, "gone", UserRole.ADMIN);
  await t.db.query("UPDATE api_token SET revoked_at = now() WHERE user_id = $1", [revoked.id]);

  const paper = await insertPaper(t.db, { title: "Target" });
  const deleted = await insertPaper(t.db, { title: "Deleted", deleted: true });
  const [a, b] = [await insertAuthor(t.db, "A. Person"), await insertAuthor(t.db, "A Person")];
  await setAuthors(t.db, paper, [a, b]);
  const repository = await insertRepository(t.db, { url: "https://github.com/lab/code" });
  await linkRepository(t.db, paper, repository);
  await t.db.query("INSERT INTO vote (user_id, paper_id) VALUES ($1, $2)", [member.id, paper]);
  const [token] = await t.db.query("SELECT id FROM api_token WHERE user_id = $1", [member.id]);

  const paperId = toGlobalId("Paper", paper);
  operations = [
    ["upvotePaper", UpvotePaperDocument, async () => ({ input: { paperId } }), "USER"],
    ["removeUpvote", RemoveUpvoteDocument, async () => ({ input: { paperId } }), "USER"],
    ["createUser", CreateUserDocument, async () => ({ input: { handle: "newcomer" } }), "ADMIN"],
    ["createToken", CreateTokenDocument, async () => ({ input: { userId: toGlobalId("User", member.id) } }), "ADMIN"],
    [
      "revokeToken",
      RevokeTokenDocument,
      async () => ({ input: { tokenId: toGlobalId("ApiToken", token.id) } }),
      "ADMIN",
    ],
    [
      "setUserRole",
      SetUserRoleDocument,
      async () => ({ input: { userId: toGlobalId("User", member.id), role: "ADMIN" } }),
      "ADMIN",
    ],
    [
      "createPaper",
      CreatePaperDocument,
      async () => ({
        input: { title: "New", abstract: "Text", publishedAt: "2025-01-01T00:00:00Z", authors: ["Ann"] },
      }),
      "ADMIN",
    ],
    ["updatePaper", UpdatePaperDocument, async () => ({ input: { paperId, title: "Renamed" } }), "ADMIN"],
    ["restorePaper", RestorePaperDocument, async () => ({ input: { paperId: toGlobalId("Paper", deleted) } }), "ADMIN"],
    [
      "linkRepository",
      LinkRepositoryDocument,
      async () => ({ input: { paperId, url: "github.com/other/code" } }),
      "ADMIN",
    ],
    [
      "unlinkRepository",
      UnlinkRepositoryDocument,
      async () => ({ input: { paperId, repositoryId: toGlobalId("Repository", repository) } }),
      "ADMIN",
    ],
    [
      "updateRepository",
      UpdateRepositoryDocument,
      async () => ({ input: { repositoryId: toGlobalId("Repository", repository), stars: 5 } }),
      "ADMIN",
    ],
    [
      "mergeAuthors",
      MergeAuthorsDocument,
      async () => ({ input: { sourceIds: [toGlobalId("Author", b)], targetId: toGlobalId("Author", a) } }),
      "ADMIN",
    ],
    ["removeVotes", RemoveVotesDocument, async () => ({ input: { userId: toGlobalId("User", member.id) } }), "ADMIN"],
    // Last, since it hides the paper the others act on.
    ["deletePaper", DeletePaperDocument, async () => ({ input: { paperId, reason: "spam" } }), "ADMIN"],
  ];
});

const callers = {
  anonymous: () => ({}),
  "a malformed token": () => ({ authorization: "Bearer not-a-token" }),
  "an unknown token": () => ({ authorization: `Bearer pgt_${"x".repeat(43)}` }),
  "a revoked token": () => revoked.headers,
  "a non-bearer header": () => ({ authorization: `Basic ${Buffer.from("root:pw").toString("base64")}` }),
  "a user": () => member.headers,
  "an admin": () => admin.headers,
};

/** What each caller must get for an operation that needs `role`. */
function expected(caller: keyof typeof callers, role: "USER" | "ADMIN"): { status: number; code: string | null } {
  if (["a malformed token", "an unknown token", "a revoked token", "a non-bearer header"].includes(caller)) {
    return { status: 401, code: "UNAUTHENTICATED" };
  }
  if (caller === "anonymous") return { status: 401, code: "UNAUTHENTICATED" };
  if (caller === "a user" && role === "ADMIN") return { status: 200, code: "FORBIDDEN" };
  return { status: 200, code: null };
}

describe.each(Object.keys(callers) as (keyof typeof callers)[])("called by %s", (caller) => {
  test("every mutation is allowed or refused by role, and a refusal writes nothing", async () => {
    for (const [name, document, variables, role] of operations) {
      const before = await databaseFingerprint(t.db);
      const response = await send(document, await variables(), callers[caller]());
      const want = expected(caller, role);
      const got = { status: response.status, code: (response.errors?.[0]?.extensions?.code as string) ?? null };
      expect({ name, ...got }).toEqual({ name, ...want });
      if (want.code) {
        expect(await databaseFingerprint(t.db)).toEqual(before);
      } else {
        const payload = (response.data as Record<string, { userErrors: unknown[] }>)[name];
        expect({ name, userErrors: payload.userErrors }).toEqual({ name, userErrors: [] });
      }
    }
  });

  test("the audit log is for admins only", async () => {
    const response = await t.request(AuditLogDocument, {}, callers[caller]());
    const want = expected(caller, "ADMIN");
    expect(response.status).toBe(want.status);
    expect(response.errors?.[0]?.extensions?.code ?? null).toBe(want.code);
  });
});

test("viewer is the token's user, or null when anonymous", async () => {
  expect(dataOf(await t.request(ViewerDocument, {}, member.headers)).viewer).toEqual({
    id: toGlobalId("User", member.id),
    handle: "member",
    role: "USER",
  });
  expect(dataOf(await t.request(ViewerDocument, {})).viewer).toBeNull();
});

test("a revoked token is refused even for public queries", async () => {
  const response = await t.request(ViewerDocument, {}, revoked.headers);
  expect(response.status).toBe(401);
  expect(response.data ?? null).toBeNull();
});
