import { XMLParser } from "fast-xml-parser";
import {
  insertAuthor,
  insertPaper,
  insertRepository,
  insertVotes,
  linkRepository,
  setAuthors,
} from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/server";

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const DAY = "2025-03-04";
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (_name, path) =>
    [
      "feed.link",
      "feed.entry",
      "feed.entry.link",
      "feed.entry.author",
      "rss.channel.item",
      "rss.channel.item.dc:creator",
    ].includes(path as string),
});

type AtomEntry = { title: { "#text": string; "@type": string } };

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${t.origin}${path}`, { headers });
}

describe("feeds", () => {
  let withArxiv: number;

  beforeAll(async () => {
    await t.reset();
    withArxiv = await insertPaper(t.db, {
      title: "Attention & more",
      abstract: "We study <attention>.",
      arxivId: "2503.01234",
      dailyDate: DAY,
      importedUpvotes: 5,
      publishedAt: "2025-03-03T10:00:00Z",
    });
    await insertPaper(t.db, { title: "Local paper", dailyDate: DAY, importedUpvotes: 9, categories: ["cs.LG"] });
    const deleted = await insertPaper(t.db, { title: "Gone", dailyDate: DAY, importedUpvotes: 20, deleted: true });
    await insertPaper(t.db, { title: "Another day", dailyDate: "2025-03-05" });
    const names = ["Zoe Zed", "Amy Alpha", "Bob Beta"];
    await setAuthors(t.db, withArxiv, await Promise.all(names.map((name) => insertAuthor(t.db, name))));
    const repository = await insertRepository(t.db, { url: "https://github.com/acme/attention" });
    await linkRepository(t.db, withArxiv, repository, true);
    await insertVotes(t.db, withArxiv, 2);
    await insertVotes(t.db, deleted, 3);
  });

  test("Atom: the feed and each entry carry what RFC 4287 requires, with authors in order and code links", async () => {
    const response = await get(`/feeds/daily/${DAY}.atom`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const { feed } = xml.parse(await response.text());
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${t.origin}/feeds/daily/${DAY}.atom`);
    expect(feed.title).toBe(`papergraph: daily papers of ${DAY}`);
    expect(new Date(feed.updated).getTime()).not.toBeNaN();
    expect(feed.link.find((link: Record<string, string>) => link["@rel"] === "self")["@href"]).toBe(feed.id);
    // Most upvoted first; the deleted paper and the other day's are absent.
    // Atom titles are HTML (`type="html"`): the ampersand is escaped, so readers show it as written.
    expect(feed.entry.map((entry: AtomEntry) => entry.title["#text"])).toEqual(["Local paper", "Attention &amp; more"]);
    expect(feed.entry.map((entry: AtomEntry) => entry.title["@type"])).toEqual(["html", "html"]);
    for (const entry of feed.entry) {
      expect(entry.id).toEqual(expect.any(String));
      expect(new Date(entry.updated).getTime()).not.toBeNaN();
      expect(entry.link[0]["@href"]).toMatch(/^https?:\/\//);
    }
    const [local, arxiv] = feed.entry;
    expect(arxiv.id).toBe("https://arxiv.org/abs/2503.01234");
    expect(arxiv.link[0]["@href"]).toBe("https://arxiv.org/abs/2503.01234");
    expect(arxiv.author.map((author: { name: string }) => author.name)).toEqual(["Zoe Zed", "Amy Alpha", "Bob Beta"]);
    expect(arxiv.published).toBe("2025-03-03T10:00:00.000Z");
    expect(arxiv.summary["#text"]).toBe("We study &lt;attention&gt;.");
    expect(arxiv.content["#text"]).toContain('<a href="https://github.com/acme/attention">');
    expect(local.link[0]["@href"]).toMatch(new RegExp(`^${t.origin}/graphql\\?query=`));
    const [row] = (await t.db.query(
      "SELECT max(updated_at) AS updated FROM paper WHERE daily_date = $1 AND deleted_at IS NULL",
      [DAY],
    )) as { updated: Date }[];
    expect(new Date(feed.updated).getTime()).toBe(row.updated.getTime());
  });

  test("RSS: a channel with title, link and description, and an item per paper", async () => {
    const response = await get(`/feeds/daily/${DAY}.rss`);
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const { rss } = xml.parse(await response.text());
    expect(rss["@version"]).toBe("2.0");
    const { channel } = rss;
    expect(channel.title).toBe(`papergraph: daily papers of ${DAY}`);
    expect(channel.link).toBe(t.origin);
    expect(channel.description).toEqual(expect.any(String));
    expect(channel.item.map((item: { title: string }) => item.title)).toEqual(["Local paper", "Attention & more"]);
    expect(channel.item[1].guid).toBe("https://arxiv.org/abs/2503.01234");
    // RSS's <author> is an email address: the names are in the content.
    expect(channel.item[1]["content:encoded"]).toContain("<p>Zoe Zed, Amy Alpha, Bob Beta</p>");
    expect(channel.item[1]["content:encoded"]).toContain("https://github.com/acme/attention");
    expect(channel.item[1].description).toBe("We study &lt;attention&gt;.");
    expect(new Date(channel.item[1].pubDate).toISOString()).toBe("2025-03-03T10:00:00.000Z");
  });

  test("JSON Feed 1.1: version, title, and items with ids, authors, dates and code links", async () => {
    const response = await get(`/feeds/daily/${DAY}.json`);
    expect(response.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    const feed = (await response.json()) as {
      version: string;
      title: string;
      feed_url: string;
      items: Record<string, unknown>[];
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe(`papergraph: daily papers of ${DAY}`);
    expect(feed.feed_url).toBe(`${t.origin}/feeds/daily/${DAY}.json`);
    expect(feed.items.map((item) => item.title)).toEqual(["Local paper", "Attention & more"]);
    const arxiv = feed.items[1];
    expect(arxiv).toMatchObject({
      id: "https://arxiv.org/abs/2503.01234",
      url: "https://arxiv.org/abs/2503.01234",
      summary: "We study <attention>.",
      date_published: "2025-03-03T10:00:00.000Z",
      authors: [{ name: "Zoe Zed" }, { name: "Amy Alpha" }, { name: "Bob Beta" }],
    });
    expect(arxiv.author).toBeUndefined();
    expect(arxiv.content_html).toContain("https://github.com/acme/attention");
    expect(feed.items[0].id).toEqual(expect.any(String));
  });

  test("trending lists voted papers in rank order, never deleted ones", async () => {
    const { entry } = xml.parse(await (await get("/feeds/trending/day.atom")).text()).feed;
    // Imported upvotes count too, cast on the daily-list day; the deleted paper has the most votes.
    expect(entry.map((item: AtomEntry) => item.title["#text"])).toEqual(["Attention &amp; more", "Local paper"]);
  });

  test("search takes the paper filter's fields as parameters", async () => {
    const items = async (query: string) =>
      ((await (await get(`/feeds/search.json?${query}`)).json()) as { items: { title: string }[] }).items.map(
        (item) => item.title,
      );
    expect(await items("q=attention")).toEqual(["Attention & more"]);
    expect(await items("q=local&hasCode=false")).toEqual(["Local paper"]);
    expect(await items("q=local&hasCode=true")).toEqual([]);
    expect(await items("q=attention&publishedFrom=2025-03-04")).toEqual([]);
    expect(await items("q=paper&category=cs.LG")).toEqual(["Local paper"]);
    expect(await items("q=paper&category=cs.LG&hasDoi=true")).toEqual([]);
    expect(await items("q=paper&hasDoi=false&category=cs.CL")).toEqual([]);
  });

  test("a feed's papers, authors and repositories are read in one statement", async () => {
    for (const path of [`/feeds/daily/${DAY}.atom`, "/feeds/trending/week.rss", "/feeds/search.json?q=attention"]) {
      const { statements } = await t.statementsDuring(async () => expect((await get(path)).status).toBe(200));
      expect(statements).toBe(1);
    }
  });

  test("answers If-None-Match and If-Modified-Since with 304 and no body", async () => {
    const first = await get(`/feeds/daily/${DAY}.atom`);
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(lastModified).getTime()).not.toBeNaN();

    const byTag = await get(`/feeds/daily/${DAY}.atom`, { "if-none-match": etag });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe("");
    const byDate = await get(`/feeds/daily/${DAY}.atom`, { "if-modified-since": lastModified });
    expect(byDate.status).toBe(304);
    expect(await byDate.text()).toBe("");

    const earlier = new Date(new Date(lastModified).getTime() - 1000).toUTCString();
    expect((await get(`/feeds/daily/${DAY}.atom`, { "if-modified-since": earlier })).status).toBe(200);
    expect((await get(`/feeds/daily/${DAY}.atom`, { "if-none-match": '"other"' })).status).toBe(200);
    // Another format is another body, so another tag.
    expect((await get(`/feeds/daily/${DAY}.rss`)).headers.get("etag")).not.toBe(etag);
  });

  test.each([
    ["/feeds/trending/year.atom", "window"],
    ["/feeds/trending/Week.atom", "window"],
    ["/feeds/trending/week.xml", "format"],
    ["/feeds/trending/week", "format"],
    ["/feeds/daily/2024-02-30.atom", "date"],
    ["/feeds/daily/yesterday.rss", "date"],
    ["/feeds/search.atom", "q"],
    ["/feeds/search.atom?q=%20%20", "q"],
    [`/feeds/search.atom?q=${"a".repeat(257)}`, "q"],
    ["/feeds/search.json?q=a%00b", undefined],
    ["/feeds/search.json?q=a&q=b", "q"],
    ["/feeds/search.json?q=a&publishedFrom=2025-13-01", "publishedFrom"],
    ["/feeds/search.json?q=a&publishedFrom=2025-03-05&publishedTo=2025-03-01", "publishedFrom"],
    ["/feeds/search.json?q=a&hasCode=maybe", "hasCode"],
    ["/feeds/search.json?q=a&hasDoi=yes", "hasDoi"],
    ["/feeds/search.json?q=a&category=%20", "category"],
    ["/feeds/search.json?q=a&authorId=nope", "authorId"],
    ["/feeds/search.xml?q=a", "format"],
  ])("%s is refused with 400 naming %s", async (path, argumentName) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; message: string; argumentName?: string } };
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toEqual(expect.any(String));
    expect(error.argumentName).toBe(argumentName);
  });

  test.each(["/feeds/weekly/week.atom", "/feeds/trending/week/more.atom", "/feeds/other.atom", "/feeds"])(
    "%s stays 404",
    async (path) => {
      expect((await get(path)).status).toBe(404);
    },
  );
});

describe("feed rate limits", () => {
  let small: TestServer;

  beforeAll(async () => {
    small = await startTestServer({ RATE_LIMIT_ANONYMOUS_POINTS: "2" });
  });
  afterAll(() => small.close());

  test("a feed costs what the equivalent GraphQL query costs, reports the budget, and is refused with 429", async () => {
    const query = `{ papers(first: 50) { nodes { title abstract authors(first: 100) { nodes { name } } repositories(first: 100) { nodes { url } } } } }`;
    const graphql = await small.post({ query });
    expect(graphql.headers.get("x-ratelimit-used")).toBe("1");

    const feed = await fetch(`${small.origin}/feeds/trending/week.json`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("x-ratelimit-limit")).toBe("2");
    expect(feed.headers.get("x-ratelimit-used")).toBe("2");
    expect(feed.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(feed.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);

    const refused = await fetch(`${small.origin}/feeds/trending/week.json`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");

    // A bad request is refused before the budget is asked, so it is still a 400.
    expect((await fetch(`${small.origin}/feeds/trending/year.json`)).status).toBe(400);
  });
});
