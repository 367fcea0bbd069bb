import type { GraphiQLProps } from "graphiql";

/**
 * The tabs a first visit opens with; GraphiQL names each tab after its operation. The daily
 * page's date is one of the sample catalog's (data/sample/seed-papers.json). No text ends in a
 * newline: Monaco would show a dimmed last line number, too faint to read.
 */
export const exampleTabs: NonNullable<GraphiQLProps["defaultTabs"]> = [
  {
    query: `# One day's list, most upvoted first.
query DailyPage($date: Date!) {
  dailyPapers(date: $date, first: 10) {
    totalCount
    nodes {
      title
      upvotes
      authors(first: 3) {
        nodes {
          name
        }
      }
    }
  }
}`,
    variables: `{ "date": "2023-12-26" }`,
  },
  {
    query: `# Full-text search over titles and abstracts, best match first.
query Search($search: String!) {
  papers(filter: { search: $search }, first: 10) {
    totalCount
    nodes {
      title
      publishedAt
      arxivUrl
    }
  }
}`,
    variables: `{ "search": "reasoning" }`,
  },
  {
    query: `# Papers ranked by recent votes.
query Trending {
  trendingPapers(window: WEEK, first: 10) {
    edges {
      rank
      score
      node {
        id
        title
        upvotes
      }
    }
  }
}`,
  },
  {
    query: `# Run it, then upvote a paper (the Upvote tab): each paper that enters
# today's top 10 arrives here over a websocket, until you stop it.
subscription LiveTrending {
  trendingPaperAdded(window: DAY, top: 10) {
    rank
    score
    at
    paper {
      title
      upvotes
    }
  }
}`,
  },
  {
    query: `# Needs a signed-in user: \`npm run token\` prints a token; put it in the
# Headers pane below as {"Authorization": "Bearer pgt_..."}.
# Take a paper's id from the Trending or Search tab.
mutation Upvote($paperId: ID!) {
  upvotePaper(input: { paperId: $paperId }) {
    paper {
      title
      upvotes
      viewerHasUpvoted
    }
    userErrors {
      field
      message
    }
  }
}`,
    variables: `{ "paperId": "" }`,
  },
];
