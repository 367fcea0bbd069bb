import { excerpt } from "../../src/domain/text";
import {
  renderAlreadySubscribed,
  renderConfirmation,
  renderDigest,
  renderWatchEvent,
  type DigestContent,
  type DigestPaper,
  type WatchEventMail,
} from "../../src/mail/templates";

const paper = (overrides: Partial<DigestPaper> = {}): DigestPaper => ({
  title: "Attention Is All You Need",
  url: "https://arxiv.org/abs/1706.03762",
  authors: ["Ashish Vaswani", "Noam Shazeer"],
  upvotes: 12,
  codeUrl: "https://github.com/tensorflow/tensor2tensor",
  abstract: "The dominant sequence transduction models are based on complex recurrent networks.",
  ...overrides,
});

const digest = (overrides: Partial<DigestContent> = {}): DigestContent => ({
  frequency: "DAILY",
  periodLabel: "30 November 2026",
  topic: 'matching "diffusion", at least 5 upvotes',
  papers: [paper()],
  watchEvents: [],
  unsubscribeUrl: "https://papergraph.example/digests/unsubscribe?token=u1",
  manageUrl: "https://papergraph.example/digests/manage?token=m1",
  feedUrl: "https://papergraph.example/feeds/search.atom?q=diffusion",
  ...overrides,
});

describe("the digest", () => {
  test("escapes catalog text in the HTML part and keeps it as written in the text part", () => {
    const { html, text } = renderDigest(
      digest({
        topic: 'matching "<b>"',
        papers: [paper({ title: 'a < b & "c"', authors: ["O'Brien <ob@example.org>"], abstract: "x < y && y > z" })],
      }),
    );
    expect(html).toContain("a &lt; b &amp; &quot;c&quot;");
    expect(html).toContain("O&#39;Brien &lt;ob@example.org&gt;");
    expect(html).toContain("x &lt; y &amp;&amp; y &gt; z");
    expect(html).toContain("matching &quot;&lt;b&gt;&quot;");
    expect(html).not.toMatch(/<b>|a < b/);
    expect(text).toContain('1. a < b & "c"');
    expect(text).toContain('Trending papers matching "<b>".');
  });

  test("escapes the URLs it links to", () => {
    const { html } = renderDigest(digest({ papers: [paper({ url: 'https://example.org/?a=1&b="2"' })] }));
    expect(html).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"');
  });

  test("spells out every URL in the text part", () => {
    const content = digest();
    const { text } = renderDigest(content);
    for (const url of [
      content.papers[0].url,
      content.papers[0].codeUrl!,
      content.unsubscribeUrl,
      content.manageUrl,
      content.feedUrl,
    ]) {
      expect(text).toContain(url);
    }
    expect(text).toContain(`Prefer a feed reader? ${content.feedUrl}`);
    expect(text).toContain(`Unsubscribe: ${content.unsubscribeUrl}`);
  });

  test("links the feed, the settings and the unsubscribe page with their URLs visible in the HTML part", () => {
    const content = digest();
    const { html } = renderDigest(content);
    for (const url of [content.unsubscribeUrl, content.manageUrl, content.feedUrl]) {
      expect(html).toContain(`>${url}</a>`);
    }
  });

  test("fetches nothing: no images, no stylesheets, no scripts", () => {
    const { html } = renderDigest(digest());
    expect(html).not.toMatch(/<img|<link|<script|<style|url\(/i);
  });

  test("names the frequency, the count and the period in the subject", () => {
    expect(renderDigest(digest({ papers: [paper(), paper(), paper()] })).subject).toBe(
      "papergraph daily: 3 trending papers, 30 November 2026",
    );
    expect(renderDigest(digest({ frequency: "WEEKLY", periodLabel: "week of 23 November 2026" })).subject).toBe(
      "papergraph weekly: 1 trending paper, week of 23 November 2026",
    );
  });

  test("keeps the subject on one line whatever the period label and the topic hold", () => {
    const { subject } = renderDigest(
      digest({ periodLabel: "30 November\r\nBcc: victim@example.org\u0000", topic: "x\r\nBcc: other@example.org" }),
    );
    expect(subject).not.toMatch(/\p{Cc}/u);
    expect(subject).not.toContain("other@example.org");
    expect(subject).toBe("papergraph daily: 1 trending paper, 30 November Bcc: victim@example.org");
  });

  test("names at most five authors", () => {
    const authors = ["A", "B", "C", "D", "E", "F"];
    expect(renderDigest(digest({ papers: [paper({ authors })] })).text).toContain("   A, B, C, D, E et al.\n");
  });

  test("says so when there are no papers", () => {
    const { text, html } = renderDigest(digest({ papers: [] }));
    expect(text).toContain("No papers this time.");
    expect(html).toContain("No papers this time.");
  });
});

describe("an abstract excerpt", () => {
  test("is the whole abstract on one line when it is short", () => {
    expect(excerpt("  Short\nabstract.  ")).toBe("Short abstract.");
  });

  test("is cut at a word boundary before 300 characters, with an ellipsis", () => {
    const abstract = "word ".repeat(100);
    const shortened = excerpt(abstract);
    expect(shortened.length).toBeLessThanOrEqual(301);
    expect(shortened).toMatch(/ word…$/);
    expect(excerpt("one two, three", 9)).toBe("one two…");
  });

  test("cuts inside a word that would leave too little", () => {
    expect(excerpt(`a ${"x".repeat(400)}`, 300)).toBe(`a ${"x".repeat(298)}…`);
  });
});

describe("the confirmation", () => {
  const confirmation = renderConfirmation({
    confirmUrl: "https://papergraph.example/digests/confirm?token=c1&x=<y>",
    frequency: "WEEKLY",
    topic: 'matching "<i>"',
    expiresInHours: 48,
  });

  test("asks to confirm through the link and says an unwanted request can be ignored", () => {
    expect(confirmation.subject).toBe("Confirm your weekly papergraph digest");
    expect(confirmation.text).toContain("https://papergraph.example/digests/confirm?token=c1&x=<y>");
    expect(confirmation.text).toContain("48 hours");
    expect(confirmation.text).toContain("If you did not ask for this, ignore this email: nothing will be sent to you.");
    expect(confirmation.text).toContain('weekly papergraph digest of trending papers matching "<i>"');
    expect(confirmation.html).toContain('href="https://papergraph.example/digests/confirm?token=c1&amp;x=&lt;y&gt;"');
    expect(confirmation.html).toContain("matching &quot;&lt;i&gt;&quot;");
  });
});

describe("the already-subscribed notice", () => {
  test("says the address already gets the digest and links to its settings", () => {
    const notice = renderAlreadySubscribed({
      manageUrl: "https://papergraph.example/digests/manage?token=m1",
      frequency: "DAILY",
      topic: null,
    });
    expect(notice.subject).toBe("You already get the daily papergraph digest");
    expect(notice.text).toContain("already gets it");
    expect(notice.text).toContain("https://papergraph.example/digests/manage?token=m1");
    expect(notice.html).toContain('href="https://papergraph.example/digests/manage?token=m1"');
  });
});

describe("watch events", () => {
  const event = (overrides: Partial<WatchEventMail> = {}): WatchEventMail => ({
    watchName: "My <watch> & more",
    reason: "Reached 50 upvotes",
    paper: paper(),
    ...overrides,
  });

  test('a digest with events has a "Your watches" section after its papers, escaped, and counts them in the subject', () => {
    const { subject, text, html } = renderDigest(digest({ papers: [], watchEvents: [event()] }));
    expect(subject).toBe("papergraph daily: 0 trending papers, 1 watch event, 30 November 2026");
    expect(text).toMatch(
      /No papers this time\.\n\nYour watches\n\n1\. Attention Is All You Need[\s\S]*My <watch> & more: Reached 50 upvotes/,
    );
    expect(html).toContain("<strong>My &lt;watch&gt; &amp; more</strong>: Reached 50 upvotes");
    expect(html).not.toContain("<watch>");
  });

  test("a digest without events has no such section", () => {
    const { subject, text } = renderDigest(digest());
    expect(subject).toBe("papergraph daily: 1 trending paper, 30 November 2026");
    expect(text).not.toContain("Your watches");
  });

  test("an immediate email keeps the watch's name out of its subject and links the stop and manage pages", () => {
    const { subject, text, html } = renderWatchEvent({
      event: event(),
      stopUrl: "https://papergraph.example/digest/watch-email?token=s1",
      manageUrl: "https://papergraph.example/digest/manage?token=m1",
    });
    expect(subject).toBe("papergraph watch: Reached 50 upvotes");
    expect(text).toContain('Your watch "My <watch> & more": Reached 50 upvotes.');
    expect(text).toContain("Stop emails for this watch: https://papergraph.example/digest/watch-email?token=s1");
    expect(html).toContain(">https://papergraph.example/digest/manage?token=m1</a>");
    expect(html).not.toContain("<watch>");
  });
});
