/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: string; output: string };
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string };
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any };
  /** A field whose value conforms to the standard URL format as specified in RFC3986: https://www.ietf.org/rfc/rfc3986.txt. */
  URL: { input: string; output: string };
};

/** An API token of a user. The secret itself is only shown when it is created. */
export type ApiToken = {
  __typename?: "ApiToken";
  /** When the token was created. */
  createdAt: Scalars["DateTime"]["output"];
  /** Global ID of the token, for `revokeToken`. */
  id: Scalars["ID"]["output"];
  /** What the token is for, as its creator described it. */
  label?: Maybe<Scalars["String"]["output"]>;
  /** When the token was revoked; revoked tokens are refused. */
  revokedAt?: Maybe<Scalars["DateTime"]["output"]>;
  /** The user the token signs in as. */
  user?: Maybe<User>;
};

/** An action the audit log records. */
export type AuditAction =
  /** `mergeAuthors`; the target is the remaining author. */
  | "AUTHORS_MERGED"
  /** An admin read subscribers' email addresses with `digestSubscriptions`; the changes say which and how many. */
  | "DIGEST_ADDRESSES_READ"
  /** An import, by `importPapers` or `npm run import`; the changes hold its summary. */
  | "PAPERS_IMPORTED"
  /** `createPaper`. */
  | "PAPER_CREATED"
  /** `deletePaper`, or an import of a paper its source withdrew; the reason is among the changes. */
  | "PAPER_DELETED"
  /** `restorePaper`. */
  | "PAPER_RESTORED"
  /** `updatePaper`. */
  | "PAPER_UPDATED"
  /** `linkRepository`; the target is the paper. */
  | "REPOSITORY_LINKED"
  /** `unlinkRepository`; the target is the paper. */
  | "REPOSITORY_UNLINKED"
  /** `updateRepository`. */
  | "REPOSITORY_UPDATED"
  /** `createToken`, or the token command. */
  | "TOKEN_CREATED"
  /** `revokeToken`. */
  | "TOKEN_REVOKED"
  /** `createUser`, or the token command creating a user. */
  | "USER_CREATED"
  /** `setUserRole`. */
  | "USER_ROLE_SET"
  /** `removeVotes`; the target is the user whose votes went. */
  | "VOTES_REMOVED";

/** A record of one admin action or token change, written in the same transaction. */
export type AuditEntry = {
  __typename?: "AuditEntry";
  /** What was done, such as `PAPER_UPDATED`. */
  action: Scalars["String"]["output"];
  /** Who acted; null for the command-line bootstrap. */
  actor?: Maybe<User>;
  /** Each changed field, with its value `before` and `after`. */
  changes: Scalars["JSONObject"]["output"];
  /** When it was done. */
  createdAt: Scalars["DateTime"]["output"];
  /** Opaque global ID of the entry. */
  id: Scalars["ID"]["output"];
  /** Global ID of the object acted on. */
  targetId?: Maybe<Scalars["ID"]["output"]>;
};

/** A page of the audit log, newest first. */
export type AuditEntryConnection = {
  __typename?: "AuditEntryConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<AuditEntryEdge>;
  /** The items of this page, without edges. */
  nodes: Array<AuditEntry>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** An entry in the audit log. */
export type AuditEntryEdge = {
  __typename?: "AuditEntryEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** The item at the end of the edge. */
  node: AuditEntry;
};

/** Which audit entries to list. */
export type AuditLogFilter = {
  /** Only this action. */
  action?: InputMaybe<AuditAction>;
  /** Only what this user did. */
  actorId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only actions on the object with this global ID. */
  targetId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** A person who wrote papers in the catalog. */
export type Author = Node & {
  __typename?: "Author";
  /** Opaque global ID of the author. */
  id: Scalars["ID"]["output"];
  /** The author's name as published. */
  name: Scalars["String"]["output"];
  /** The author's papers, newest first. */
  papers: PaperConnection;
};

/** A person who wrote papers in the catalog. */
export type AuthorPapersArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A page of authors. */
export type AuthorConnection = {
  __typename?: "AuthorConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<AuthorEdge>;
  /** The items of this page, without edges. */
  nodes: Array<Author>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** An author in a list of authors. */
export type AuthorEdge = {
  __typename?: "AuthorEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** The item at the end of the edge. */
  node: Author;
};

/** One of your digest subscriptions. */
export type CancelDigestSubscriptionInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The subscription. */
  id: Scalars["ID"]["input"];
};

/** The result of cancelDigestSubscription. */
export type CancelDigestSubscriptionPayload = {
  __typename?: "CancelDigestSubscriptionPayload";
  /** The ID of the deleted subscription. */
  cancelledSubscriptionId?: Maybe<Scalars["ID"]["output"]>;
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The result of confirmDigestSubscription. */
export type ConfirmDigestSubscriptionPayload = {
  __typename?: "ConfirmDigestSubscriptionPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** The confirmed subscription. */
  subscription?: Maybe<DigestSubscription>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A paper to add to the catalog. */
export type CreatePaperInput = {
  /** Abstract, at most 10,000 characters. */
  abstract: Scalars["String"]["input"];
  /** arXiv ID; a version suffix is dropped. */
  arxivId?: InputMaybe<Scalars["String"]["input"]>;
  /** Number of authors, when more than are named; defaults to the names given. */
  authorCount?: InputMaybe<Scalars["Int"]["input"]>;
  /** Author names, in the paper's order. */
  authors?: Array<Scalars["String"]["input"]>;
  /** arXiv categories such as `cs.LG`, the primary category first. */
  categories?: Array<Scalars["String"]["input"]>;
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The authors' comments, such as page counts; at most 10,000 characters. */
  comments?: InputMaybe<Scalars["String"]["input"]>;
  /** The day the paper was on the daily list. */
  dailyDate?: InputMaybe<Scalars["Date"]["input"]>;
  /** DOI, such as `10.1000/xyz123`; at most 500 characters. */
  doi?: InputMaybe<Scalars["String"]["input"]>;
  /** Upvotes the paper's source reported. */
  importedUpvotes?: Scalars["Int"]["input"];
  /** Journal reference; at most 1,000 characters. */
  journalRef?: InputMaybe<Scalars["String"]["input"]>;
  /** Keywords. */
  keywords?: Array<Scalars["String"]["input"]>;
  /** License: the URL of its text. */
  license?: InputMaybe<Scalars["String"]["input"]>;
  /** Project page: an http or https URL. */
  projectPage?: InputMaybe<Scalars["String"]["input"]>;
  /** When the paper was published. */
  publishedAt: Scalars["DateTime"]["input"];
  /** Thumbnail image: an http or https URL. */
  thumbnail?: InputMaybe<Scalars["String"]["input"]>;
  /** Title, at most 500 characters. */
  title: Scalars["String"]["input"];
};

/** A new API token for a user. */
export type CreateTokenInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** What the token is for. */
  label?: InputMaybe<Scalars["String"]["input"]>;
  /** The user the token signs in as. */
  userId: Scalars["ID"]["input"];
};

/** The result of `createToken`. The secret is shown here once and never again. */
export type CreateTokenPayload = {
  __typename?: "CreateTokenPayload";
  /** The token's record, without the secret. */
  apiToken?: Maybe<ApiToken>;
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** The secret, for `Authorization: Bearer <token>`. Store it now. */
  token?: Maybe<Scalars["String"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A new user. */
export type CreateUserInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** Unique handle: 1–39 lower-case letters, digits or single hyphens. */
  handle: Scalars["String"]["input"];
  /** What the user may do. */
  role?: UserRole;
};

/** The result of `createUser`. */
export type CreateUserPayload = {
  __typename?: "CreateUserPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** The new user. */
  user?: Maybe<User>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A new watch. */
export type CreateWatchInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** Whether its events are emailed to you; NONE if left out. Needs a confirmed digest subscription. */
  email?: InputMaybe<WatchEmailMode>;
  /** Which papers it follows; every paper if left out. */
  filter?: InputMaybe<PaperFilterInput>;
  /** Its name, for you; at most 100 characters. */
  name: Scalars["String"]["input"];
  /** When it raises an event. */
  trigger: WatchTriggerInput;
};

/** The result of createWatch. */
export type CreateWatchPayload = {
  __typename?: "CreateWatchPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
  /** The new watch. */
  watch?: Maybe<Watch>;
};

/** A new webhook endpoint for one of your watches. */
export type CreateWebhookEndpointInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** An http(s) URL, at most 2000 characters, whose host resolves to public addresses. */
  url: Scalars["String"]["input"];
  /** The watch whose events it receives. */
  watchId: Scalars["ID"]["input"];
};

/** The result of createWebhookEndpoint. */
export type CreateWebhookEndpointPayload = {
  __typename?: "CreateWebhookEndpointPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** The endpoint's signing secret (`whsec_` and base64, as Standard Webhooks has it). Shown only here: keep it. */
  secret?: Maybe<Scalars["String"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
  /** The new endpoint. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

/** A paper to delete, and why. */
export type DeletePaperInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The paper. */
  paperId: Scalars["ID"]["input"];
  /** Why it is deleted, for the audit log; at most 500 characters. */
  reason: Scalars["String"]["input"];
};

/** The result of `deletePaper`. */
export type DeletePaperPayload = {
  __typename?: "DeletePaperPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** ID of the deleted paper, for `restorePaper`. */
  deletedPaperId?: Maybe<Scalars["ID"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** One of your watches. */
export type DeleteWatchInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The watch. */
  id: Scalars["ID"]["input"];
};

/** The result of deleteWatch. */
export type DeleteWatchPayload = {
  __typename?: "DeleteWatchPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** The ID of the deleted watch. */
  deletedWatchId?: Maybe<Scalars["ID"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The result of deleteWebhookEndpoint. */
export type DeleteWebhookEndpointPayload = {
  __typename?: "DeleteWebhookEndpointPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** The ID of the deleted endpoint. */
  deletedWebhookEndpointId?: Maybe<Scalars["ID"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** How often a digest is sent. */
export type DigestFrequency =
  /** Every day at the server's configured UTC hour, with the papers of the last day. */
  | "DAILY"
  /** Once a week on the server's configured weekday, with the papers of the last week. */
  | "WEEKLY";

/** A token from a link in a digest email. */
export type DigestLinkInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The `token` parameter of the link. */
  token: Scalars["String"]["input"];
};

/** An email digest subscription. */
export type DigestSubscription = {
  __typename?: "DigestSubscription";
  /** Whether the address has confirmed; only confirmed ones are sent. */
  confirmed: Scalars["Boolean"]["output"];
  /** When the address holder confirmed by following the emailed link; nothing is sent before. */
  confirmedAt?: Maybe<Scalars["DateTime"]["output"]>;
  /** When the subscription was made. */
  createdAt: Scalars["DateTime"]["output"];
  /** The address; shown only to the user who subscribed it, to the holder of its emailed link, and to admins through the audited `digestSubscriptions`. */
  email?: Maybe<Scalars["String"]["output"]>;
  /** How often the digest is sent. */
  frequency: DigestFrequency;
  /** Opaque global ID of the subscription. */
  id: Scalars["ID"]["output"];
  /** Which papers the digest holds. */
  topic: DigestTopic;
  /** When the frequency or the topic last changed. */
  updatedAt: Scalars["DateTime"]["output"];
};

/** A page of email digest subscriptions, oldest first. */
export type DigestSubscriptionConnection = {
  __typename?: "DigestSubscriptionConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<DigestSubscriptionEdge>;
  /** The items of this page, without edges. */
  nodes: Array<DigestSubscription>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** An email digest subscription. */
export type DigestSubscriptionEdge = {
  __typename?: "DigestSubscriptionEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** The item at the end of the edge. */
  node: DigestSubscription;
};

/** Which papers a digest holds; every condition given must hold. */
export type DigestTopic = {
  __typename?: "DigestTopic";
  /** Papers in this arXiv category, such as `cs.CL`, as their primary category or cross-listed. */
  category?: Maybe<Scalars["String"]["output"]>;
  /** True for papers with at least one linked repository, false for none. */
  hasCode?: Maybe<Scalars["Boolean"]["output"]>;
  /** True for papers with a DOI, false for those without. */
  hasDoi?: Maybe<Scalars["Boolean"]["output"]>;
  /** Papers with at least one of these keywords, matched exactly; at most 20. */
  keywords?: Maybe<Array<Scalars["String"]["output"]>>;
  /** Papers with at least this many upvotes. */
  minUpvotes?: Maybe<Scalars["Int"]["output"]>;
  /** Papers listed under this Hugging Face organization, by name (`HubAccount.name`). */
  organization?: Maybe<Scalars["String"]["output"]>;
  /** Full-text search over title and abstract, in web-search syntax: `"exact phrase"`, `or`, `-exclude`. */
  search?: Maybe<Scalars["String"]["output"]>;
  /** Papers put on the daily list by this Hugging Face user, by name (`HubAccount.name`). */
  submitter?: Maybe<Scalars["String"]["output"]>;
};

/** Which papers a digest holds. Leave it out for every new paper. */
export type DigestTopicInput = {
  /** Papers in this arXiv category, such as `cs.CL`, as their primary category or cross-listed. */
  category?: InputMaybe<Scalars["String"]["input"]>;
  /** True for papers with at least one linked repository, false for none. */
  hasCode?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** True for papers with a DOI, false for those without. */
  hasDoi?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Papers with at least one of these keywords, matched exactly; at most 20. */
  keywords?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** Papers with at least this many upvotes. */
  minUpvotes?: InputMaybe<Scalars["Int"]["input"]>;
  /** Papers listed under this Hugging Face organization, by name (`HubAccount.name`). */
  organization?: InputMaybe<Scalars["String"]["input"]>;
  /** Full-text search over title and abstract, in web-search syntax: `"exact phrase"`, `or`, `-exclude`. */
  search?: InputMaybe<Scalars["String"]["input"]>;
  /** Papers put on the daily list by this Hugging Face user, by name (`HubAccount.name`). */
  submitter?: InputMaybe<Scalars["String"]["input"]>;
};

/** The result of enableWebhookEndpoint. */
export type EnableWebhookEndpointPayload = {
  __typename?: "EnableWebhookEndpointPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
  /** The endpoint, enabled. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

/** A Hugging Face user or organization. */
export type HubAccount = {
  __typename?: "HubAccount";
  /** The account's avatar image. */
  avatarUrl?: Maybe<Scalars["URL"]["output"]>;
  /** The name the account displays. */
  fullName?: Maybe<Scalars["String"]["output"]>;
  /** The account's name on Hugging Face, as in `huggingface.co/<name>`. */
  name: Scalars["String"]["output"];
};

/** A feed format papergraph imports; the README describes each. */
export type ImportFormat =
  /** arXiv export API Atom XML. */
  | "ARXIV_ATOM"
  /** arXiv's bulk metadata dump (`arxiv-metadata-oai-snapshot.json`): one JSON object per line. */
  | "ARXIV_SNAPSHOT"
  /** Hugging Face `/api/daily_papers` JSON. */
  | "HF_DAILY"
  /** Papers-with-Code `links-between-papers-and-code.json` records. */
  | "PWC_LINKS"
  /** papergraph's sample format, `data/sample/seed-papers.json`. */
  | "SAMPLE";

/** A small batch of records to import. */
export type ImportPapersInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The format of `payload`. */
  format: ImportFormat;
  /** The feed itself, as JSON or XML text. Large files go through `npm run import`. */
  payload: Scalars["String"]["input"];
};

/** The result of `importPapers`. */
export type ImportPapersPayload = {
  __typename?: "ImportPapersPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** Each refused record, with the reason. */
  rejections?: Maybe<Array<ImportRejection>>;
  /** Counts of what happened to the records. */
  summary?: Maybe<ImportSummary>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A record that was not imported. */
export type ImportRejection = {
  __typename?: "ImportRejection";
  /** The field at fault. */
  field: Scalars["String"]["output"];
  /** Zero-based place of the record in the payload: its line, for ARXIV_SNAPSHOT. */
  index: Scalars["Int"]["output"];
  /** Why it was refused. */
  reason: Scalars["String"]["output"];
};

/** What an import did. */
export type ImportSummary = {
  __typename?: "ImportSummary";
  /** Records that added a paper or a code link. */
  created: Scalars["Int"]["output"];
  /** Records refused; see `rejections`. */
  rejected: Scalars["Int"]["output"];
  /** Records the catalog already matched. */
  unchanged: Scalars["Int"]["output"];
  /** Records that changed a paper already in the catalog. */
  updated: Scalars["Int"]["output"];
};

/** A repository to link to a paper. */
export type LinkRepositoryInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** True when the paper's authors publish the repository themselves. */
  isOfficial?: Scalars["Boolean"]["input"];
  /** The paper. */
  paperId: Scalars["ID"]["input"];
  /** URL of the repository; it is normalised, so any link into it names the same repository. */
  url: Scalars["String"]["input"];
};

/** The result of `linkRepository`. */
export type LinkRepositoryPayload = {
  __typename?: "LinkRepositoryPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** The paper. */
  paper?: Maybe<Paper>;
  /** The linked repository, found or created by its normalised URL. */
  repository?: Maybe<Repository>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Authors to merge into one. */
export type MergeAuthorsInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** Authors that are the same person as the target; they are removed. */
  sourceIds: Array<Scalars["ID"]["input"]>;
  /** The author that remains. */
  targetId: Scalars["ID"]["input"];
};

/** The result of `mergeAuthors`. */
export type MergeAuthorsPayload = {
  __typename?: "MergeAuthorsPayload";
  /** The remaining author, now with every merged authorship. */
  author?: Maybe<Author>;
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** How many authors were merged into the target. */
  mergedCount?: Maybe<Scalars["Int"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type Mutation = {
  __typename?: "Mutation";
  /** Cancels a subscription you made while signed in; it is deleted, with its address. */
  cancelDigestSubscription: CancelDigestSubscriptionPayload;
  /** Confirms a subscription with the token of its confirmation link, as the link's page does. */
  confirmDigestSubscription: ConfirmDigestSubscriptionPayload;
  /** Adds a paper. Admins only. */
  createPaper: PaperPayload;
  /** Creates an API token for a user and returns its secret once. Admins only. */
  createToken: CreateTokenPayload;
  /** Creates a user. Admins only. */
  createUser: CreateUserPayload;
  /** Makes a watch: a paper filter and a trigger. Each paper it fires for is recorded once as an event. Each user may have a limited number of watches. */
  createWatch: CreateWatchPayload;
  /** Adds a URL that receives each event of one of your watches, signed per Standard Webhooks; the payload holds its secret, shown only there. */
  createWebhookEndpoint: CreateWebhookEndpointPayload;
  /** Hides a paper from every list and from `node`, keeping its votes and links for `restorePaper`. Admins only. */
  deletePaper: DeletePaperPayload;
  /** Deletes one of your watches, and its events. */
  deleteWatch: DeleteWatchPayload;
  /** Deletes one of your webhook endpoints, and its deliveries. */
  deleteWebhookEndpoint: DeleteWebhookEndpointPayload;
  /** Enables one of your webhook endpoints again after it was disabled, with its failures forgotten; its pending deliveries are sent. */
  enableWebhookEndpoint: EnableWebhookEndpointPayload;
  /** Imports a small batch of records. A record that cannot be written is refused alone and reported in `rejections`; a payload that cannot be read is refused whole. Admins only. */
  importPapers: ImportPapersPayload;
  /** Links a repository to a paper, or changes whether the link is official. Admins only. */
  linkRepository: LinkRepositoryPayload;
  /** Moves every authorship of the sources to the target and removes the sources. Author order on each paper is kept; a paper that listed several of them lists the target once, at the earliest place. Admins only. */
  mergeAuthors: MergeAuthorsPayload;
  /** Sends the event of one of your webhook deliveries again, as a new delivery with the same `webhookId`; its endpoint must be enabled. */
  redeliverWebhookDelivery: RedeliverWebhookDeliveryPayload;
  /** Withdraws the signed-in user's upvote. Withdrawing one that is not there changes nothing. */
  removeUpvote: PaperVotePayload;
  /** Removes a user's votes, such as a spammer's, and fixes the counts. Admins only. */
  removeVotes: RemoveVotesPayload;
  /** Brings back a deleted paper. Admins only. */
  restorePaper: PaperPayload;
  /** Revokes an API token; requests with it are refused from then on. Admins only. */
  revokeToken: RevokeTokenPayload;
  /** Gives one of your watches new feed URLs; the old ones answer 404 from then on. */
  rotateWatchFeedToken: RotateWatchFeedTokenPayload;
  /** Changes a user's role; the last admin cannot be demoted. Admins only. */
  setUserRole: SetUserRolePayload;
  /** Subscribes an address to trending papers by email; no account needed. The address is sent a confirmation link and nothing else until it is followed. The answer never says whether the address was subscribed before. At most one email goes to an address per hour, and each client may subscribe a limited number of times per hour. */
  subscribeToDigest: SubscribeToDigestPayload;
  /** Removes a repository's link to a paper. Admins only. */
  unlinkRepository: UnlinkRepositoryPayload;
  /** Unsubscribes with the token of an unsubscribe or manage link, without signing in: the subscription and its address are deleted. */
  unsubscribeFromDigest: UnsubscribeFromDigestPayload;
  /** Changes the frequency or topic of a subscription you made while signed in. */
  updateDigestSubscription: UpdateDigestSubscriptionPayload;
  /** Changes a paper's fields or author list. Admins only. */
  updatePaper: PaperPayload;
  /** Sets a repository's star count and language. Admins only. */
  updateRepository: UpdateRepositoryPayload;
  /** Changes the name, filter or trigger of one of your watches. */
  updateWatch: UpdateWatchPayload;
  /** Upvotes a paper as the signed-in user. Upvoting again changes nothing and is not an error. */
  upvotePaper: PaperVotePayload;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationCancelDigestSubscriptionArgs = {
  input: CancelDigestSubscriptionInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationConfirmDigestSubscriptionArgs = {
  input: DigestLinkInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationCreatePaperArgs = {
  input: CreatePaperInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationCreateTokenArgs = {
  input: CreateTokenInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationCreateWatchArgs = {
  input: CreateWatchInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationDeletePaperArgs = {
  input: DeletePaperInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationDeleteWatchArgs = {
  input: DeleteWatchInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationDeleteWebhookEndpointArgs = {
  input: WebhookEndpointInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationEnableWebhookEndpointArgs = {
  input: WebhookEndpointInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationImportPapersArgs = {
  input: ImportPapersInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationLinkRepositoryArgs = {
  input: LinkRepositoryInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationMergeAuthorsArgs = {
  input: MergeAuthorsInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationRedeliverWebhookDeliveryArgs = {
  input: RedeliverWebhookDeliveryInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationRemoveUpvoteArgs = {
  input: PaperVoteInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationRemoveVotesArgs = {
  input: RemoveVotesInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationRestorePaperArgs = {
  input: RestorePaperInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationRevokeTokenArgs = {
  input: RevokeTokenInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationRotateWatchFeedTokenArgs = {
  input: RotateWatchFeedTokenInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationSetUserRoleArgs = {
  input: SetUserRoleInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationSubscribeToDigestArgs = {
  input: SubscribeToDigestInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationUnlinkRepositoryArgs = {
  input: UnlinkRepositoryInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationUnsubscribeFromDigestArgs = {
  input: DigestLinkInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationUpdateDigestSubscriptionArgs = {
  input: UpdateDigestSubscriptionInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationUpdatePaperArgs = {
  input: UpdatePaperInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationUpdateRepositoryArgs = {
  input: UpdateRepositoryInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationUpdateWatchArgs = {
  input: UpdateWatchInput;
};

/** The mutation root: upvotes for signed-in users, curation for admins. */
export type MutationUpvotePaperArgs = {
  input: PaperVoteInput;
};

/** An object with a globally unique ID. */
export type Node = {
  /** Opaque global ID of the object; pass it to `node(id:)` to fetch it again. */
  id: Scalars["ID"]["output"];
};

/** Which way a list is ordered. */
export type OrderDirection =
  /** Smallest or oldest first. */
  | "ASC"
  /** Largest or newest first. */
  | "DESC";

/** Where a page sits in a connection, and the cursors to move from it. */
export type PageInfo = {
  __typename?: "PageInfo";
  /** Cursor of the last item in the page. */
  endCursor?: Maybe<Scalars["String"]["output"]>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars["Boolean"]["output"];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars["Boolean"]["output"];
  /** Cursor of the first item in the page. */
  startCursor?: Maybe<Scalars["String"]["output"]>;
};

/** A machine-learning paper in the catalog. */
export type Paper = Node & {
  __typename?: "Paper";
  /** Abstract, with whitespace normalised. */
  abstract: Scalars["String"]["output"];
  /** Keywords a language model picked for Hugging Face; machine-generated, not the authors'. Empty when unknown. */
  aiKeywords: Array<Scalars["String"]["output"]>;
  /** A summary of the paper written by a language model for Hugging Face; machine-generated, not the authors'. */
  aiSummary?: Maybe<Scalars["String"]["output"]>;
  /** arXiv identifier without its version suffix, such as `2410.17243`. */
  arxivId?: Maybe<Scalars["String"]["output"]>;
  /** The paper's arXiv abstract page. */
  arxivUrl?: Maybe<Scalars["URL"]["output"]>;
  /** Number of authors as the source reported it, even when their names are unknown. */
  authorCount: Scalars["Int"]["output"];
  /** The paper's authors, in the paper's order. */
  authors: PaperAuthorConnection;
  /** arXiv categories such as `cs.CL`, the primary category first; empty when the source gives none. */
  categories: Array<Scalars["String"]["output"]>;
  /** The authors' comments on arXiv, such as the page count or the venue. */
  comments?: Maybe<Scalars["String"]["output"]>;
  /** When the paper was added to the catalog. */
  createdAt: Scalars["DateTime"]["output"];
  /** The day the paper was put on the daily list, if it was. */
  dailyDate?: Maybe<Scalars["Date"]["output"]>;
  /** DOI of the published version, as arXiv gives it, such as `10.1103/PhysRevD.76.013009`. */
  doi?: Maybe<Scalars["String"]["output"]>;
  /** Opaque global ID of the paper. */
  id: Scalars["ID"]["output"];
  /** Where the paper was published, as arXiv's journal reference gives it. */
  journalRef?: Maybe<Scalars["String"]["output"]>;
  /** Keywords describing the paper. */
  keywords: Array<Scalars["String"]["output"]>;
  /** The license the paper is distributed under. */
  license?: Maybe<Scalars["URL"]["output"]>;
  /** Images and videos shown with the paper on Hugging Face. */
  mediaUrls: Array<Scalars["URL"]["output"]>;
  /** Comments on the paper's Hugging Face page when it was last imported; null when unknown. */
  numComments?: Maybe<Scalars["Int"]["output"]>;
  /** The Hugging Face organization the paper is listed under. */
  organization?: Maybe<HubAccount>;
  /** The paper's project page. */
  projectPage?: Maybe<Scalars["URL"]["output"]>;
  /** When the paper was first published. */
  publishedAt: Scalars["DateTime"]["output"];
  /** Repositories holding the paper's code, official ones first. */
  repositories: PaperRepositoryConnection;
  /** When the paper's latest version appeared on arXiv; equal to `publishedAt` with one version, null when the source does not say. */
  revisedAt?: Maybe<Scalars["DateTime"]["output"]>;
  /** The Hugging Face user who put the paper on the daily list. */
  submittedBy?: Maybe<HubAccount>;
  /** A thumbnail image of the paper. */
  thumbnail?: Maybe<Scalars["URL"]["output"]>;
  /** Title, with whitespace normalised. */
  title: Scalars["String"]["output"];
  /** The paper's trending score in a window, its rank there, and how the score is made up; null if the paper is removed. */
  trend?: Maybe<PaperTrend>;
  /** When the paper's record, authors, repository links or visibility last changed; votes do not count. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Upvotes reported by the source the paper was imported from, plus those cast here. */
  upvotes: Scalars["Int"]["output"];
  /** Whether the signed-in caller upvoted the paper; false when anonymous. */
  viewerHasUpvoted: Scalars["Boolean"]["output"];
  /** When the source withdrew the paper. A withdrawn paper is hidden like a deleted one, with the withdrawal as the reason in the audit log, until a curator restores it. */
  withdrawnAt?: Maybe<Scalars["DateTime"]["output"]>;
};

/** A machine-learning paper in the catalog. */
export type PaperAuthorsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A machine-learning paper in the catalog. */
export type PaperRepositoriesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A machine-learning paper in the catalog. */
export type PaperTrendArgs = {
  window?: TrendingWindow;
};

/** A page of a paper's authors, in the paper's order. */
export type PaperAuthorConnection = {
  __typename?: "PaperAuthorConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<PaperAuthorEdge>;
  /** The items of this page, without edges. */
  nodes: Array<Author>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** An author of a paper, with their place in its author list. */
export type PaperAuthorEdge = {
  __typename?: "PaperAuthorEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** The item at the end of the edge. */
  node: Author;
  /** Zero-based place of the author in the paper's author list. */
  position: Scalars["Int"]["output"];
};

/** One change to the catalog, in the `paperChanges` feed. */
export type PaperChange = {
  __typename?: "PaperChange";
  /** When the transaction that made the change started. */
  changedAt: Scalars["DateTime"]["output"];
  /** What happened to the paper. */
  kind: PaperChangeKind;
  /** The paper as it is now; null when it is deleted (or was deleted after this change). */
  paper?: Maybe<Paper>;
  /** Global ID of the changed paper, also when it is deleted. */
  paperId: Scalars["ID"]["output"];
};

/** A page of the catalog's change feed, oldest change first. `totalCount` counts every change readable now. */
export type PaperChangeConnection = {
  __typename?: "PaperChangeConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<PaperChangeEdge>;
  /** The items of this page, without edges. */
  nodes: Array<PaperChange>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** A change in the catalog's change feed. */
export type PaperChangeEdge = {
  __typename?: "PaperChangeEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** The item at the end of the edge. */
  node: PaperChange;
};

/** What happened to a paper. A mirror treats CREATED and UPDATED alike: it stores the paper as it is now. */
export type PaperChangeKind =
  /** The paper entered the catalog: it was added, or restored after a deletion. */
  | "CREATED"
  /** The paper left the catalog; remove it. Its `paper` is null. */
  | "DELETED"
  /** The paper's record, authors or repository links changed. */
  | "UPDATED";

/** A page of papers. */
export type PaperConnection = {
  __typename?: "PaperConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<PaperEdge>;
  /** The items of this page, without edges. */
  nodes: Array<Paper>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** A paper in a list of papers. */
export type PaperEdge = {
  __typename?: "PaperEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** The item at the end of the edge. */
  node: Paper;
};

/** Which papers a list includes. Every condition given must hold. */
export type PaperFilterInput = {
  /** Only papers by this author. */
  authorId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Papers in this arXiv category, such as `cs.CL`, as their primary category or cross-listed. */
  category?: InputMaybe<Scalars["String"]["input"]>;
  /** Put on the daily list on this day. */
  dailyDate?: InputMaybe<Scalars["Date"]["input"]>;
  /** True for papers with at least one linked repository, false for none. */
  hasCode?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** True for papers with a DOI, false for those without. */
  hasDoi?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Papers with at least one of these keywords, matched exactly; at most 20. */
  keywords?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** Papers with at least this many upvotes. */
  minUpvotes?: InputMaybe<Scalars["Int"]["input"]>;
  /** Papers listed under this Hugging Face organization, by name (`HubAccount.name`). */
  organization?: InputMaybe<Scalars["String"]["input"]>;
  /** Published on or after this day (UTC). */
  publishedFrom?: InputMaybe<Scalars["Date"]["input"]>;
  /** Published on or before this day (UTC). */
  publishedTo?: InputMaybe<Scalars["Date"]["input"]>;
  /** Only papers whose code is in this repository. */
  repositoryId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Full-text search over title and abstract, in web-search syntax: `"exact phrase"`, `or`, `-exclude`. */
  search?: InputMaybe<Scalars["String"]["input"]>;
  /** Papers put on the daily list by this Hugging Face user, by name (`HubAccount.name`). */
  submitter?: InputMaybe<Scalars["String"]["input"]>;
  /** Papers whose record, authors, repository links or visibility changed at or after this time (`updatedAt`); votes do not count. To mirror the catalog, deletions included, use `paperChanges`. */
  updatedSince?: InputMaybe<Scalars["DateTime"]["input"]>;
};

/** What papers can be ordered by. Ties are broken by the order papers were added. */
export type PaperOrderField =
  /** Day on the daily list; papers never listed come last in DESC, first in ASC. */
  | "DAILY_DATE"
  /** Publication time. */
  | "PUBLISHED_AT"
  /** How well the paper matches `filter.search`; needs a search. */
  | "RELEVANCE"
  /** Recent community votes in `window`; papers nobody voted for come last in DESC. */
  | "TRENDING"
  /** Community upvotes. */
  | "UPVOTES";

/** How to order a list of papers. */
export type PaperOrderInput = {
  /** The direction to order in. */
  direction: OrderDirection;
  /** The field to order by. */
  field: PaperOrderField;
  /** With TRENDING: the window to rank in; WEEK by default. */
  window?: InputMaybe<TrendingWindow>;
};

/** The result of a mutation that changes a paper. */
export type PaperPayload = {
  __typename?: "PaperPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** The paper as it is now. */
  paper?: Maybe<Paper>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A page of a paper's repositories, official ones first. */
export type PaperRepositoryConnection = {
  __typename?: "PaperRepositoryConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<PaperRepositoryEdge>;
  /** The items of this page, without edges. */
  nodes: Array<Repository>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** A repository linked to a paper. */
export type PaperRepositoryEdge = {
  __typename?: "PaperRepositoryEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** True when the paper's authors publish this repository themselves. */
  isOfficial: Scalars["Boolean"]["output"];
  /** The item at the end of the edge. */
  node: Repository;
};

/** How a paper's trending score in a window is made up. Each vote counts 1 when cast and halves every `halfLifeHours`; imported upvotes count as cast at `importedUpvotesCountedAt`. `score` is their sum now. */
export type PaperTrend = {
  __typename?: "PaperTrend";
  /** Hours for a vote's weight to halve: a quarter of the window. */
  halfLifeHours: Scalars["Float"]["output"];
  /** The imported upvotes' part of `score`. */
  importedScore: Scalars["Float"]["output"];
  /** Upvotes reported by the source the paper was imported from; 0 with none. */
  importedUpvotes: Scalars["Int"]["output"];
  /** When the imported upvotes count as cast: UTC midnight of the daily-list day, else publication; null with none. */
  importedUpvotesCountedAt?: Maybe<Scalars["DateTime"]["output"]>;
  /** 1-based place in the window's whole trending list; null when the paper is not trending. */
  rank?: Maybe<Scalars["Int"]["output"]>;
  /** The trending score now: the decayed votes plus `importedScore`; 0 with none. */
  score: Scalars["Float"]["output"];
  /** Votes cast here in the last 24 hours, those of the last hour included. */
  votesLastDay: Scalars["Int"]["output"];
  /** Votes cast here in the last hour; each still weighs nearly 1. */
  votesLastHour: Scalars["Int"]["output"];
  /** Votes cast here in the last 7 days, those of the last day included. */
  votesLastWeek: Scalars["Int"]["output"];
  /** The window. */
  window: TrendingWindow;
};

/** The paper to upvote or stop upvoting. */
export type PaperVoteInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The paper. */
  paperId: Scalars["ID"]["input"];
};

/** The result of `upvotePaper` or `removeUpvote`. */
export type PaperVotePayload = {
  __typename?: "PaperVotePayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** The paper, with its new `upvotes` and `viewerHasUpvoted`. */
  paper?: Maybe<Paper>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The query root of the papergraph API. */
export type Query = {
  __typename?: "Query";
  /** What admins did, and every token change, newest first. Admins only. */
  auditLog: AuditEntryConnection;
  /** Authors in name order. */
  authors: AuthorConnection;
  /** The daily list of one day, most upvoted first by default. */
  dailyPapers: PaperConnection;
  /** Every digest subscription with its address, oldest first. Admins only; each call is recorded in the audit log as DIGEST_ADDRESSES_READ. */
  digestSubscriptions: DigestSubscriptionConnection;
  /** Fetches any object by its global ID. */
  node?: Maybe<Node>;
  /** Fetches up to 100 objects by global ID, in the order given; unknown IDs come back as null with an error. */
  nodes: Array<Maybe<Node>>;
  /** Looks up a paper by arXiv ID; a version suffix is ignored. */
  paper?: Maybe<Paper>;
  /**
   * Every change to the catalog, oldest first, for clients that keep a copy of it.
   *
   * To sync: start without `after`; request pages with `after: pageInfo.endCursor` until `hasNextPage` is false; keep the last non-null `endCursor`. Later, poll again from it: you receive exactly what changed since, and nothing you already had is skipped, even when transactions commit out of order. Cursors stay valid across restarts and on every server.
   *
   * Apply each change by `paperId`: store `paper`, the paper as it is now, or remove the paper when `paper` is null (DELETED, or deleted since; its own tombstone follows). Each paper keeps only its latest change, so a sync from the beginning reads about one change per paper. Upvotes are not changes (votes are too frequent): read them live, or subscribe to `paperUpvotesChanged`. A change shows once its transaction and every transaction older than it have ended.
   */
  paperChanges: PaperChangeConnection;
  /** Papers in the catalog, filtered and ordered. */
  papers: PaperConnection;
  /** The caller's rate-limit budget, after this operation. */
  rateLimit: RateLimit;
  /** Code repositories linked to papers. */
  repositories: RepositoryConnection;
  /** Papers ranked by recent community votes, best first: each vote counts 1 when cast and halves every half-life of the window (see `TrendingWindow`); imported upvotes count as cast on the paper's daily-list day. Papers nobody voted for are not listed. `Paper.trend` shows how a paper's score is made up. A list at `asOf` costs 10 more rate-limit points. */
  trendingPapers: TrendingPaperConnection;
  /** The signed-in caller, or null when anonymous. */
  viewer?: Maybe<User>;
};

/** The query root of the papergraph API. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** The query root of the papergraph API. */
export type QueryAuthorsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
  search?: InputMaybe<Scalars["String"]["input"]>;
};

/** The query root of the papergraph API. */
export type QueryDailyPapersArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  date: Scalars["Date"]["input"];
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
  orderBy?: InputMaybe<PaperOrderInput>;
};

/** The query root of the papergraph API. */
export type QueryDigestSubscriptionsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  email?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** The query root of the papergraph API. */
export type QueryNodeArgs = {
  id: Scalars["ID"]["input"];
};

/** The query root of the papergraph API. */
export type QueryNodesArgs = {
  ids: Array<Scalars["ID"]["input"]>;
};

/** The query root of the papergraph API. */
export type QueryPaperArgs = {
  arxivId: Scalars["String"]["input"];
};

/** The query root of the papergraph API. */
export type QueryPaperChangesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

/** The query root of the papergraph API. */
export type QueryPapersArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<PaperFilterInput>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
  orderBy?: InputMaybe<PaperOrderInput>;
};

/** The query root of the papergraph API. */
export type QueryRepositoriesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<RepositoryFilterInput>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
  orderBy?: InputMaybe<RepositoryOrderInput>;
};

/** The query root of the papergraph API. */
export type QueryTrendingPapersArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  asOf?: InputMaybe<Scalars["DateTime"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<PaperFilterInput>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
  window?: TrendingWindow;
};

/** The caller's hourly points budget: a signed-in user's, or an anonymous client address's. Every response also reports it in `x-ratelimit-*` headers. */
export type RateLimit = {
  __typename?: "RateLimit";
  /** Points this operation cost: one per hundred connection reads it could make, and at least one. */
  cost: Scalars["Int"]["output"];
  /** Points the caller may spend in an hour. */
  limit: Scalars["Int"]["output"];
  /** Nodes this operation could return, at most; the limit is given under Limits. */
  nodeCount: Scalars["Int"]["output"];
  /** Points left in the current window. */
  remaining: Scalars["Int"]["output"];
  /** When the window ends and the budget is whole again. */
  resetAt: Scalars["DateTime"]["output"];
  /** Points spent in the current window, this operation included. */
  used: Scalars["Int"]["output"];
};

/** A delivery to one of your webhook endpoints. */
export type RedeliverWebhookDeliveryInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The delivery to send again. */
  deliveryId: Scalars["ID"]["input"];
};

/** The result of redeliverWebhookDelivery. */
export type RedeliverWebhookDeliveryPayload = {
  __typename?: "RedeliverWebhookDeliveryPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
  /** The new delivery, with the same `webhookId`. */
  webhookDelivery?: Maybe<WebhookDelivery>;
};

/** Whose votes to remove. */
export type RemoveVotesInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** Only votes cast at or after this time; all when omitted. */
  since?: InputMaybe<Scalars["DateTime"]["input"]>;
  /** The user whose votes go. */
  userId: Scalars["ID"]["input"];
};

/** The result of `removeVotes`. */
export type RemoveVotesPayload = {
  __typename?: "RemoveVotesPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** How many votes were removed. */
  removedCount?: Maybe<Scalars["Int"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A code repository linked to one or more papers. */
export type Repository = Node & {
  __typename?: "Repository";
  /** When the repository was added to the catalog. */
  createdAt: Scalars["DateTime"]["output"];
  /** Opaque global ID of the repository. */
  id: Scalars["ID"]["output"];
  /** Main programming language, when known. */
  language?: Maybe<Scalars["String"]["output"]>;
  /** The repository's name within its owner. */
  name?: Maybe<Scalars["String"]["output"]>;
  /** The account or group that owns the repository. */
  owner?: Maybe<Scalars["String"]["output"]>;
  /** Papers whose code the repository holds, newest first. */
  papers: RepositoryPaperConnection;
  /** Where the repository is hosted. */
  provider: RepositoryProvider;
  /** Star count, when known. */
  stars?: Maybe<Scalars["Int"]["output"]>;
  /** Normalised URL of the repository, in the case it was first linked with; the catalog holds one repository per URL. */
  url: Scalars["URL"]["output"];
};

/** A code repository linked to one or more papers. */
export type RepositoryPapersArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A page of repositories. */
export type RepositoryConnection = {
  __typename?: "RepositoryConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<RepositoryEdge>;
  /** The items of this page, without edges. */
  nodes: Array<Repository>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** A repository in a list of repositories. */
export type RepositoryEdge = {
  __typename?: "RepositoryEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** The item at the end of the edge. */
  node: Repository;
};

/** Which repositories a list includes. */
export type RepositoryFilterInput = {
  /** Only repositories in this main language, spelled as the host reports it. */
  language?: InputMaybe<Scalars["String"]["input"]>;
  /** Only repositories on this host. */
  provider?: InputMaybe<RepositoryProvider>;
};

/** What repositories can be ordered by. Ties are broken by the order they were added. */
export type RepositoryOrderField =
  /** When the repository was added to the catalog. */
  | "CREATED_AT"
  /** Star count; repositories with no known count come last in DESC, first in ASC. */
  | "STARS";

/** How to order a list of repositories. */
export type RepositoryOrderInput = {
  /** The direction to order in. */
  direction: OrderDirection;
  /** The field to order by. */
  field: RepositoryOrderField;
};

/** A page of the papers whose code a repository holds, newest first. */
export type RepositoryPaperConnection = {
  __typename?: "RepositoryPaperConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<RepositoryPaperEdge>;
  /** The items of this page, without edges. */
  nodes: Array<Paper>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** A paper whose code a repository holds. */
export type RepositoryPaperEdge = {
  __typename?: "RepositoryPaperEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** True when the paper's authors publish this repository themselves. */
  isOfficial: Scalars["Boolean"]["output"];
  /** The item at the end of the edge. */
  node: Paper;
};

/** Where a code repository is hosted. */
export type RepositoryProvider =
  /** github.com */
  | "GITHUB"
  /** gitlab.com */
  | "GITLAB"
  /** huggingface.co, including Spaces */
  | "HUGGINGFACE"
  /** Any other host. */
  | "OTHER";

/** A deleted paper to bring back. */
export type RestorePaperInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The paper. */
  paperId: Scalars["ID"]["input"];
};

/** A token to revoke. */
export type RevokeTokenInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** ID of the token. */
  tokenId: Scalars["ID"]["input"];
};

/** The result of `revokeToken`. */
export type RevokeTokenPayload = {
  __typename?: "RevokeTokenPayload";
  /** The revoked token. */
  apiToken?: Maybe<ApiToken>;
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** One of your watches, whose feed URL to replace. */
export type RotateWatchFeedTokenInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The watch. */
  id: Scalars["ID"]["input"];
};

/** The result of rotateWatchFeedToken. */
export type RotateWatchFeedTokenPayload = {
  __typename?: "RotateWatchFeedTokenPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
  /** The watch, with its new `feedUrls`. */
  watch?: Maybe<Watch>;
};

/** A user's new role. */
export type SetUserRoleInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The new role. */
  role: UserRole;
  /** The user. */
  userId: Scalars["ID"]["input"];
};

/** The result of `setUserRole`. */
export type SetUserRolePayload = {
  __typename?: "SetUserRolePayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** The user, with the new role. */
  user?: Maybe<User>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** An address to send a digest to. */
export type SubscribeToDigestInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The address. It receives a confirmation link; nothing else is sent until it is followed. */
  email: Scalars["String"]["input"];
  /** How often to send. */
  frequency: DigestFrequency;
  /** Which papers; every new paper when left out. */
  topic?: InputMaybe<DigestTopicInput>;
};

/** The result of subscribeToDigest. */
export type SubscribeToDigestPayload = {
  __typename?: "SubscribeToDigestPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** What happens next, for people. The same for every accepted address, whether or not it was subscribed before. */
  message?: Maybe<Scalars["String"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The subscription root, served over graphql-ws at /graphql. */
export type Subscription = {
  __typename?: "Subscription";
  /** Pushes the paper, with its new `upvotes`, whenever its votes change. Null if it is deleted. */
  paperUpvotesChanged?: Maybe<Paper>;
  /** Pushes a paper when it enters the top `top` of a window. A paper already there that only moves up does not fire. */
  trendingPaperAdded?: Maybe<TrendingPaperEvent>;
  /** Pushes each event one of your watches raises, as it is recorded. Another user's watch answers NOT_FOUND. */
  watchEvent?: Maybe<WatchEvent>;
};

/** The subscription root, served over graphql-ws at /graphql. */
export type SubscriptionPaperUpvotesChangedArgs = {
  paperId: Scalars["ID"]["input"];
};

/** The subscription root, served over graphql-ws at /graphql. */
export type SubscriptionTrendingPaperAddedArgs = {
  top?: Scalars["Int"]["input"];
  window?: TrendingWindow;
};

/** The subscription root, served over graphql-ws at /graphql. */
export type SubscriptionWatchEventArgs = {
  watchId: Scalars["ID"]["input"];
};

/** A page of trending papers, best first. */
export type TrendingPaperConnection = {
  __typename?: "TrendingPaperConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<TrendingPaperEdge>;
  /** The items of this page, without edges. */
  nodes: Array<Paper>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** A paper in a trending list. */
export type TrendingPaperEdge = {
  __typename?: "TrendingPaperEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** The item at the end of the edge. */
  node: Paper;
  /** 1-based place in the whole list: the window's, or that of its `filter`. */
  rank: Scalars["Int"]["output"];
  /** Decayed vote count now, or at `asOf`: each vote counts 1 when cast and halves every half-life. */
  score: Scalars["Float"]["output"];
};

/** A paper that has just entered the top of a trending window. */
export type TrendingPaperEvent = {
  __typename?: "TrendingPaperEvent";
  /** When it entered. */
  at: Scalars["DateTime"]["output"];
  /** The paper. */
  paper: Paper;
  /** The rank it reached. */
  rank: Scalars["Int"]["output"];
  /** Its trending score at `at`. */
  score: Scalars["Float"]["output"];
  /** The window it is trending in. */
  window: TrendingWindow;
};

/** How far back trending looks. Votes decay with a half-life of a quarter of the window. */
export type TrendingWindow =
  /** Half-life 6 hours. */
  | "DAY"
  /** Half-life 7.5 days. */
  | "MONTH"
  /** Half-life 42 hours. */
  | "WEEK";

/** A link to remove. */
export type UnlinkRepositoryInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The paper. */
  paperId: Scalars["ID"]["input"];
  /** The repository. */
  repositoryId: Scalars["ID"]["input"];
};

/** The result of `unlinkRepository`. */
export type UnlinkRepositoryPayload = {
  __typename?: "UnlinkRepositoryPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** The paper, without the link. */
  paper?: Maybe<Paper>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The result of unsubscribeFromDigest. */
export type UnsubscribeFromDigestPayload = {
  __typename?: "UnsubscribeFromDigestPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** True: the subscription, and its address, are deleted (or already were). */
  unsubscribed?: Maybe<Scalars["Boolean"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Changes to one of your digest subscriptions. */
export type UpdateDigestSubscriptionInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** How often to send; unchanged when left out. */
  frequency?: InputMaybe<DigestFrequency>;
  /** The subscription. */
  id: Scalars["ID"]["input"];
  /** The new topic; unchanged when left out. */
  topic?: InputMaybe<DigestTopicInput>;
};

/** The result of updateDigestSubscription. */
export type UpdateDigestSubscriptionPayload = {
  __typename?: "UpdateDigestSubscriptionPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** The subscription as it is now. */
  subscription?: Maybe<DigestSubscription>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Changes to a paper. Omitted fields stay as they are; null clears an optional field and is refused for title and abstract. */
export type UpdatePaperInput = {
  /** Abstract, at most 10,000 characters. */
  abstract?: InputMaybe<Scalars["String"]["input"]>;
  /** arXiv ID; a version suffix is dropped. */
  arxivId?: InputMaybe<Scalars["String"]["input"]>;
  /** Number of authors, when more than are named. */
  authorCount?: InputMaybe<Scalars["Int"]["input"]>;
  /** Author names in order; replaces the whole list. */
  authors?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** arXiv categories, the primary category first; replaces the whole list. */
  categories?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The authors' comments, such as page counts; at most 10,000 characters. */
  comments?: InputMaybe<Scalars["String"]["input"]>;
  /** The day the paper was on the daily list. */
  dailyDate?: InputMaybe<Scalars["Date"]["input"]>;
  /** DOI, such as `10.1000/xyz123`; at most 500 characters. */
  doi?: InputMaybe<Scalars["String"]["input"]>;
  /** Upvotes the paper's source reported. */
  importedUpvotes?: InputMaybe<Scalars["Int"]["input"]>;
  /** Journal reference; at most 1,000 characters. */
  journalRef?: InputMaybe<Scalars["String"]["input"]>;
  /** Keywords; replaces the whole list. */
  keywords?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** License: the URL of its text. */
  license?: InputMaybe<Scalars["String"]["input"]>;
  /** The paper. */
  paperId: Scalars["ID"]["input"];
  /** Project page: an http or https URL. */
  projectPage?: InputMaybe<Scalars["String"]["input"]>;
  /** When the paper was published. */
  publishedAt?: InputMaybe<Scalars["DateTime"]["input"]>;
  /** Thumbnail image: an http or https URL. */
  thumbnail?: InputMaybe<Scalars["String"]["input"]>;
  /** Title, at most 500 characters. */
  title?: InputMaybe<Scalars["String"]["input"]>;
};

/** New facts about a repository; omitted fields stay as they are, null clears one. */
export type UpdateRepositoryInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** Main programming language. */
  language?: InputMaybe<Scalars["String"]["input"]>;
  /** The repository. */
  repositoryId: Scalars["ID"]["input"];
  /** Star count. */
  stars?: InputMaybe<Scalars["Int"]["input"]>;
};

/** The result of `updateRepository`. */
export type UpdateRepositoryPayload = {
  __typename?: "UpdateRepositoryPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** The repository as it is now. */
  repository?: Maybe<Repository>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Changes to one of your watches; what is left out stays. */
export type UpdateWatchInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** Whether its events are emailed to you. DIGEST and IMMEDIATE need a confirmed digest subscription. */
  email?: InputMaybe<WatchEmailMode>;
  /** The new filter, replacing the old one whole. */
  filter?: InputMaybe<PaperFilterInput>;
  /** The watch. */
  id: Scalars["ID"]["input"];
  /** The new name. */
  name?: InputMaybe<Scalars["String"]["input"]>;
  /** The new trigger. Events already raised stay. */
  trigger?: InputMaybe<WatchTriggerInput>;
};

/** The result of updateWatch. */
export type UpdateWatchPayload = {
  __typename?: "UpdateWatchPayload";
  /** The `clientMutationId` of the input. */
  clientMutationId?: Maybe<Scalars["String"]["output"]>;
  /** Mistakes in the input; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
  /** The watch as it is now. */
  watch?: Maybe<Watch>;
};

/** A community member or curator. */
export type User = Node & {
  __typename?: "User";
  /** When the account was created. */
  createdAt: Scalars["DateTime"]["output"];
  /** The digest subscriptions this user made while signed in; null for anyone but the user. */
  digestSubscriptions?: Maybe<DigestSubscriptionConnection>;
  /** Unique handle of the user. */
  handle: Scalars["String"]["output"];
  /** Opaque global ID of the user. */
  id: Scalars["ID"]["output"];
  /** What the user may do. */
  role: UserRole;
  /** This user's watches, oldest first; null for anyone but the user. */
  watches?: Maybe<WatchConnection>;
};

/** A community member or curator. */
export type UserDigestSubscriptionsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A community member or curator. */
export type UserWatchesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A mistake in a mutation's input. When a payload has any, nothing was written. */
export type UserError = {
  __typename?: "UserError";
  /** What is wrong, for programs. */
  code: UserErrorCode;
  /** Path to the input field at fault, such as `["input", "title"]`. */
  field: Array<Scalars["String"]["output"]>;
  /** What is wrong, for people. */
  message: Scalars["String"]["output"];
};

/** Why a mutation input was refused. */
export type UserErrorCode =
  /** The value is empty or only spaces. */
  | "BLANK"
  /** The value has the wrong form, or the action does not apply in this state. */
  | "INVALID"
  /** The caller already has as many of these as allowed. */
  | "LIMIT_REACHED"
  /** The ID names nothing the caller can act on. */
  | "NOT_FOUND"
  /** Email needs a confirmed address: the caller has no confirmed digest subscription. */
  | "NO_CONFIRMED_ADDRESS"
  /** Another object already uses the value. */
  | "TAKEN"
  /** The value is longer than allowed. */
  | "TOO_LONG";

/** What a user may do. */
export type UserRole =
  /** Also curates the catalog, manages users and tokens, and reads the audit log. */
  | "ADMIN"
  /** Reads the catalog and upvotes papers. */
  | "USER";

/** A saved paper filter that raises events when papers match it. */
export type Watch = Node & {
  __typename?: "Watch";
  /** When the watch was made; NEW_MATCH counts papers added since. */
  createdAt: Scalars["DateTime"]["output"];
  /** Whether, and how, its events are emailed to you. */
  email: WatchEmailMode;
  /** The events the watch raised, newest first. */
  events: WatchEventConnection;
  /** The private feed of the watch's events, newest first. Anyone with a URL can read it: rotateWatchFeedToken replaces them. Null for anyone but the owner. */
  feedUrls?: Maybe<WatchFeedUrls>;
  /** Which papers the watch follows. */
  filter: WatchFilter;
  /** Opaque global ID of the watch. */
  id: Scalars["ID"]["output"];
  /** The name its owner gave it. */
  name: Scalars["String"]["output"];
  /** When the watch raises an event. */
  trigger: WatchTrigger;
  /** When its name, filter or trigger last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** The URLs that receive the watch's events, oldest first. */
  webhookEndpoints: WebhookEndpointConnection;
};

/** A saved paper filter that raises events when papers match it. */
export type WatchEventsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A saved paper filter that raises events when papers match it. */
export type WatchWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A page of watches, oldest first. */
export type WatchConnection = {
  __typename?: "WatchConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<WatchEdge>;
  /** The items of this page, without edges. */
  nodes: Array<Watch>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** A watch in a list of watches. */
export type WatchEdge = {
  __typename?: "WatchEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** The item at the end of the edge. */
  node: Watch;
};

/** Whether, and how, a watch's events are emailed to its owner's confirmed digest address. */
export type WatchEmailMode =
  /** In a "Your watches" section of the owner's next digest. */
  | "DIGEST"
  /** One email per event, up to an hourly cap; past it, in the next digest. */
  | "IMMEDIATE"
  /** No email. */
  | "NONE";

/** A paper a watch fired for. */
export type WatchEvent = Node & {
  __typename?: "WatchEvent";
  /** When the event was raised. */
  createdAt: Scalars["DateTime"]["output"];
  /** Opaque global ID of the event. */
  id: Scalars["ID"]["output"];
  /** The paper; null once it is deleted from the catalog. */
  paper?: Maybe<Paper>;
  /** With TRENDING: the paper's rank in the window then. */
  rank?: Maybe<Scalars["Int"]["output"]>;
  /** The trigger that fired. */
  trigger: WatchTriggerKind;
  /** The paper's upvotes when the event was raised. */
  upvotes: Scalars["Int"]["output"];
  /** The watch that raised it. */
  watch?: Maybe<Watch>;
};

/** A page of a watch's events, newest first. */
export type WatchEventConnection = {
  __typename?: "WatchEventConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<WatchEventEdge>;
  /** The items of this page, without edges. */
  nodes: Array<WatchEvent>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** An event in a watch's list of events. */
export type WatchEventEdge = {
  __typename?: "WatchEventEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** The item at the end of the edge. */
  node: WatchEvent;
};

/** The private feed of a watch's events, in each format. */
export type WatchFeedUrls = {
  __typename?: "WatchFeedUrls";
  /** Atom 1.0. */
  atom: Scalars["String"]["output"];
  /** JSON Feed 1.1. */
  json: Scalars["String"]["output"];
  /** RSS 2.0. */
  rss: Scalars["String"]["output"];
};

/** Which papers a watch follows, as `papers(filter:)` takes it. */
export type WatchFilter = {
  __typename?: "WatchFilter";
  /** Only papers by this author. */
  authorId?: Maybe<Scalars["ID"]["output"]>;
  /** Papers in this arXiv category, primary or cross-listed. */
  category?: Maybe<Scalars["String"]["output"]>;
  /** Put on the daily list on this day. */
  dailyDate?: Maybe<Scalars["Date"]["output"]>;
  /** True for papers with code, false for papers without. */
  hasCode?: Maybe<Scalars["Boolean"]["output"]>;
  /** True for papers with a DOI, false for those without. */
  hasDoi?: Maybe<Scalars["Boolean"]["output"]>;
  /** Papers with at least one of these keywords. */
  keywords?: Maybe<Array<Scalars["String"]["output"]>>;
  /** Papers with at least this many upvotes. */
  minUpvotes?: Maybe<Scalars["Int"]["output"]>;
  /** Papers listed under this Hugging Face organization. */
  organization?: Maybe<Scalars["String"]["output"]>;
  /** Published on or after this day (UTC). */
  publishedFrom?: Maybe<Scalars["Date"]["output"]>;
  /** Published on or before this day (UTC). */
  publishedTo?: Maybe<Scalars["Date"]["output"]>;
  /** Only papers whose code is in this repository. */
  repositoryId?: Maybe<Scalars["ID"]["output"]>;
  /** Full-text search over title and abstract. */
  search?: Maybe<Scalars["String"]["output"]>;
  /** Papers put on the daily list by this Hugging Face user. */
  submitter?: Maybe<Scalars["String"]["output"]>;
};

/** What makes a watch raise an event, with its parameters. */
export type WatchTrigger = {
  __typename?: "WatchTrigger";
  /** The kind of trigger. */
  kind: WatchTriggerKind;
  /** With TRENDING: how many of the top count. */
  top?: Maybe<Scalars["Int"]["output"]>;
  /** With UPVOTES_REACHED: the upvotes to reach. */
  upvotes?: Maybe<Scalars["Int"]["output"]>;
  /** With TRENDING: the window ranked. */
  window?: Maybe<TrendingWindow>;
};

/** What makes a watch raise an event. Give only the parameters of its kind. */
export type WatchTriggerInput = {
  /** The kind of trigger. */
  kind: WatchTriggerKind;
  /** With TRENDING: the size of the top, 1 to 100; 10 if left out. */
  top?: InputMaybe<Scalars["Int"]["input"]>;
  /** With UPVOTES_REACHED, where it is required: at least 1. */
  upvotes?: InputMaybe<Scalars["Int"]["input"]>;
  /** With TRENDING: the window to rank in; WEEK if left out. */
  window?: InputMaybe<TrendingWindow>;
};

/** What makes a watch raise an event for a paper that matches its filter. */
export type WatchTriggerKind =
  /** A paper added after the watch was made matches it. */
  | "NEW_MATCH"
  /** A matching paper is among the top `top` of the trending `window`. */
  | "TRENDING"
  /** A matching paper's upvotes go from below `upvotes` to at least that. */
  | "UPVOTES_REACHED";

/** One watch event sent, or to be sent, to a webhook endpoint. */
export type WebhookDelivery = Node & {
  __typename?: "WebhookDelivery";
  /** Attempts started so far. */
  attempts: Scalars["Int"]["output"];
  /** When the delivery was queued. */
  createdAt: Scalars["DateTime"]["output"];
  /** When an attempt succeeded. */
  deliveredAt?: Maybe<Scalars["DateTime"]["output"]>;
  /** The ID of the watch event delivered. */
  eventId: Scalars["ID"]["output"];
  /** Opaque global ID of the delivery. */
  id: Scalars["ID"]["output"];
  /** Why the last attempt failed; null if it did not. */
  lastError?: Maybe<Scalars["String"]["output"]>;
  /** The HTTP status of the last answer; null if none came. */
  lastResponseCode?: Maybe<Scalars["Int"]["output"]>;
  /** When it is next attempted, while it is PENDING. */
  nextAttemptAt?: Maybe<Scalars["DateTime"]["output"]>;
  /** Where the delivery stands. */
  status: WebhookDeliveryStatus;
  /** The `webhook-id` header: the same on every attempt and redelivery of the event. */
  webhookId: Scalars["String"]["output"];
};

/** A page of a webhook endpoint's deliveries, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: "WebhookDeliveryConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<WebhookDeliveryEdge>;
  /** The items of this page, without edges. */
  nodes: Array<WebhookDelivery>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** A delivery in a webhook endpoint's list. */
export type WebhookDeliveryEdge = {
  __typename?: "WebhookDeliveryEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** The item at the end of the edge. */
  node: WebhookDelivery;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed; `redeliverWebhookDelivery` tries again. */
  | "FAILED"
  /** Waiting for its next attempt, or being attempted. */
  | "PENDING"
  /** The endpoint answered an attempt with a 2xx status. */
  | "SUCCEEDED";

/** A URL that receives a watch's events as signed webhooks. */
export type WebhookEndpoint = Node & {
  __typename?: "WebhookEndpoint";
  /** Delivery attempts that failed since the last one that succeeded. */
  consecutiveFailures: Scalars["Int"]["output"];
  /** When the endpoint was made. */
  createdAt: Scalars["DateTime"]["output"];
  /** The events sent, or to be sent, to it, newest first. */
  deliveries: WebhookDeliveryConnection;
  /** When it was disabled; null while it is enabled. */
  disabledAt?: Maybe<Scalars["DateTime"]["output"]>;
  /** Why it was disabled; null while it is enabled. */
  disabledReason?: Maybe<Scalars["String"]["output"]>;
  /** Whether events are delivered to it. */
  enabled: Scalars["Boolean"]["output"];
  /** Opaque global ID of the endpoint. */
  id: Scalars["ID"]["output"];
  /** Where events are POSTed. */
  url: Scalars["URL"]["output"];
};

/** A URL that receives a watch's events as signed webhooks. */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A page of a watch's webhook endpoints, oldest first. */
export type WebhookEndpointConnection = {
  __typename?: "WebhookEndpointConnection";
  /** The items of this page, each with its cursor. */
  edges: Array<WebhookEndpointEdge>;
  /** The items of this page, without edges. */
  nodes: Array<WebhookEndpoint>;
  /** How to fetch the pages around this one. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars["Int"]["output"];
};

/** A webhook endpoint in a watch's list. */
export type WebhookEndpointEdge = {
  __typename?: "WebhookEndpointEdge";
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars["String"]["output"];
  /** The item at the end of the edge. */
  node: WebhookEndpoint;
};

/** One of your webhook endpoints. */
export type WebhookEndpointInput = {
  /** Any string; returned unchanged in the payload. */
  clientMutationId?: InputMaybe<Scalars["String"]["input"]>;
  /** The endpoint. */
  id: Scalars["ID"]["input"];
};

export type UserErrorFieldsFragment = {
  __typename?: "UserError";
  field: Array<string>;
  message: string;
  code: UserErrorCode;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  __typename?: "Query";
  viewer?: { __typename?: "User"; id: string; handle: string; role: UserRole } | null;
};

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type CreateUserMutation = {
  __typename?: "Mutation";
  createUser: {
    __typename?: "CreateUserPayload";
    clientMutationId?: string | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    user?: { __typename?: "User"; id: string; handle: string; role: UserRole } | null;
  };
};

export type CreateTokenMutationVariables = Exact<{
  input: CreateTokenInput;
}>;

export type CreateTokenMutation = {
  __typename?: "Mutation";
  createToken: {
    __typename?: "CreateTokenPayload";
    token?: string | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    apiToken?: {
      __typename?: "ApiToken";
      id: string;
      label?: string | null;
      revokedAt?: string | null;
      user?: { __typename?: "User"; handle: string } | null;
    } | null;
  };
};

export type RevokeTokenMutationVariables = Exact<{
  input: RevokeTokenInput;
}>;

export type RevokeTokenMutation = {
  __typename?: "Mutation";
  revokeToken: {
    __typename?: "RevokeTokenPayload";
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    apiToken?: { __typename?: "ApiToken"; id: string; revokedAt?: string | null } | null;
  };
};

export type SetUserRoleMutationVariables = Exact<{
  input: SetUserRoleInput;
}>;

export type SetUserRoleMutation = {
  __typename?: "Mutation";
  setUserRole: {
    __typename?: "SetUserRolePayload";
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    user?: { __typename?: "User"; id: string; role: UserRole } | null;
  };
};

export type AuditLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars["Int"]["input"]>;
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<AuditLogFilter>;
}>;

export type AuditLogQuery = {
  __typename?: "Query";
  auditLog: {
    __typename?: "AuditEntryConnection";
    totalCount: number;
    pageInfo: { __typename?: "PageInfo"; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{
      __typename?: "AuditEntry";
      id: string;
      action: string;
      targetId?: string | null;
      changes: any;
      createdAt: string;
      actor?: { __typename?: "User"; handle: string } | null;
    }>;
  };
};

export type ArxivPaperQueryVariables = Exact<{
  arxivId: Scalars["String"]["input"];
}>;

export type ArxivPaperQuery = {
  __typename?: "Query";
  paper?: {
    __typename?: "Paper";
    title: string;
    abstract: string;
    publishedAt: string;
    revisedAt?: string | null;
    keywords: Array<string>;
    categories: Array<string>;
    doi?: string | null;
    journalRef?: string | null;
    license?: string | null;
    comments?: string | null;
    authorCount: number;
    authors: {
      __typename?: "PaperAuthorConnection";
      edges: Array<{ __typename?: "PaperAuthorEdge"; node: { __typename?: "Author"; name: string } }>;
    };
  } | null;
};

export type FilteredArxivIdsQueryVariables = Exact<{
  filter: PaperFilterInput;
}>;

export type FilteredArxivIdsQuery = {
  __typename?: "Query";
  papers: { __typename?: "PaperConnection"; nodes: Array<{ __typename?: "Paper"; arxivId?: string | null }> };
};

export type AuthorListQueryVariables = Exact<{
  search?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  after?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type AuthorListQuery = {
  __typename?: "Query";
  authors: {
    __typename?: "AuthorConnection";
    totalCount: number;
    pageInfo: { __typename?: "PageInfo"; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{ __typename?: "Author"; id: string; name: string }>;
  };
};

export type AuthorPapersQueryVariables = Exact<{
  id: Scalars["ID"]["input"];
  first?: InputMaybe<Scalars["Int"]["input"]>;
  after?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type AuthorPapersQuery = {
  __typename?: "Query";
  node?:
    | {
        __typename: "Author";
        name: string;
        papers: {
          __typename?: "PaperConnection";
          totalCount: number;
          pageInfo: { __typename?: "PageInfo"; hasNextPage: boolean; endCursor?: string | null };
          nodes: Array<{ __typename?: "Paper"; id: string; title: string }>;
        };
      }
    | { __typename: "Paper" }
    | { __typename: "Repository" }
    | { __typename: "User" }
    | { __typename: "Watch" }
    | { __typename: "WatchEvent" }
    | { __typename: "WebhookDelivery" }
    | { __typename: "WebhookEndpoint" }
    | null;
};

export type CreatePaperMutationVariables = Exact<{
  input: CreatePaperInput;
}>;

export type CreatePaperMutation = {
  __typename?: "Mutation";
  createPaper: {
    __typename?: "PaperPayload";
    clientMutationId?: string | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    paper?: {
      __typename?: "Paper";
      id: string;
      arxivId?: string | null;
      title: string;
      authorCount: number;
      projectPage?: string | null;
      authors: {
        __typename?: "PaperAuthorConnection";
        edges: Array<{
          __typename?: "PaperAuthorEdge";
          position: number;
          node: { __typename?: "Author"; id: string; name: string };
        }>;
      };
    } | null;
  };
};

export type UpdatePaperMutationVariables = Exact<{
  input: UpdatePaperInput;
}>;

export type UpdatePaperMutation = {
  __typename?: "Mutation";
  updatePaper: {
    __typename?: "PaperPayload";
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    paper?: {
      __typename?: "Paper";
      id: string;
      title: string;
      abstract: string;
      projectPage?: string | null;
      categories: Array<string>;
      doi?: string | null;
      journalRef?: string | null;
      license?: string | null;
      comments?: string | null;
      authors: {
        __typename?: "PaperAuthorConnection";
        edges: Array<{ __typename?: "PaperAuthorEdge"; node: { __typename?: "Author"; name: string } }>;
      };
    } | null;
  };
};

export type DeletePaperMutationVariables = Exact<{
  input: DeletePaperInput;
}>;

export type DeletePaperMutation = {
  __typename?: "Mutation";
  deletePaper: {
    __typename?: "DeletePaperPayload";
    deletedPaperId?: string | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type RestorePaperMutationVariables = Exact<{
  input: RestorePaperInput;
}>;

export type RestorePaperMutation = {
  __typename?: "Mutation";
  restorePaper: {
    __typename?: "PaperPayload";
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    paper?: { __typename?: "Paper"; id: string; title: string } | null;
  };
};

export type LinkRepositoryMutationVariables = Exact<{
  input: LinkRepositoryInput;
}>;

export type LinkRepositoryMutation = {
  __typename?: "Mutation";
  linkRepository: {
    __typename?: "LinkRepositoryPayload";
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    repository?: {
      __typename?: "Repository";
      id: string;
      url: string;
      provider: RepositoryProvider;
      owner?: string | null;
      name?: string | null;
    } | null;
    paper?: {
      __typename?: "Paper";
      repositories: { __typename?: "PaperRepositoryConnection"; totalCount: number };
    } | null;
  };
};

export type UnlinkRepositoryMutationVariables = Exact<{
  input: UnlinkRepositoryInput;
}>;

export type UnlinkRepositoryMutation = {
  __typename?: "Mutation";
  unlinkRepository: {
    __typename?: "UnlinkRepositoryPayload";
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    paper?: {
      __typename?: "Paper";
      repositories: { __typename?: "PaperRepositoryConnection"; totalCount: number };
    } | null;
  };
};

export type UpdateRepositoryMutationVariables = Exact<{
  input: UpdateRepositoryInput;
}>;

export type UpdateRepositoryMutation = {
  __typename?: "Mutation";
  updateRepository: {
    __typename?: "UpdateRepositoryPayload";
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    repository?: { __typename?: "Repository"; stars?: number | null; language?: string | null } | null;
  };
};

export type MergeAuthorsMutationVariables = Exact<{
  input: MergeAuthorsInput;
}>;

export type MergeAuthorsMutation = {
  __typename?: "Mutation";
  mergeAuthors: {
    __typename?: "MergeAuthorsPayload";
    mergedCount?: number | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    author?: { __typename?: "Author"; id: string; name: string } | null;
  };
};

export type PaperAuthorNamesQueryVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type PaperAuthorNamesQuery = {
  __typename?: "Query";
  node?:
    | { __typename?: "Author" }
    | {
        __typename?: "Paper";
        authors: {
          __typename?: "PaperAuthorConnection";
          edges: Array<{
            __typename?: "PaperAuthorEdge";
            position: number;
            node: { __typename?: "Author"; name: string };
          }>;
        };
      }
    | { __typename?: "Repository" }
    | { __typename?: "User" }
    | { __typename?: "Watch" }
    | { __typename?: "WatchEvent" }
    | { __typename?: "WebhookDelivery" }
    | { __typename?: "WebhookEndpoint" }
    | null;
};

export type SubscribeToDigestMutationVariables = Exact<{
  input: SubscribeToDigestInput;
}>;

export type SubscribeToDigestMutation = {
  __typename?: "Mutation";
  subscribeToDigest: {
    __typename?: "SubscribeToDigestPayload";
    message?: string | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type ConfirmDigestSubscriptionMutationVariables = Exact<{
  input: DigestLinkInput;
}>;

export type ConfirmDigestSubscriptionMutation = {
  __typename?: "Mutation";
  confirmDigestSubscription: {
    __typename?: "ConfirmDigestSubscriptionPayload";
    subscription?: {
      __typename?: "DigestSubscription";
      id: string;
      email?: string | null;
      frequency: DigestFrequency;
      confirmed: boolean;
    } | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type UnsubscribeFromDigestMutationVariables = Exact<{
  input: DigestLinkInput;
}>;

export type UnsubscribeFromDigestMutation = {
  __typename?: "Mutation";
  unsubscribeFromDigest: {
    __typename?: "UnsubscribeFromDigestPayload";
    unsubscribed?: boolean | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type DigestSubscriptionFieldsFragment = {
  __typename?: "DigestSubscription";
  id: string;
  email?: string | null;
  frequency: DigestFrequency;
  confirmed: boolean;
  confirmedAt?: string | null;
  topic: {
    __typename?: "DigestTopic";
    search?: string | null;
    keywords?: Array<string> | null;
    minUpvotes?: number | null;
    hasCode?: boolean | null;
  };
};

export type MyDigestSubscriptionsQueryVariables = Exact<{ [key: string]: never }>;

export type MyDigestSubscriptionsQuery = {
  __typename?: "Query";
  viewer?: {
    __typename?: "User";
    digestSubscriptions?: {
      __typename?: "DigestSubscriptionConnection";
      totalCount: number;
      nodes: Array<{
        __typename?: "DigestSubscription";
        id: string;
        email?: string | null;
        frequency: DigestFrequency;
        confirmed: boolean;
        confirmedAt?: string | null;
        topic: {
          __typename?: "DigestTopic";
          search?: string | null;
          keywords?: Array<string> | null;
          minUpvotes?: number | null;
          hasCode?: boolean | null;
        };
      }>;
    } | null;
  } | null;
};

export type UpdateDigestSubscriptionMutationVariables = Exact<{
  input: UpdateDigestSubscriptionInput;
}>;

export type UpdateDigestSubscriptionMutation = {
  __typename?: "Mutation";
  updateDigestSubscription: {
    __typename?: "UpdateDigestSubscriptionPayload";
    subscription?: {
      __typename?: "DigestSubscription";
      id: string;
      email?: string | null;
      frequency: DigestFrequency;
      confirmed: boolean;
      confirmedAt?: string | null;
      topic: {
        __typename?: "DigestTopic";
        search?: string | null;
        keywords?: Array<string> | null;
        minUpvotes?: number | null;
        hasCode?: boolean | null;
      };
    } | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type CancelDigestSubscriptionMutationVariables = Exact<{
  input: CancelDigestSubscriptionInput;
}>;

export type CancelDigestSubscriptionMutation = {
  __typename?: "Mutation";
  cancelDigestSubscription: {
    __typename?: "CancelDigestSubscriptionPayload";
    cancelledSubscriptionId?: string | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type DigestSubscribersQueryVariables = Exact<{
  email?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type DigestSubscribersQuery = {
  __typename?: "Query";
  digestSubscriptions: {
    __typename?: "DigestSubscriptionConnection";
    totalCount: number;
    nodes: Array<{
      __typename?: "DigestSubscription";
      id: string;
      email?: string | null;
      frequency: DigestFrequency;
      confirmed: boolean;
      confirmedAt?: string | null;
      topic: {
        __typename?: "DigestTopic";
        search?: string | null;
        keywords?: Array<string> | null;
        minUpvotes?: number | null;
        hasCode?: boolean | null;
      };
    }>;
  };
};

export type HubPaperQueryVariables = Exact<{
  arxivId: Scalars["String"]["input"];
}>;

export type HubPaperQuery = {
  __typename?: "Query";
  paper?: {
    __typename?: "Paper";
    id: string;
    keywords: Array<string>;
    aiSummary?: string | null;
    aiKeywords: Array<string>;
    mediaUrls: Array<string>;
    numComments?: number | null;
    withdrawnAt?: string | null;
    submittedBy?: {
      __typename?: "HubAccount";
      name: string;
      fullName?: string | null;
      avatarUrl?: string | null;
    } | null;
    organization?: {
      __typename?: "HubAccount";
      name: string;
      fullName?: string | null;
      avatarUrl?: string | null;
    } | null;
    repositories: {
      __typename?: "PaperRepositoryConnection";
      nodes: Array<{ __typename?: "Repository"; url: string; stars?: number | null }>;
    };
  } | null;
};

export type CreateFeedFieldsWatchMutationVariables = Exact<{
  input: CreateWatchInput;
}>;

export type CreateFeedFieldsWatchMutation = {
  __typename?: "Mutation";
  createWatch: {
    __typename?: "CreateWatchPayload";
    watch?: {
      __typename?: "Watch";
      filter: {
        __typename?: "WatchFilter";
        category?: string | null;
        hasDoi?: boolean | null;
        submitter?: string | null;
        organization?: string | null;
      };
    } | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; code: UserErrorCode }>;
  };
};

export type ImportPapersMutationVariables = Exact<{
  input: ImportPapersInput;
}>;

export type ImportPapersMutation = {
  __typename?: "Mutation";
  importPapers: {
    __typename?: "ImportPapersPayload";
    clientMutationId?: string | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    summary?: {
      __typename?: "ImportSummary";
      created: number;
      updated: number;
      unchanged: number;
      rejected: number;
    } | null;
    rejections?: Array<{ __typename?: "ImportRejection"; index: number; field: string; reason: string }> | null;
  };
};

export type ImportedPaperQueryVariables = Exact<{
  arxivId: Scalars["String"]["input"];
}>;

export type ImportedPaperQuery = {
  __typename?: "Query";
  paper?: {
    __typename?: "Paper";
    id: string;
    title: string;
    abstract: string;
    publishedAt: string;
    dailyDate?: string | null;
    authorCount: number;
    upvotes: number;
    keywords: Array<string>;
    projectPage?: string | null;
    thumbnail?: string | null;
    authors: {
      __typename?: "PaperAuthorConnection";
      edges: Array<{ __typename?: "PaperAuthorEdge"; position: number; node: { __typename?: "Author"; name: string } }>;
    };
    repositories: {
      __typename?: "PaperRepositoryConnection";
      edges: Array<{
        __typename?: "PaperRepositoryEdge";
        isOfficial: boolean;
        node: { __typename?: "Repository"; url: string; provider: RepositoryProvider; stars?: number | null };
      }>;
    };
  } | null;
};

export type NodeByIdQueryVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type NodeByIdQuery = {
  __typename?: "Query";
  node?:
    | { __typename: "Author"; name: string; id: string }
    | { __typename: "Paper"; title: string; id: string }
    | { __typename: "Repository"; url: string; id: string }
    | { __typename: "User"; id: string }
    | { __typename: "Watch"; id: string }
    | { __typename: "WatchEvent"; id: string }
    | { __typename: "WebhookDelivery"; id: string }
    | { __typename: "WebhookEndpoint"; id: string }
    | null;
};

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<Scalars["ID"]["input"]> | Scalars["ID"]["input"];
}>;

export type NodesByIdsQuery = {
  __typename?: "Query";
  nodes: Array<
    | { __typename: "Author"; id: string }
    | { __typename: "Paper"; id: string }
    | { __typename: "Repository"; id: string }
    | { __typename: "User"; id: string }
    | { __typename: "Watch"; id: string }
    | { __typename: "WatchEvent"; id: string }
    | { __typename: "WebhookDelivery"; id: string }
    | { __typename: "WebhookEndpoint"; id: string }
    | null
  >;
};

export type PaperFieldsFragment = {
  __typename?: "Paper";
  id: string;
  arxivId?: string | null;
  arxivUrl?: string | null;
  title: string;
  abstract: string;
  publishedAt: string;
  dailyDate?: string | null;
  authorCount: number;
  upvotes: number;
  viewerHasUpvoted: boolean;
  keywords: Array<string>;
  projectPage?: string | null;
};

export type PageInfoFieldsFragment = {
  __typename?: "PageInfo";
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
};

export type PaperListQueryVariables = Exact<{
  first?: InputMaybe<Scalars["Int"]["input"]>;
  after?: InputMaybe<Scalars["String"]["input"]>;
  last?: InputMaybe<Scalars["Int"]["input"]>;
  before?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<PaperFilterInput>;
  orderBy?: InputMaybe<PaperOrderInput>;
}>;

export type PaperListQuery = {
  __typename?: "Query";
  papers: {
    __typename?: "PaperConnection";
    totalCount: number;
    pageInfo: {
      __typename?: "PageInfo";
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor?: string | null;
      endCursor?: string | null;
    };
    edges: Array<{
      __typename?: "PaperEdge";
      cursor: string;
      node: {
        __typename?: "Paper";
        id: string;
        arxivId?: string | null;
        arxivUrl?: string | null;
        title: string;
        abstract: string;
        publishedAt: string;
        dailyDate?: string | null;
        authorCount: number;
        upvotes: number;
        viewerHasUpvoted: boolean;
        keywords: Array<string>;
        projectPage?: string | null;
      };
    }>;
  };
};

export type PapersWithRelationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars["Int"]["input"]>;
}>;

export type PapersWithRelationsQuery = {
  __typename?: "Query";
  papers: {
    __typename?: "PaperConnection";
    edges: Array<{
      __typename?: "PaperEdge";
      node: {
        __typename?: "Paper";
        id: string;
        title: string;
        authors: {
          __typename?: "PaperAuthorConnection";
          totalCount: number;
          edges: Array<{
            __typename?: "PaperAuthorEdge";
            position: number;
            node: { __typename?: "Author"; id: string; name: string };
          }>;
        };
        repositories: {
          __typename?: "PaperRepositoryConnection";
          totalCount: number;
          edges: Array<{
            __typename?: "PaperRepositoryEdge";
            isOfficial: boolean;
            node: {
              __typename?: "Repository";
              id: string;
              url: string;
              provider: RepositoryProvider;
              stars?: number | null;
            };
          }>;
        };
      };
    }>;
  };
};

export type DailyPapersQueryVariables = Exact<{
  date: Scalars["Date"]["input"];
  first?: InputMaybe<Scalars["Int"]["input"]>;
}>;

export type DailyPapersQuery = {
  __typename?: "Query";
  dailyPapers: {
    __typename?: "PaperConnection";
    totalCount: number;
    nodes: Array<{
      __typename?: "Paper";
      id: string;
      arxivId?: string | null;
      arxivUrl?: string | null;
      title: string;
      abstract: string;
      publishedAt: string;
      dailyDate?: string | null;
      authorCount: number;
      upvotes: number;
      viewerHasUpvoted: boolean;
      keywords: Array<string>;
      projectPage?: string | null;
    }>;
  };
};

export type PaperByArxivIdQueryVariables = Exact<{
  arxivId: Scalars["String"]["input"];
}>;

export type PaperByArxivIdQuery = {
  __typename?: "Query";
  paper?: {
    __typename?: "Paper";
    id: string;
    arxivId?: string | null;
    arxivUrl?: string | null;
    title: string;
    abstract: string;
    publishedAt: string;
    dailyDate?: string | null;
    authorCount: number;
    upvotes: number;
    viewerHasUpvoted: boolean;
    keywords: Array<string>;
    projectPage?: string | null;
  } | null;
};

export type RepositoryListQueryVariables = Exact<{
  filter?: InputMaybe<RepositoryFilterInput>;
  orderBy?: InputMaybe<RepositoryOrderInput>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  after?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type RepositoryListQuery = {
  __typename?: "Query";
  repositories: {
    __typename?: "RepositoryConnection";
    totalCount: number;
    pageInfo: { __typename?: "PageInfo"; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{
      __typename?: "Repository";
      id: string;
      url: string;
      provider: RepositoryProvider;
      owner?: string | null;
      name?: string | null;
      stars?: number | null;
      language?: string | null;
    }>;
  };
};

export type RepositoryPapersQueryVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type RepositoryPapersQuery = {
  __typename?: "Query";
  node?:
    | { __typename: "Author" }
    | { __typename: "Paper" }
    | {
        __typename: "Repository";
        papers: {
          __typename?: "RepositoryPaperConnection";
          totalCount: number;
          edges: Array<{
            __typename?: "RepositoryPaperEdge";
            isOfficial: boolean;
            node: { __typename?: "Paper"; id: string; title: string };
          }>;
        };
      }
    | { __typename: "User" }
    | { __typename: "Watch" }
    | { __typename: "WatchEvent" }
    | { __typename: "WebhookDelivery" }
    | { __typename: "WebhookEndpoint" }
    | null;
};

export type PaperChangesQueryVariables = Exact<{
  first?: InputMaybe<Scalars["Int"]["input"]>;
  after?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type PaperChangesQuery = {
  __typename?: "Query";
  paperChanges: {
    __typename?: "PaperChangeConnection";
    totalCount: number;
    pageInfo: { __typename?: "PageInfo"; hasNextPage: boolean; endCursor?: string | null };
    edges: Array<{
      __typename?: "PaperChangeEdge";
      cursor: string;
      node: {
        __typename?: "PaperChange";
        kind: PaperChangeKind;
        changedAt: string;
        paperId: string;
        paper?: {
          __typename?: "Paper";
          id: string;
          title: string;
          authors: { __typename?: "PaperAuthorConnection"; nodes: Array<{ __typename?: "Author"; name: string }> };
          repositories: {
            __typename?: "PaperRepositoryConnection";
            nodes: Array<{ __typename?: "Repository"; url: string }>;
          };
        } | null;
      };
    }>;
  };
};

export type CatalogPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type CatalogPageQuery = {
  __typename?: "Query";
  papers: {
    __typename?: "PaperConnection";
    pageInfo: { __typename?: "PageInfo"; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{
      __typename?: "Paper";
      id: string;
      title: string;
      authors: { __typename?: "PaperAuthorConnection"; nodes: Array<{ __typename?: "Author"; name: string }> };
      repositories: {
        __typename?: "PaperRepositoryConnection";
        nodes: Array<{ __typename?: "Repository"; url: string }>;
      };
    }>;
  };
};

export type PapersUpdatedSinceQueryVariables = Exact<{
  since: Scalars["DateTime"]["input"];
}>;

export type PapersUpdatedSinceQuery = {
  __typename?: "Query";
  papers: { __typename?: "PaperConnection"; nodes: Array<{ __typename?: "Paper"; id: string; updatedAt: string }> };
};

export type TrendingPapersQueryVariables = Exact<{
  window?: InputMaybe<TrendingWindow>;
  filter?: InputMaybe<PaperFilterInput>;
  asOf?: InputMaybe<Scalars["DateTime"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  after?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type TrendingPapersQuery = {
  __typename?: "Query";
  trendingPapers: {
    __typename?: "TrendingPaperConnection";
    totalCount: number;
    pageInfo: { __typename?: "PageInfo"; hasNextPage: boolean; endCursor?: string | null };
    edges: Array<{
      __typename?: "TrendingPaperEdge";
      rank: number;
      score: number;
      node: { __typename?: "Paper"; id: string; title: string; upvotes: number };
    }>;
  };
};

export type TrendingPaperAddedSubscriptionVariables = Exact<{
  window?: InputMaybe<TrendingWindow>;
  top?: InputMaybe<Scalars["Int"]["input"]>;
}>;

export type TrendingPaperAddedSubscription = {
  __typename?: "Subscription";
  trendingPaperAdded?: {
    __typename?: "TrendingPaperEvent";
    rank: number;
    score: number;
    window: TrendingWindow;
    at: string;
    paper: { __typename?: "Paper"; id: string; title: string; upvotes: number };
  } | null;
};

export type PaperUpvotesChangedSubscriptionVariables = Exact<{
  paperId: Scalars["ID"]["input"];
}>;

export type PaperUpvotesChangedSubscription = {
  __typename?: "Subscription";
  paperUpvotesChanged?: { __typename?: "Paper"; id: string; upvotes: number } | null;
};

export type PaperTrendsQueryVariables = Exact<{
  window?: InputMaybe<TrendingWindow>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
}>;

export type PaperTrendsQuery = {
  __typename?: "Query";
  trendingPapers: {
    __typename?: "TrendingPaperConnection";
    nodes: Array<{
      __typename?: "Paper";
      title: string;
      trend?: {
        __typename?: "PaperTrend";
        window: TrendingWindow;
        halfLifeHours: number;
        score: number;
        rank?: number | null;
        importedUpvotes: number;
        importedUpvotesCountedAt?: string | null;
        importedScore: number;
        votesLastHour: number;
        votesLastDay: number;
        votesLastWeek: number;
      } | null;
    }>;
  };
};

export type UpvotePaperMutationVariables = Exact<{
  input: PaperVoteInput;
}>;

export type UpvotePaperMutation = {
  __typename?: "Mutation";
  upvotePaper: {
    __typename?: "PaperVotePayload";
    clientMutationId?: string | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    paper?: { __typename?: "Paper"; id: string; upvotes: number; viewerHasUpvoted: boolean } | null;
  };
};

export type RemoveUpvoteMutationVariables = Exact<{
  input: PaperVoteInput;
}>;

export type RemoveUpvoteMutation = {
  __typename?: "Mutation";
  removeUpvote: {
    __typename?: "PaperVotePayload";
    clientMutationId?: string | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
    paper?: { __typename?: "Paper"; id: string; upvotes: number; viewerHasUpvoted: boolean } | null;
  };
};

export type RemoveVotesMutationVariables = Exact<{
  input: RemoveVotesInput;
}>;

export type RemoveVotesMutation = {
  __typename?: "Mutation";
  removeVotes: {
    __typename?: "RemoveVotesPayload";
    removedCount?: number | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type PaperVotesQueryVariables = Exact<{
  id: Scalars["ID"]["input"];
}>;

export type PaperVotesQuery = {
  __typename?: "Query";
  node?:
    | { __typename?: "Author" }
    | { __typename?: "Paper"; upvotes: number; viewerHasUpvoted: boolean }
    | { __typename?: "Repository" }
    | { __typename?: "User" }
    | { __typename?: "Watch" }
    | { __typename?: "WatchEvent" }
    | { __typename?: "WebhookDelivery" }
    | { __typename?: "WebhookEndpoint" }
    | null;
};

export type WatchChannelFieldsFragment = {
  __typename?: "Watch";
  id: string;
  email: WatchEmailMode;
  feedUrls?: { __typename?: "WatchFeedUrls"; atom: string; rss: string; json: string } | null;
};

export type CreateWatchWithChannelsMutationVariables = Exact<{
  input: CreateWatchInput;
}>;

export type CreateWatchWithChannelsMutation = {
  __typename?: "Mutation";
  createWatch: {
    __typename?: "CreateWatchPayload";
    watch?: {
      __typename?: "Watch";
      id: string;
      email: WatchEmailMode;
      feedUrls?: { __typename?: "WatchFeedUrls"; atom: string; rss: string; json: string } | null;
    } | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type UpdateWatchChannelsMutationVariables = Exact<{
  input: UpdateWatchInput;
}>;

export type UpdateWatchChannelsMutation = {
  __typename?: "Mutation";
  updateWatch: {
    __typename?: "UpdateWatchPayload";
    watch?: {
      __typename?: "Watch";
      id: string;
      email: WatchEmailMode;
      feedUrls?: { __typename?: "WatchFeedUrls"; atom: string; rss: string; json: string } | null;
    } | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type RotateWatchFeedTokenMutationVariables = Exact<{
  input: RotateWatchFeedTokenInput;
}>;

export type RotateWatchFeedTokenMutation = {
  __typename?: "Mutation";
  rotateWatchFeedToken: {
    __typename?: "RotateWatchFeedTokenPayload";
    watch?: {
      __typename?: "Watch";
      id: string;
      email: WatchEmailMode;
      feedUrls?: { __typename?: "WatchFeedUrls"; atom: string; rss: string; json: string } | null;
    } | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type MyWatchChannelsQueryVariables = Exact<{ [key: string]: never }>;

export type MyWatchChannelsQuery = {
  __typename?: "Query";
  viewer?: {
    __typename?: "User";
    watches?: {
      __typename?: "WatchConnection";
      nodes: Array<{
        __typename?: "Watch";
        id: string;
        email: WatchEmailMode;
        feedUrls?: { __typename?: "WatchFeedUrls"; atom: string; rss: string; json: string } | null;
      }>;
    } | null;
  } | null;
};

export type WatchFieldsFragment = {
  __typename?: "Watch";
  id: string;
  name: string;
  filter: {
    __typename?: "WatchFilter";
    search?: string | null;
    keywords?: Array<string> | null;
    minUpvotes?: number | null;
    hasCode?: boolean | null;
  };
  trigger: {
    __typename?: "WatchTrigger";
    kind: WatchTriggerKind;
    window?: TrendingWindow | null;
    top?: number | null;
    upvotes?: number | null;
  };
};

export type CreateWatchMutationVariables = Exact<{
  input: CreateWatchInput;
}>;

export type CreateWatchMutation = {
  __typename?: "Mutation";
  createWatch: {
    __typename?: "CreateWatchPayload";
    watch?: {
      __typename?: "Watch";
      id: string;
      name: string;
      filter: {
        __typename?: "WatchFilter";
        search?: string | null;
        keywords?: Array<string> | null;
        minUpvotes?: number | null;
        hasCode?: boolean | null;
      };
      trigger: {
        __typename?: "WatchTrigger";
        kind: WatchTriggerKind;
        window?: TrendingWindow | null;
        top?: number | null;
        upvotes?: number | null;
      };
    } | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type UpdateWatchMutationVariables = Exact<{
  input: UpdateWatchInput;
}>;

export type UpdateWatchMutation = {
  __typename?: "Mutation";
  updateWatch: {
    __typename?: "UpdateWatchPayload";
    watch?: {
      __typename?: "Watch";
      id: string;
      name: string;
      filter: {
        __typename?: "WatchFilter";
        search?: string | null;
        keywords?: Array<string> | null;
        minUpvotes?: number | null;
        hasCode?: boolean | null;
      };
      trigger: {
        __typename?: "WatchTrigger";
        kind: WatchTriggerKind;
        window?: TrendingWindow | null;
        top?: number | null;
        upvotes?: number | null;
      };
    } | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type DeleteWatchMutationVariables = Exact<{
  input: DeleteWatchInput;
}>;

export type DeleteWatchMutation = {
  __typename?: "Mutation";
  deleteWatch: {
    __typename?: "DeleteWatchPayload";
    deletedWatchId?: string | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type MyWatchesQueryVariables = Exact<{ [key: string]: never }>;

export type MyWatchesQuery = {
  __typename?: "Query";
  viewer?: {
    __typename?: "User";
    watches?: {
      __typename?: "WatchConnection";
      totalCount: number;
      nodes: Array<{
        __typename?: "Watch";
        id: string;
        name: string;
        events: {
          __typename?: "WatchEventConnection";
          totalCount: number;
          nodes: Array<{
            __typename?: "WatchEvent";
            id: string;
            trigger: WatchTriggerKind;
            upvotes: number;
            rank?: number | null;
            paper?: { __typename?: "Paper"; title: string } | null;
          }>;
        };
        filter: {
          __typename?: "WatchFilter";
          search?: string | null;
          keywords?: Array<string> | null;
          minUpvotes?: number | null;
          hasCode?: boolean | null;
        };
        trigger: {
          __typename?: "WatchTrigger";
          kind: WatchTriggerKind;
          window?: TrendingWindow | null;
          top?: number | null;
          upvotes?: number | null;
        };
      }>;
    } | null;
  } | null;
};

export type WatchEventRaisedSubscriptionVariables = Exact<{
  watchId: Scalars["ID"]["input"];
}>;

export type WatchEventRaisedSubscription = {
  __typename?: "Subscription";
  watchEvent?: {
    __typename?: "WatchEvent";
    id: string;
    trigger: WatchTriggerKind;
    upvotes: number;
    paper?: { __typename?: "Paper"; title: string } | null;
    watch?: { __typename?: "Watch"; id: string } | null;
  } | null;
};

export type WebhookEndpointFieldsFragment = {
  __typename?: "WebhookEndpoint";
  id: string;
  url: string;
  enabled: boolean;
  disabledAt?: string | null;
  disabledReason?: string | null;
  consecutiveFailures: number;
};

export type WebhookDeliveryFieldsFragment = {
  __typename?: "WebhookDelivery";
  id: string;
  eventId: string;
  webhookId: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastResponseCode?: number | null;
  lastError?: string | null;
  nextAttemptAt?: string | null;
  deliveredAt?: string | null;
};

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;

export type CreateWebhookEndpointMutation = {
  __typename?: "Mutation";
  createWebhookEndpoint: {
    __typename?: "CreateWebhookEndpointPayload";
    secret?: string | null;
    webhookEndpoint?: {
      __typename?: "WebhookEndpoint";
      id: string;
      url: string;
      enabled: boolean;
      disabledAt?: string | null;
      disabledReason?: string | null;
      consecutiveFailures: number;
    } | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type DeleteWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;

export type DeleteWebhookEndpointMutation = {
  __typename?: "Mutation";
  deleteWebhookEndpoint: {
    __typename?: "DeleteWebhookEndpointPayload";
    deletedWebhookEndpointId?: string | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type EnableWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;

export type EnableWebhookEndpointMutation = {
  __typename?: "Mutation";
  enableWebhookEndpoint: {
    __typename?: "EnableWebhookEndpointPayload";
    webhookEndpoint?: {
      __typename?: "WebhookEndpoint";
      id: string;
      url: string;
      enabled: boolean;
      disabledAt?: string | null;
      disabledReason?: string | null;
      consecutiveFailures: number;
    } | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type RedeliverWebhookDeliveryMutationVariables = Exact<{
  input: RedeliverWebhookDeliveryInput;
}>;

export type RedeliverWebhookDeliveryMutation = {
  __typename?: "Mutation";
  redeliverWebhookDelivery: {
    __typename?: "RedeliverWebhookDeliveryPayload";
    webhookDelivery?: {
      __typename?: "WebhookDelivery";
      id: string;
      eventId: string;
      webhookId: string;
      status: WebhookDeliveryStatus;
      attempts: number;
      lastResponseCode?: number | null;
      lastError?: string | null;
      nextAttemptAt?: string | null;
      deliveredAt?: string | null;
    } | null;
    userErrors: Array<{ __typename?: "UserError"; field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type MyWebhookEndpointsQueryVariables = Exact<{ [key: string]: never }>;

export type MyWebhookEndpointsQuery = {
  __typename?: "Query";
  viewer?: {
    __typename?: "User";
    watches?: {
      __typename?: "WatchConnection";
      nodes: Array<{
        __typename?: "Watch";
        id: string;
        webhookEndpoints: {
          __typename?: "WebhookEndpointConnection";
          totalCount: number;
          nodes: Array<{
            __typename?: "WebhookEndpoint";
            id: string;
            url: string;
            enabled: boolean;
            disabledAt?: string | null;
            disabledReason?: string | null;
            consecutiveFailures: number;
            deliveries: {
              __typename?: "WebhookDeliveryConnection";
              totalCount: number;
              nodes: Array<{
                __typename?: "WebhookDelivery";
                id: string;
                eventId: string;
                webhookId: string;
                status: WebhookDeliveryStatus;
                attempts: number;
                lastResponseCode?: number | null;
                lastError?: string | null;
                nextAttemptAt?: string | null;
                deliveredAt?: string | null;
              }>;
            };
          }>;
        };
      }>;
    } | null;
  } | null;
};

export const UserErrorFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const DigestSubscriptionFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DigestSubscriptionFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DigestSubscription" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "frequency" } },
          { kind: "Field", name: { kind: "Name", value: "confirmed" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "search" } },
                { kind: "Field", name: { kind: "Name", value: "keywords" } },
                { kind: "Field", name: { kind: "Name", value: "minUpvotes" } },
                { kind: "Field", name: { kind: "Name", value: "hasCode" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DigestSubscriptionFieldsFragment, unknown>;
export const PaperFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PaperFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Paper" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "arxivId" } },
          { kind: "Field", name: { kind: "Name", value: "arxivUrl" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "abstract" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "dailyDate" } },
          { kind: "Field", name: { kind: "Name", value: "authorCount" } },
          { kind: "Field", name: { kind: "Name", value: "upvotes" } },
          { kind: "Field", name: { kind: "Name", value: "viewerHasUpvoted" } },
          { kind: "Field", name: { kind: "Name", value: "keywords" } },
          { kind: "Field", name: { kind: "Name", value: "projectPage" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaperFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PageInfoFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PageInfo" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
          { kind: "Field", name: { kind: "Name", value: "hasPreviousPage" } },
          { kind: "Field", name: { kind: "Name", value: "startCursor" } },
          { kind: "Field", name: { kind: "Name", value: "endCursor" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const WatchChannelFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WatchChannelFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Watch" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "feedUrls" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "atom" } },
                { kind: "Field", name: { kind: "Name", value: "rss" } },
                { kind: "Field", name: { kind: "Name", value: "json" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WatchChannelFieldsFragment, unknown>;
export const WatchFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WatchFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Watch" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "filter" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "search" } },
                { kind: "Field", name: { kind: "Name", value: "keywords" } },
                { kind: "Field", name: { kind: "Name", value: "minUpvotes" } },
                { kind: "Field", name: { kind: "Name", value: "hasCode" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "trigger" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "window" } },
                { kind: "Field", name: { kind: "Name", value: "top" } },
                { kind: "Field", name: { kind: "Name", value: "upvotes" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WatchFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WebhookEndpointFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "WebhookEndpoint" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "url" } },
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "disabledAt" } },
          { kind: "Field", name: { kind: "Name", value: "disabledReason" } },
          { kind: "Field", name: { kind: "Name", value: "consecutiveFailures" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookEndpointFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WebhookDeliveryFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "WebhookDelivery" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "eventId" } },
          { kind: "Field", name: { kind: "Name", value: "webhookId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "attempts" } },
          { kind: "Field", name: { kind: "Name", value: "lastResponseCode" } },
          { kind: "Field", name: { kind: "Name", value: "lastError" } },
          { kind: "Field", name: { kind: "Name", value: "nextAttemptAt" } },
          { kind: "Field", name: { kind: "Name", value: "deliveredAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const ViewerDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Viewer" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "viewer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "handle" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CreateUserDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateUser" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateUserInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createUser" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "clientMutationId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "user" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "handle" } },
                      { kind: "Field", name: { kind: "Name", value: "role" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const CreateTokenDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateToken" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateTokenInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createToken" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "token" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "apiToken" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      { kind: "Field", name: { kind: "Name", value: "revokedAt" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "user" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "handle" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateTokenMutation, CreateTokenMutationVariables>;
export const RevokeTokenDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RevokeToken" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RevokeTokenInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "revokeToken" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "apiToken" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "revokedAt" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeTokenMutation, RevokeTokenMutationVariables>;
export const SetUserRoleDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetUserRole" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "SetUserRoleInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setUserRole" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "user" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "role" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetUserRoleMutation, SetUserRoleMutationVariables>;
export const AuditLogDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AuditLog" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "AuditLogFilter" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "auditLog" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "action" } },
                      { kind: "Field", name: { kind: "Name", value: "targetId" } },
                      { kind: "Field", name: { kind: "Name", value: "changes" } },
                      { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "actor" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "handle" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const ArxivPaperDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ArxivPaper" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "arxivId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "paper" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "arxivId" },
                value: { kind: "Variable", name: { kind: "Name", value: "arxivId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "abstract" } },
                { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
                { kind: "Field", name: { kind: "Name", value: "revisedAt" } },
                { kind: "Field", name: { kind: "Name", value: "keywords" } },
                { kind: "Field", name: { kind: "Name", value: "categories" } },
                { kind: "Field", name: { kind: "Name", value: "doi" } },
                { kind: "Field", name: { kind: "Name", value: "journalRef" } },
                { kind: "Field", name: { kind: "Name", value: "license" } },
                { kind: "Field", name: { kind: "Name", value: "comments" } },
                { kind: "Field", name: { kind: "Name", value: "authorCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "authors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "edges" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "node" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArxivPaperQuery, ArxivPaperQueryVariables>;
export const FilteredArxivIdsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "FilteredArxivIds" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "PaperFilterInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "papers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "50" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "field" },
                      value: { kind: "EnumValue", value: "PUBLISHED_AT" },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "direction" },
                      value: { kind: "EnumValue", value: "ASC" },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "arxivId" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FilteredArxivIdsQuery, FilteredArxivIdsQueryVariables>;
export const AuthorListDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AuthorList" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "search" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "authors" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "search" },
                value: { kind: "Variable", name: { kind: "Name", value: "search" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuthorListQuery, AuthorListQueryVariables>;
export const AuthorPapersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AuthorPapers" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "node" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Author" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "papers" },
                        arguments: [
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "first" },
                            value: { kind: "Variable", name: { kind: "Name", value: "first" } },
                          },
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "after" },
                            value: { kind: "Variable", name: { kind: "Name", value: "after" } },
                          },
                        ],
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "pageInfo" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                                  { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "nodes" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuthorPapersQuery, AuthorPapersQueryVariables>;
export const CreatePaperDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreatePaper" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreatePaperInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createPaper" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "clientMutationId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "paper" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "arxivId" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "authorCount" } },
                      { kind: "Field", name: { kind: "Name", value: "projectPage" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "authors" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "edges" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "position" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "node" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "name" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePaperMutation, CreatePaperMutationVariables>;
export const UpdatePaperDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdatePaper" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "UpdatePaperInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updatePaper" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "paper" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "abstract" } },
                      { kind: "Field", name: { kind: "Name", value: "projectPage" } },
                      { kind: "Field", name: { kind: "Name", value: "categories" } },
                      { kind: "Field", name: { kind: "Name", value: "doi" } },
                      { kind: "Field", name: { kind: "Name", value: "journalRef" } },
                      { kind: "Field", name: { kind: "Name", value: "license" } },
                      { kind: "Field", name: { kind: "Name", value: "comments" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "authors" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "edges" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "node" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePaperMutation, UpdatePaperMutationVariables>;
export const DeletePaperDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeletePaper" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DeletePaperInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "deletePaper" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "deletedPaperId" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeletePaperMutation, DeletePaperMutationVariables>;
export const RestorePaperDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RestorePaper" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RestorePaperInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "restorePaper" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "paper" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestorePaperMutation, RestorePaperMutationVariables>;
export const LinkRepositoryDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "LinkRepository" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "LinkRepositoryInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "linkRepository" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "repository" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "url" } },
                      { kind: "Field", name: { kind: "Name", value: "provider" } },
                      { kind: "Field", name: { kind: "Name", value: "owner" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "paper" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "repositories" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "totalCount" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkRepositoryMutation, LinkRepositoryMutationVariables>;
export const UnlinkRepositoryDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UnlinkRepository" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UnlinkRepositoryInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "unlinkRepository" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "paper" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "repositories" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "totalCount" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnlinkRepositoryMutation, UnlinkRepositoryMutationVariables>;
export const UpdateRepositoryDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateRepository" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateRepositoryInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateRepository" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "repository" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "stars" } },
                      { kind: "Field", name: { kind: "Name", value: "language" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateRepositoryMutation, UpdateRepositoryMutationVariables>;
export const MergeAuthorsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MergeAuthors" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "MergeAuthorsInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "mergeAuthors" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "mergedCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "author" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MergeAuthorsMutation, MergeAuthorsMutationVariables>;
export const PaperAuthorNamesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PaperAuthorNames" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "node" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Paper" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "authors" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "edges" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "position" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "node" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaperAuthorNamesQuery, PaperAuthorNamesQueryVariables>;
export const SubscribeToDigestDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SubscribeToDigest" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "SubscribeToDigestInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "subscribeToDigest" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "message" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubscribeToDigestMutation, SubscribeToDigestMutationVariables>;
export const ConfirmDigestSubscriptionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ConfirmDigestSubscription" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DigestLinkInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "confirmDigestSubscription" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "subscription" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "email" } },
                      { kind: "Field", name: { kind: "Name", value: "frequency" } },
                      { kind: "Field", name: { kind: "Name", value: "confirmed" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmDigestSubscriptionMutation, ConfirmDigestSubscriptionMutationVariables>;
export const UnsubscribeFromDigestDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UnsubscribeFromDigest" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DigestLinkInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "unsubscribeFromDigest" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "unsubscribed" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnsubscribeFromDigestMutation, UnsubscribeFromDigestMutationVariables>;
export const MyDigestSubscriptionsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyDigestSubscriptions" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "viewer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "digestSubscriptions" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "10" },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "nodes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "DigestSubscriptionFields" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DigestSubscriptionFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DigestSubscription" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "frequency" } },
          { kind: "Field", name: { kind: "Name", value: "confirmed" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "search" } },
                { kind: "Field", name: { kind: "Name", value: "keywords" } },
                { kind: "Field", name: { kind: "Name", value: "minUpvotes" } },
                { kind: "Field", name: { kind: "Name", value: "hasCode" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyDigestSubscriptionsQuery, MyDigestSubscriptionsQueryVariables>;
export const UpdateDigestSubscriptionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateDigestSubscription" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateDigestSubscriptionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateDigestSubscription" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "subscription" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "DigestSubscriptionFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DigestSubscriptionFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DigestSubscription" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "frequency" } },
          { kind: "Field", name: { kind: "Name", value: "confirmed" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "search" } },
                { kind: "Field", name: { kind: "Name", value: "keywords" } },
                { kind: "Field", name: { kind: "Name", value: "minUpvotes" } },
                { kind: "Field", name: { kind: "Name", value: "hasCode" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateDigestSubscriptionMutation, UpdateDigestSubscriptionMutationVariables>;
export const CancelDigestSubscriptionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CancelDigestSubscription" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CancelDigestSubscriptionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cancelDigestSubscription" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "cancelledSubscriptionId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "field" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelDigestSubscriptionMutation, CancelDigestSubscriptionMutationVariables>;
export const DigestSubscribersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DigestSubscribers" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "email" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "digestSubscriptions" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "50" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "email" },
                value: { kind: "Variable", name: { kind: "Name", value: "email" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "DigestSubscriptionFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DigestSubscriptionFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DigestSubscription" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "frequency" } },
          { kind: "Field", name: { kind: "Name", value: "confirmed" } },
          { kind: "Field", name: { kind: "Name", value: "confirmedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "topic" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "search" } },
                { kind: "Field", name: { kind: "Name", value: "keywords" } },
                { kind: "Field", name: { kind: "Name", value: "minUpvotes" } },
                { kind: "Field", name: { kind: "Name", value: "hasCode" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DigestSubscribersQuery, DigestSubscribersQueryVariables>;
export const HubPaperDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "HubPaper" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "arxivId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "paper" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "arxivId" },
                value: { kind: "Variable", name: { kind: "Name", value: "arxivId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "keywords" } },
                { kind: "Field", name: { kind: "Name", value: "aiSummary" } },
                { kind: "Field", name: { kind: "Name", value: "aiKeywords" } },
                { kind: "Field", name: { kind: "Name", value: "mediaUrls" } },
                { kind: "Field", name: { kind: "Name", value: "numComments" } },
                { kind: "Field", name: { kind: "Name", value: "withdrawnAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "submittedBy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                      { kind: "Field", name: { kind: "Name", value: "avatarUrl" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "organization" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                      { kind: "Field", name: { kind: "Name", value: "avatarUrl" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "repositories" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "nodes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "url" } },
                            { kind: "Field", name: { kind: "Name", value: "stars" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HubPaperQuery, HubPaperQueryVariables>;
export const CreateFeedFieldsWatchDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateFeedFieldsWatch" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateWatchInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createWatch" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "watch" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "filter" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "category" } },
                            { kind: "Field", name: { kind: "Name", value: "hasDoi" } },
                            { kind: "Field", name: { kind: "Name", value: "submitter" } },
                            { kind: "Field", name: { kind: "Name", value: "organization" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateFeedFieldsWatchMutation, CreateFeedFieldsWatchMutationVariables>;
export const ImportPapersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ImportPapers" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ImportPapersInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "importPapers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "clientMutationId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "summary" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "created" } },
                      { kind: "Field", name: { kind: "Name", value: "updated" } },
                      { kind: "Field", name: { kind: "Name", value: "unchanged" } },
                      { kind: "Field", name: { kind: "Name", value: "rejected" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "rejections" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "index" } },
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "reason" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportPapersMutation, ImportPapersMutationVariables>;
export const ImportedPaperDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ImportedPaper" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "arxivId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "paper" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "arxivId" },
                value: { kind: "Variable", name: { kind: "Name", value: "arxivId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "abstract" } },
                { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
                { kind: "Field", name: { kind: "Name", value: "dailyDate" } },
                { kind: "Field", name: { kind: "Name", value: "authorCount" } },
                { kind: "Field", name: { kind: "Name", value: "upvotes" } },
                { kind: "Field", name: { kind: "Name", value: "keywords" } },
                { kind: "Field", name: { kind: "Name", value: "projectPage" } },
                { kind: "Field", name: { kind: "Name", value: "thumbnail" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "authors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "edges" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "position" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "node" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "repositories" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "edges" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "isOfficial" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "node" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "url" } },
                                  { kind: "Field", name: { kind: "Name", value: "provider" } },
                                  { kind: "Field", name: { kind: "Name", value: "stars" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportedPaperQuery, ImportedPaperQueryVariables>;
export const NodeByIdDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "NodeById" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "node" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Paper" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "title" } }],
                  },
                },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Author" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }],
                  },
                },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Repository" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "url" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "NodesByIds" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "ids" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "nodes" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "ids" },
                value: { kind: "Variable", name: { kind: "Name", value: "ids" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const PaperListDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PaperList" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "last" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "before" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "PaperFilterInput" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "orderBy" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "PaperOrderInput" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "papers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "last" },
                value: { kind: "Variable", name: { kind: "Name", value: "last" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "before" },
                value: { kind: "Variable", name: { kind: "Name", value: "before" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "orderBy" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PageInfoFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PaperFields" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PageInfoFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PageInfo" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
          { kind: "Field", name: { kind: "Name", value: "hasPreviousPage" } },
          { kind: "Field", name: { kind: "Name", value: "startCursor" } },
          { kind: "Field", name: { kind: "Name", value: "endCursor" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PaperFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Paper" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "arxivId" } },
          { kind: "Field", name: { kind: "Name", value: "arxivUrl" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "abstract" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "dailyDate" } },
          { kind: "Field", name: { kind: "Name", value: "authorCount" } },
          { kind: "Field", name: { kind: "Name", value: "upvotes" } },
          { kind: "Field", name: { kind: "Name", value: "viewerHasUpvoted" } },
          { kind: "Field", name: { kind: "Name", value: "keywords" } },
          { kind: "Field", name: { kind: "Name", value: "projectPage" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaperListQuery, PaperListQueryVariables>;
export const PapersWithRelationsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PapersWithRelations" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "papers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "authors" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "edges" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "position" } },
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "node" },
                                          selectionSet: {
                                            kind: "SelectionSet",
                                            selections: [
                                              { kind: "Field", name: { kind: "Name", value: "id" } },
                                              { kind: "Field", name: { kind: "Name", value: "name" } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "repositories" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "edges" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "isOfficial" } },
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "node" },
                                          selectionSet: {
                                            kind: "SelectionSet",
                                            selections: [
                                              { kind: "Field", name: { kind: "Name", value: "id" } },
                                              { kind: "Field", name: { kind: "Name", value: "url" } },
                                              { kind: "Field", name: { kind: "Name", value: "provider" } },
                                              { kind: "Field", name: { kind: "Name", value: "stars" } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PapersWithRelationsQuery, PapersWithRelationsQueryVariables>;
export const DailyPapersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DailyPapers" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "date" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Date" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "dailyPapers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "date" },
                value: { kind: "Variable", name: { kind: "Name", value: "date" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PaperFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PaperFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Paper" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "arxivId" } },
          { kind: "Field", name: { kind: "Name", value: "arxivUrl" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "abstract" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "dailyDate" } },
          { kind: "Field", name: { kind: "Name", value: "authorCount" } },
          { kind: "Field", name: { kind: "Name", value: "upvotes" } },
          { kind: "Field", name: { kind: "Name", value: "viewerHasUpvoted" } },
          { kind: "Field", name: { kind: "Name", value: "keywords" } },
          { kind: "Field", name: { kind: "Name", value: "projectPage" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DailyPapersQuery, DailyPapersQueryVariables>;
export const PaperByArxivIdDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PaperByArxivId" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "arxivId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "paper" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "arxivId" },
                value: { kind: "Variable", name: { kind: "Name", value: "arxivId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PaperFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PaperFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Paper" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "arxivId" } },
          { kind: "Field", name: { kind: "Name", value: "arxivUrl" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "abstract" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "dailyDate" } },
          { kind: "Field", name: { kind: "Name", value: "authorCount" } },
          { kind: "Field", name: { kind: "Name", value: "upvotes" } },
          { kind: "Field", name: { kind: "Name", value: "viewerHasUpvoted" } },
          { kind: "Field", name: { kind: "Name", value: "keywords" } },
          { kind: "Field", name: { kind: "Name", value: "projectPage" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaperByArxivIdQuery, PaperByArxivIdQueryVariables>;
export const RepositoryListDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RepositoryList" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "RepositoryFilterInput" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "orderBy" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "RepositoryOrderInput" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "repositories" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "orderBy" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "url" } },
                      { kind: "Field", name: { kind: "Name", value: "provider" } },
                      { kind: "Field", name: { kind: "Name", value: "owner" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "stars" } },
                      { kind: "Field", name: { kind: "Name", value: "language" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RepositoryListQuery, RepositoryListQueryVariables>;
export const RepositoryPapersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RepositoryPapers" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "node" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Repository" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "papers" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "edges" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "isOfficial" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "node" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "title" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RepositoryPapersQuery, RepositoryPapersQueryVariables>;
export const PaperChangesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PaperChanges" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "paperChanges" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "kind" } },
                            { kind: "Field", name: { kind: "Name", value: "changedAt" } },
                            { kind: "Field", name: { kind: "Name", value: "paperId" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "paper" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "authors" },
                                    arguments: [
                                      {
                                        kind: "Argument",
                                        name: { kind: "Name", value: "first" },
                                        value: { kind: "IntValue", value: "100" },
                                      },
                                    ],
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "nodes" },
                                          selectionSet: {
                                            kind: "SelectionSet",
                                            selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "repositories" },
                                    arguments: [
                                      {
                                        kind: "Argument",
                                        name: { kind: "Name", value: "first" },
                                        value: { kind: "IntValue", value: "100" },
                                      },
                                    ],
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "nodes" },
                                          selectionSet: {
                                            kind: "SelectionSet",
                                            selections: [{ kind: "Field", name: { kind: "Name", value: "url" } }],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaperChangesQuery, PaperChangesQueryVariables>;
export const CatalogPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CatalogPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "papers" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "authors" },
                        arguments: [
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "first" },
                            value: { kind: "IntValue", value: "100" },
                          },
                        ],
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "nodes" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "repositories" },
                        arguments: [
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "first" },
                            value: { kind: "IntValue", value: "100" },
                          },
                        ],
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "nodes" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "url" } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogPageQuery, CatalogPageQueryVariables>;
export const PapersUpdatedSinceDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PapersUpdatedSince" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "since" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "papers" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "updatedSince" },
                      value: { kind: "Variable", name: { kind: "Name", value: "since" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PapersUpdatedSinceQuery, PapersUpdatedSinceQueryVariables>;
export const TrendingPapersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "TrendingPapers" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "window" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "TrendingWindow" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "PaperFilterInput" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "asOf" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "trendingPapers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "window" },
                value: { kind: "Variable", name: { kind: "Name", value: "window" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "asOf" },
                value: { kind: "Variable", name: { kind: "Name", value: "asOf" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "rank" } },
                      { kind: "Field", name: { kind: "Name", value: "score" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "upvotes" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrendingPapersQuery, TrendingPapersQueryVariables>;
export const TrendingPaperAddedDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "TrendingPaperAdded" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "window" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "TrendingWindow" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "top" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "trendingPaperAdded" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "window" },
                value: { kind: "Variable", name: { kind: "Name", value: "window" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "top" },
                value: { kind: "Variable", name: { kind: "Name", value: "top" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "rank" } },
                { kind: "Field", name: { kind: "Name", value: "score" } },
                { kind: "Field", name: { kind: "Name", value: "window" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "paper" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "upvotes" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrendingPaperAddedSubscription, TrendingPaperAddedSubscriptionVariables>;
export const PaperUpvotesChangedDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "PaperUpvotesChanged" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "paperId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "paperUpvotesChanged" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "paperId" },
                value: { kind: "Variable", name: { kind: "Name", value: "paperId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "upvotes" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaperUpvotesChangedSubscription, PaperUpvotesChangedSubscriptionVariables>;
export const PaperTrendsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PaperTrends" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "window" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "TrendingWindow" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "trendingPapers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "window" },
                value: { kind: "Variable", name: { kind: "Name", value: "window" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "trend" },
                        arguments: [
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "window" },
                            value: { kind: "Variable", name: { kind: "Name", value: "window" } },
                          },
                        ],
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "window" } },
                            { kind: "Field", name: { kind: "Name", value: "halfLifeHours" } },
                            { kind: "Field", name: { kind: "Name", value: "score" } },
                            { kind: "Field", name: { kind: "Name", value: "rank" } },
                            { kind: "Field", name: { kind: "Name", value: "importedUpvotes" } },
                            { kind: "Field", name: { kind: "Name", value: "importedUpvotesCountedAt" } },
                            { kind: "Field", name: { kind: "Name", value: "importedScore" } },
                            { kind: "Field", name: { kind: "Name", value: "votesLastHour" } },
                            { kind: "Field", name: { kind: "Name", value: "votesLastDay" } },
                            { kind: "Field", name: { kind: "Name", value: "votesLastWeek" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaperTrendsQuery, PaperTrendsQueryVariables>;
export const UpvotePaperDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpvotePaper" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "PaperVoteInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "upvotePaper" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "clientMutationId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "paper" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "upvotes" } },
                      { kind: "Field", name: { kind: "Name", value: "viewerHasUpvoted" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpvotePaperMutation, UpvotePaperMutationVariables>;
export const RemoveUpvoteDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RemoveUpvote" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "PaperVoteInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "removeUpvote" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "clientMutationId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "paper" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "upvotes" } },
                      { kind: "Field", name: { kind: "Name", value: "viewerHasUpvoted" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveUpvoteMutation, RemoveUpvoteMutationVariables>;
export const RemoveVotesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RemoveVotes" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RemoveVotesInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "removeVotes" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "removedCount" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveVotesMutation, RemoveVotesMutationVariables>;
export const PaperVotesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PaperVotes" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "node" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Paper" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "upvotes" } },
                      { kind: "Field", name: { kind: "Name", value: "viewerHasUpvoted" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaperVotesQuery, PaperVotesQueryVariables>;
export const CreateWatchWithChannelsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateWatchWithChannels" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateWatchInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createWatch" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "watch" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "WatchChannelFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WatchChannelFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Watch" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "feedUrls" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "atom" } },
                { kind: "Field", name: { kind: "Name", value: "rss" } },
                { kind: "Field", name: { kind: "Name", value: "json" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateWatchWithChannelsMutation, CreateWatchWithChannelsMutationVariables>;
export const UpdateWatchChannelsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateWatchChannels" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "UpdateWatchInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateWatch" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "watch" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "WatchChannelFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WatchChannelFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Watch" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "feedUrls" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "atom" } },
                { kind: "Field", name: { kind: "Name", value: "rss" } },
                { kind: "Field", name: { kind: "Name", value: "json" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateWatchChannelsMutation, UpdateWatchChannelsMutationVariables>;
export const RotateWatchFeedTokenDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RotateWatchFeedToken" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RotateWatchFeedTokenInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "rotateWatchFeedToken" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "watch" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "WatchChannelFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WatchChannelFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Watch" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "feedUrls" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "atom" } },
                { kind: "Field", name: { kind: "Name", value: "rss" } },
                { kind: "Field", name: { kind: "Name", value: "json" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RotateWatchFeedTokenMutation, RotateWatchFeedTokenMutationVariables>;
export const MyWatchChannelsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyWatchChannels" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "viewer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "watches" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "nodes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "WatchChannelFields" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WatchChannelFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Watch" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "feedUrls" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "atom" } },
                { kind: "Field", name: { kind: "Name", value: "rss" } },
                { kind: "Field", name: { kind: "Name", value: "json" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyWatchChannelsQuery, MyWatchChannelsQueryVariables>;
export const CreateWatchDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateWatch" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateWatchInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createWatch" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "watch" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "WatchFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WatchFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Watch" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "filter" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "search" } },
                { kind: "Field", name: { kind: "Name", value: "keywords" } },
                { kind: "Field", name: { kind: "Name", value: "minUpvotes" } },
                { kind: "Field", name: { kind: "Name", value: "hasCode" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "trigger" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "window" } },
                { kind: "Field", name: { kind: "Name", value: "top" } },
                { kind: "Field", name: { kind: "Name", value: "upvotes" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateWatchMutation, CreateWatchMutationVariables>;
export const UpdateWatchDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateWatch" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "UpdateWatchInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateWatch" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "watch" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "WatchFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WatchFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Watch" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "filter" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "search" } },
                { kind: "Field", name: { kind: "Name", value: "keywords" } },
                { kind: "Field", name: { kind: "Name", value: "minUpvotes" } },
                { kind: "Field", name: { kind: "Name", value: "hasCode" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "trigger" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "window" } },
                { kind: "Field", name: { kind: "Name", value: "top" } },
                { kind: "Field", name: { kind: "Name", value: "upvotes" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateWatchMutation, UpdateWatchMutationVariables>;
export const DeleteWatchDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeleteWatch" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DeleteWatchInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "deleteWatch" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "deletedWatchId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteWatchMutation, DeleteWatchMutationVariables>;
export const MyWatchesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyWatches" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "viewer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "watches" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "nodes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "WatchFields" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "events" },
                              arguments: [
                                {
                                  kind: "Argument",
                                  name: { kind: "Name", value: "first" },
                                  value: { kind: "IntValue", value: "50" },
                                },
                              ],
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "nodes" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "trigger" } },
                                        { kind: "Field", name: { kind: "Name", value: "upvotes" } },
                                        { kind: "Field", name: { kind: "Name", value: "rank" } },
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "paper" },
                                          selectionSet: {
                                            kind: "SelectionSet",
                                            selections: [{ kind: "Field", name: { kind: "Name", value: "title" } }],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WatchFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Watch" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "filter" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "search" } },
                { kind: "Field", name: { kind: "Name", value: "keywords" } },
                { kind: "Field", name: { kind: "Name", value: "minUpvotes" } },
                { kind: "Field", name: { kind: "Name", value: "hasCode" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "trigger" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "window" } },
                { kind: "Field", name: { kind: "Name", value: "top" } },
                { kind: "Field", name: { kind: "Name", value: "upvotes" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyWatchesQuery, MyWatchesQueryVariables>;
export const WatchEventRaisedDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "WatchEventRaised" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "watchId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "watchEvent" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "watchId" },
                value: { kind: "Variable", name: { kind: "Name", value: "watchId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "trigger" } },
                { kind: "Field", name: { kind: "Name", value: "upvotes" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "paper" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "title" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "watch" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WatchEventRaisedSubscription, WatchEventRaisedSubscriptionVariables>;
export const CreateWebhookEndpointDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateWebhookEndpoint" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateWebhookEndpointInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createWebhookEndpoint" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "webhookEndpoint" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "WebhookEndpointFields" } }],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "secret" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WebhookEndpointFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "WebhookEndpoint" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "url" } },
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "disabledAt" } },
          { kind: "Field", name: { kind: "Name", value: "disabledReason" } },
          { kind: "Field", name: { kind: "Name", value: "consecutiveFailures" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeleteWebhookEndpoint" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "WebhookEndpointInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "deleteWebhookEndpoint" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "deletedWebhookEndpointId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const EnableWebhookEndpointDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "EnableWebhookEndpoint" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "WebhookEndpointInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "enableWebhookEndpoint" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "webhookEndpoint" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "WebhookEndpointFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WebhookEndpointFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "WebhookEndpoint" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "url" } },
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "disabledAt" } },
          { kind: "Field", name: { kind: "Name", value: "disabledReason" } },
          { kind: "Field", name: { kind: "Name", value: "consecutiveFailures" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnableWebhookEndpointMutation, EnableWebhookEndpointMutationVariables>;
export const RedeliverWebhookDeliveryDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RedeliverWebhookDelivery" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RedeliverWebhookDeliveryInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "redeliverWebhookDelivery" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "webhookDelivery" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "WebhookDeliveryFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WebhookDeliveryFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "WebhookDelivery" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "eventId" } },
          { kind: "Field", name: { kind: "Name", value: "webhookId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "attempts" } },
          { kind: "Field", name: { kind: "Name", value: "lastResponseCode" } },
          { kind: "Field", name: { kind: "Name", value: "lastError" } },
          { kind: "Field", name: { kind: "Name", value: "nextAttemptAt" } },
          { kind: "Field", name: { kind: "Name", value: "deliveredAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RedeliverWebhookDeliveryMutation, RedeliverWebhookDeliveryMutationVariables>;
export const MyWebhookEndpointsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyWebhookEndpoints" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "viewer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "watches" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "nodes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "webhookEndpoints" },
                              arguments: [
                                {
                                  kind: "Argument",
                                  name: { kind: "Name", value: "first" },
                                  value: { kind: "IntValue", value: "10" },
                                },
                              ],
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "nodes" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        {
                                          kind: "FragmentSpread",
                                          name: { kind: "Name", value: "WebhookEndpointFields" },
                                        },
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "deliveries" },
                                          arguments: [
                                            {
                                              kind: "Argument",
                                              name: { kind: "Name", value: "first" },
                                              value: { kind: "IntValue", value: "20" },
                                            },
                                          ],
                                          selectionSet: {
                                            kind: "SelectionSet",
                                            selections: [
                                              { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                                              {
                                                kind: "Field",
                                                name: { kind: "Name", value: "nodes" },
                                                selectionSet: {
                                                  kind: "SelectionSet",
                                                  selections: [
                                                    {
                                                      kind: "FragmentSpread",
                                                      name: { kind: "Name", value: "WebhookDeliveryFields" },
                                                    },
                                                  ],
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WebhookEndpointFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "WebhookEndpoint" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "url" } },
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "disabledAt" } },
          { kind: "Field", name: { kind: "Name", value: "disabledReason" } },
          { kind: "Field", name: { kind: "Name", value: "consecutiveFailures" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WebhookDeliveryFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "WebhookDelivery" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "eventId" } },
          { kind: "Field", name: { kind: "Name", value: "webhookId" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "attempts" } },
          { kind: "Field", name: { kind: "Name", value: "lastResponseCode" } },
          { kind: "Field", name: { kind: "Name", value: "lastError" } },
          { kind: "Field", name: { kind: "Name", value: "nextAttemptAt" } },
          { kind: "Field", name: { kind: "Name", value: "deliveredAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyWebhookEndpointsQuery, MyWebhookEndpointsQueryVariables>;
