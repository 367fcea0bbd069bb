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
  /** A field whose value conforms to the standard URL format as specified in RFC3986: https://www.ietf.org/rfc/rfc3986.txt. */
  URL: { input: string; output: string };
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
  /** arXiv identifier without its version suffix, such as `2410.17243`. */
  arxivId?: Maybe<Scalars["String"]["output"]>;
  /** The paper's arXiv abstract page. */
  arxivUrl?: Maybe<Scalars["URL"]["output"]>;
  /** Number of authors as the source reported it, even when their names are unknown. */
  authorCount: Scalars["Int"]["output"];
  /** The paper's authors, in the paper's order. */
  authors: PaperAuthorConnection;
  /** When the paper was added to the catalog. */
  createdAt: Scalars["DateTime"]["output"];
  /** The day the paper was put on the daily list, if it was. */
  dailyDate?: Maybe<Scalars["Date"]["output"]>;
  /** Opaque global ID of the paper. */
  id: Scalars["ID"]["output"];
  /** Keywords describing the paper. */
  keywords: Array<Scalars["String"]["output"]>;
  /** The paper's project page. */
  projectPage?: Maybe<Scalars["URL"]["output"]>;
  /** When the paper was first published. */
  publishedAt: Scalars["DateTime"]["output"];
  /** Repositories holding the paper's code, official ones first. */
  repositories: PaperRepositoryConnection;
  /** A thumbnail image of the paper. */
  thumbnail?: Maybe<Scalars["URL"]["output"]>;
  /** Title, with whitespace normalised. */
  title: Scalars["String"]["output"];
  /** When the paper's record last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Community upvotes, including those reported by the source it was imported from. */
  upvotes: Scalars["Int"]["output"];
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
  /** Put on the daily list on this day. */
  dailyDate?: InputMaybe<Scalars["Date"]["input"]>;
  /** True for papers with at least one linked repository, false for none. */
  hasCode?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Published on or after this day (UTC). */
  publishedFrom?: InputMaybe<Scalars["Date"]["input"]>;
  /** Published on or before this day (UTC). */
  publishedTo?: InputMaybe<Scalars["Date"]["input"]>;
  /** Only papers whose code is in this repository. */
  repositoryId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Full-text search over title and abstract, in web-search syntax: `"exact phrase"`, `or`, `-exclude`. */
  search?: InputMaybe<Scalars["String"]["input"]>;
};

/** What papers can be ordered by. Ties are broken by the order papers were added. */
export type PaperOrderField =
  /** Day on the daily list; papers never listed come last in DESC, first in ASC. */
  | "DAILY_DATE"
  /** Publication time. */
  | "PUBLISHED_AT"
  /** How well the paper matches `filter.search`; needs a search. */
  | "RELEVANCE"
  /** Community upvotes. */
  | "UPVOTES";

/** How to order a list of papers. */
export type PaperOrderInput = {
  /** The direction to order in. */
  direction: OrderDirection;
  /** The field to order by. */
  field: PaperOrderField;
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

/** The query root of the papergraph API. */
export type Query = {
  __typename?: "Query";
  /** Authors in name order. */
  authors: AuthorConnection;
  /** The daily list of one day, most upvoted first by default. */
  dailyPapers: PaperConnection;
  /** Fetches any object by its global ID. */
  node?: Maybe<Node>;
  /** Fetches up to 100 objects by global ID, in the order given; unknown IDs come back as null with an error. */
  nodes: Array<Maybe<Node>>;
  /** Looks up a paper by arXiv ID; a version suffix is ignored. */
  paper?: Maybe<Paper>;
  /** Papers in the catalog, filtered and ordered. */
  papers: PaperConnection;
  /** Code repositories linked to papers. */
  repositories: RepositoryConnection;
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
  /** Normalised URL of the repository; unique in the catalog. */
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
    | null;
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
    | null;
};

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
