/* eslint-disable */
import * as types from "./graphql";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "query AuthorList($search: String, $first: Int, $after: String) {\n  authors(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n    }\n  }\n}\n\nquery AuthorPapers($id: ID!, $first: Int, $after: String) {\n  node(id: $id) {\n    __typename\n    ... on Author {\n      name\n      papers(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n}": typeof types.AuthorListDocument;
  "query NodeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Paper {\n      title\n    }\n    ... on Author {\n      name\n    }\n    ... on Repository {\n      url\n    }\n  }\n}\n\nquery NodesByIds($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    __typename\n    id\n  }\n}": typeof types.NodeByIdDocument;
  "fragment PaperFields on Paper {\n  id\n  arxivId\n  arxivUrl\n  title\n  abstract\n  publishedAt\n  dailyDate\n  authorCount\n  upvotes\n  keywords\n  projectPage\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nquery PaperList($first: Int, $after: String, $last: Int, $before: String, $filter: PaperFilterInput, $orderBy: PaperOrderInput) {\n  papers(\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n    filter: $filter\n    orderBy: $orderBy\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...PaperFields\n      }\n    }\n  }\n}\n\nquery PapersWithRelations($first: Int) {\n  papers(first: $first) {\n    edges {\n      node {\n        id\n        title\n        authors {\n          totalCount\n          edges {\n            position\n            node {\n              id\n              name\n            }\n          }\n        }\n        repositories {\n          totalCount\n          edges {\n            isOfficial\n            node {\n              id\n              url\n              provider\n              stars\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nquery DailyPapers($date: Date!, $first: Int) {\n  dailyPapers(date: $date, first: $first) {\n    totalCount\n    nodes {\n      ...PaperFields\n    }\n  }\n}\n\nquery PaperByArxivId($arxivId: String!) {\n  paper(arxivId: $arxivId) {\n    ...PaperFields\n  }\n}": typeof types.PaperFieldsFragmentDoc;
  "query RepositoryList($filter: RepositoryFilterInput, $orderBy: RepositoryOrderInput, $first: Int, $after: String) {\n  repositories(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      url\n      provider\n      owner\n      name\n      stars\n      language\n    }\n  }\n}\n\nquery RepositoryPapers($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Repository {\n      papers {\n        totalCount\n        edges {\n          isOfficial\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n}": typeof types.RepositoryListDocument;
};
const documents: Documents = {
  "query AuthorList($search: String, $first: Int, $after: String) {\n  authors(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n    }\n  }\n}\n\nquery AuthorPapers($id: ID!, $first: Int, $after: String) {\n  node(id: $id) {\n    __typename\n    ... on Author {\n      name\n      papers(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n}":
    types.AuthorListDocument,
  "query NodeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Paper {\n      title\n    }\n    ... on Author {\n      name\n    }\n    ... on Repository {\n      url\n    }\n  }\n}\n\nquery NodesByIds($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    __typename\n    id\n  }\n}":
    types.NodeByIdDocument,
  "fragment PaperFields on Paper {\n  id\n  arxivId\n  arxivUrl\n  title\n  abstract\n  publishedAt\n  dailyDate\n  authorCount\n  upvotes\n  keywords\n  projectPage\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nquery PaperList($first: Int, $after: String, $last: Int, $before: String, $filter: PaperFilterInput, $orderBy: PaperOrderInput) {\n  papers(\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n    filter: $filter\n    orderBy: $orderBy\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...PaperFields\n      }\n    }\n  }\n}\n\nquery PapersWithRelations($first: Int) {\n  papers(first: $first) {\n    edges {\n      node {\n        id\n        title\n        authors {\n          totalCount\n          edges {\n            position\n            node {\n              id\n              name\n            }\n          }\n        }\n        repositories {\n          totalCount\n          edges {\n            isOfficial\n            node {\n              id\n              url\n              provider\n              stars\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nquery DailyPapers($date: Date!, $first: Int) {\n  dailyPapers(date: $date, first: $first) {\n    totalCount\n    nodes {\n      ...PaperFields\n    }\n  }\n}\n\nquery PaperByArxivId($arxivId: String!) {\n  paper(arxivId: $arxivId) {\n    ...PaperFields\n  }\n}":
    types.PaperFieldsFragmentDoc,
  "query RepositoryList($filter: RepositoryFilterInput, $orderBy: RepositoryOrderInput, $first: Int, $after: String) {\n  repositories(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      url\n      provider\n      owner\n      name\n      stars\n      language\n    }\n  }\n}\n\nquery RepositoryPapers($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Repository {\n      papers {\n        totalCount\n        edges {\n          isOfficial\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n}":
    types.RepositoryListDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = gql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function gql(source: string): unknown;

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: "query AuthorList($search: String, $first: Int, $after: String) {\n  authors(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n    }\n  }\n}\n\nquery AuthorPapers($id: ID!, $first: Int, $after: String) {\n  node(id: $id) {\n    __typename\n    ... on Author {\n      name\n      papers(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n}",
): (typeof documents)["query AuthorList($search: String, $first: Int, $after: String) {\n  authors(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n    }\n  }\n}\n\nquery AuthorPapers($id: ID!, $first: Int, $after: String) {\n  node(id: $id) {\n    __typename\n    ... on Author {\n      name\n      papers(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: "query NodeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Paper {\n      title\n    }\n    ... on Author {\n      name\n    }\n    ... on Repository {\n      url\n    }\n  }\n}\n\nquery NodesByIds($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    __typename\n    id\n  }\n}",
): (typeof documents)["query NodeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Paper {\n      title\n    }\n    ... on Author {\n      name\n    }\n    ... on Repository {\n      url\n    }\n  }\n}\n\nquery NodesByIds($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    __typename\n    id\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: "fragment PaperFields on Paper {\n  id\n  arxivId\n  arxivUrl\n  title\n  abstract\n  publishedAt\n  dailyDate\n  authorCount\n  upvotes\n  keywords\n  projectPage\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nquery PaperList($first: Int, $after: String, $last: Int, $before: String, $filter: PaperFilterInput, $orderBy: PaperOrderInput) {\n  papers(\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n    filter: $filter\n    orderBy: $orderBy\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...PaperFields\n      }\n    }\n  }\n}\n\nquery PapersWithRelations($first: Int) {\n  papers(first: $first) {\n    edges {\n      node {\n        id\n        title\n        authors {\n          totalCount\n          edges {\n            position\n            node {\n              id\n              name\n            }\n          }\n        }\n        repositories {\n          totalCount\n          edges {\n            isOfficial\n            node {\n              id\n              url\n              provider\n              stars\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nquery DailyPapers($date: Date!, $first: Int) {\n  dailyPapers(date: $date, first: $first) {\n    totalCount\n    nodes {\n      ...PaperFields\n    }\n  }\n}\n\nquery PaperByArxivId($arxivId: String!) {\n  paper(arxivId: $arxivId) {\n    ...PaperFields\n  }\n}",
): (typeof documents)["fragment PaperFields on Paper {\n  id\n  arxivId\n  arxivUrl\n  title\n  abstract\n  publishedAt\n  dailyDate\n  authorCount\n  upvotes\n  keywords\n  projectPage\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nquery PaperList($first: Int, $after: String, $last: Int, $before: String, $filter: PaperFilterInput, $orderBy: PaperOrderInput) {\n  papers(\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n    filter: $filter\n    orderBy: $orderBy\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...PaperFields\n      }\n    }\n  }\n}\n\nquery PapersWithRelations($first: Int) {\n  papers(first: $first) {\n    edges {\n      node {\n        id\n        title\n        authors {\n          totalCount\n          edges {\n            position\n            node {\n              id\n              name\n            }\n          }\n        }\n        repositories {\n          totalCount\n          edges {\n            isOfficial\n            node {\n              id\n              url\n              provider\n              stars\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nquery DailyPapers($date: Date!, $first: Int) {\n  dailyPapers(date: $date, first: $first) {\n    totalCount\n    nodes {\n      ...PaperFields\n    }\n  }\n}\n\nquery PaperByArxivId($arxivId: String!) {\n  paper(arxivId: $arxivId) {\n    ...PaperFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: "query RepositoryList($filter: RepositoryFilterInput, $orderBy: RepositoryOrderInput, $first: Int, $after: String) {\n  repositories(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      url\n      provider\n      owner\n      name\n      stars\n      language\n    }\n  }\n}\n\nquery RepositoryPapers($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Repository {\n      papers {\n        totalCount\n        edges {\n          isOfficial\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n}",
): (typeof documents)["query RepositoryList($filter: RepositoryFilterInput, $orderBy: RepositoryOrderInput, $first: Int, $after: String) {\n  repositories(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      url\n      provider\n      owner\n      name\n      stars\n      language\n    }\n  }\n}\n\nquery RepositoryPapers($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Repository {\n      papers {\n        totalCount\n        edges {\n          isOfficial\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n}"];

export function gql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
