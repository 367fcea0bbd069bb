/**
 * Benchmark data: fills a Postgres database with a deterministic, clearly synthetic catalog.
 *
 *   DATABASE_URL=postgres://…/papergraph_bench npm run bench:data [-- [--papers N] [--replace]]
 *
 * At the default 100,000 papers: about 150,000 authors, 60,000 repositories, 20,000 users and
 * 1.2 million votes. The same --papers gives the same rows, byte for byte: every pseudo-random
 * value is a hash of (purpose, row), never random(). Everything is generated in SQL, set-based,
 * in one transaction that also checks the result before it commits. The loading session skips
 * triggers and foreign-key checks (session_replication_role), which takes a superuser.
 */
import "reflect-metadata";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pino from "pino";
import type { QueryRunner } from "typeorm";
import { ConfigError, loadConfig } from "../src/config";
import { connectDatabase, redactDatabaseUrl } from "../src/data-source";
import { HALF_LIFE_SECONDS, TrendingWindow } from "../src/services/trending";

/** "Now" for the catalog: papers are published in the days before it and votes end at it. */
const ANCHOR = "2026-11-01T00:00:00Z";
/** Mixed into every hash; another seed gives another catalog of the same shape. */
const SEED = 20261101;
const SPAN_DAYS = 60;
const DEFAULT_PAPERS = 100_000;
const MIN_PAPERS = 100;
/** The arXiv IDs run out after this many; see arxivIdSql. */
const MAX_PAPERS = 3_000_000;

const USAGE = `Usage: npm run bench:data -- [--papers N] [--replace]
Fills DATABASE_URL with a synthetic catalog of N papers (default ${DEFAULT_PAPERS}, ${MIN_PAPERS} to ${MAX_PAPERS}).
--replace empties the catalog first; without it a database that holds papers, authors,
repositories or users is refused.`;

/** Splits a list of words written across lines. */
function words(text: string): string[] {
  return text.trim().split(/\s+/);
}

// ~300 real machine-learning words, so full-text search finds as many papers per word as it
// would in a real catalog: from the first general words, in nearly every paper, to the last rare
// ones, in fewer than one in a hundred.
const GENERAL_WORDS = words(`
  model learning data training neural network performance method task approach results dataset benchmark
  large deep transformer attention representation framework evaluation accuracy efficient propose novel
  experiments existing algorithm architecture pretrained fine-tuning supervised self-supervised unsupervised
  loss objective parameters scaling layer features prediction classification regression robust scalable
  adaptive hierarchical domain transfer adaptation few-shot continual federated meta-learning baseline
  downstream empirical analysis improve outperform significant demonstrate capability open-source code metric
  human simple effective unified end-to-end mixture-of-experts in-context zero-shot embedding pipeline module
  sparse lightweight structured consistency
`);

/**
 * Sixteen words per topic, most frequent first, after the topic's label (which becomes a
 * keyword). Each paper has one topic, so these are mostly in one paper in twelve.
 */
const TOPICS = `
  computer vision: image segmentation detection object pixel convolutional visual camera
    depth scene video recognition resolution 3d point-cloud rendering
  natural language processing: language text token translation summarization question answering dialogue
    sentence corpus linguistic prompt instruction reasoning tokenizer multilingual
  reinforcement learning: reinforcement policy reward agent environment exploration actor-critic q-learning
    trajectory planning control robot navigation manipulation simulation offline
  generative models: diffusion generative denoising sampling latent autoencoder variational adversarial
    gan score-based normalizing-flow synthesis likelihood decoder noise editing
  graph learning: graph node edge message-passing molecular molecule protein link
    relational knowledge neighborhood spectral topology heterogeneous subgraph chemistry
  speech and audio: speech audio acoustic speaker waveform spectrogram music voice
    asr phoneme sound transcription prosody vocoder separation enhancement
  optimization: gradient convergence stochastic optimizer convex regret bound theoretical
    momentum learning-rate sgd hessian generalization sample-complexity minimax nonconvex
  efficient machine learning: quantization pruning distillation compression inference latency hardware memory
    throughput gpu kernel parallelism sparsity accelerator low-rank deployment
  trustworthy machine learning: fairness bias privacy robustness attack safety alignment interpretability
    explanation uncertainty calibration jailbreak watermark toxicity differential trustworthy
  multimodal learning: multimodal vision-language caption image-text contrastive grounding cross-modal retrieval
    clip vqa embodied video-language audio-visual instruction-tuned visual-question modality
  time series and science: forecasting time-series temporal tabular anomaly weather climate physics
    pde sensor medical clinical healthcare ecg epidemic traffic
  recommender systems: recommendation ranking search query user click collaborative retrieval-augmented
    document relevance personalization session item dense index e-commerce
`
  .split(/^(?= {2}\S)/m)
  .filter((entry) => entry.trim())
  .map((entry) => {
    const [label, list] = entry.split(":");
    return { label: label.trim(), words: words(list) };
  });

/** Drawn now and then, the first ones most often. */
const RARE_WORDS = words(`
  hyperbolic tensor wavelet bayesian gaussian-process causal counterfactual symbolic neuro-symbolic
  evolutionary genetic quantum spiking neuromorphic capsule manifold topological optimal-transport
  wasserstein koopman reservoir hopfield energy-based boltzmann lottery-ticket hypernetwork mamba state-space
  liquid kolmogorov-arnold
`);

/** Function words: they make abstracts read like prose; full-text search drops them. */
const FILLER_WORDS = words(
  "the of and a to in we for with on that is our this by from as an are which can these both while",
);

const TITLE_OPENERS = words(`
  Efficient Scalable Robust Adaptive Hierarchical Unified Lightweight Self-supervised Sparse Contrastive
  Towards Rethinking Provable Fast Learning
`);

const GIVEN_NAMES = words(`
  Ada Alan Amir Ana Anil Aya Bo Carla Chen Daniel Dmitri Elena Emma Fatima Felix Grace Hana Hiro Ines Ivan
  Jia Jonas Julia Kai Karim Lena Li Lucas Maya Mei Mohammed Nadia Nikhil Noah Olga Omar Pablo Priya Qiang
  Rafael Rosa Sara Sofia Sven Tariq Tomas Wei Xin Yara Yuki Yusuf Zhen Zoe
`);

const FAMILY_NAMES = words(`
  Abe Ahmed Alvarez Bauer Becker Chen Cohen Costa Das Dubois Evans Fischer Garcia Gupta Hansen Hernandez
  Hoffmann Huang Ito Jensen Kim Kowalski Kumar Larsen Lee Li Lin Liu Lopez Martin Meyer Moreau Muller
  Nakamura Nguyen Novak Okafor Olsen Park Patel Petrov Popescu Rossi Sato Schmidt Silva Singh Smith Sun
  Suzuki Tanaka Wang Weber Wu Xu Yamamoto Yang Zhang Zhao Zhou
`);

/** Row counts that follow from the number of papers. */
interface Scale {
  papers: number;
  users: number;
  /** Popularity ranks authors are drawn from; the authors are the ranks drawn at least once. */
  authorPool: number;
  /** Owners the repositories belong to. */
  organizations: number;
}

function scaleFor(papers: number): Scale {
  let users = Math.max(1000, Math.round(papers / 5));
  // Votes give user 1 + (paper * 7919 + k * 104729) mod users to the k-th voter of a paper: all
  // distinct as long as 104729 (a prime) does not divide the user count.
  if (users % 104_729 === 0) users++;
  return {
    papers,
    users,
    authorPool: Math.round(papers * 1.65),
    organizations: Math.max(10, Math.round(papers / 8)),
  };
}

/** A SQL array literal of known words; they are ours, but checked so none needs quoting. */
function textArray(words: string[]): string {
  for (const word of words) if (!/^[\w -]+$/.test(word)) throw new Error(`word needs quoting: ${word}`);
  return `ARRAY[${words.map((word) => `'${word}'`).join(",")}]::text[]`;
}

/**
 * SQL for a number in [0, 1) that depends only on `purpose`, the seed and the integers `a` and
 * `b` (each below 2^31): 53 bits of a 64-bit hash.
 */
function unit(purpose: string, a: string, b = "0"): string {
  if (!/^[a-z-]+$/.test(purpose)) throw new Error(`bad purpose ${purpose}`);
  return (
    `(((hashint8extended((${a})::bigint, (${b})::bigint * 4294967296 + hashtext('${SEED}:${purpose}')) >> 11)` +
    ` + 4503599627370496)::float8 / 9007199254740992)`
  );
}

/** SQL for a standard normal deviate (Box-Muller over two hashes). */
function normal(purpose: string, a: string, b = "0"): string {
  return `(sqrt(-2 * ln(1 - ${unit(`${purpose}-radius`, a, b)})) * cos(2 * pi() * ${unit(`${purpose}-angle`, a, b)}))`;
}

/** SQL that picks an element of a 1-based SQL array expression, given a number in [0, 1). */
function pick(array: string, length: number, fraction: string): string {
  return `(${array})[1 + floor(${length} * ${fraction})::int]`;
}

const TOPIC_SIZE = 16;
for (const topic of TOPICS) {
  if (topic.words.length !== TOPIC_SIZE) throw new Error(`topic ${topic.label} needs ${TOPIC_SIZE} words`);
}
const GENERAL = textArray(GENERAL_WORDS);
const TOPIC_WORDS = textArray(TOPICS.flatMap((topic) => topic.words));
const TOPIC_LABELS = textArray(TOPICS.map((topic) => topic.label));
const RARE = textArray(RARE_WORDS);
const FILLER = textArray(FILLER_WORDS);

/** SQL for a word of paper p's topic (`p.topic`, 0-based), given a number in [0, 1); the first ones more often. */
function topicWord(fraction: string): string {
  return `(${TOPIC_WORDS})[p.topic * ${TOPIC_SIZE} + 1 + floor(${TOPIC_SIZE} * power(${fraction}, 1.5))::int]`;
}

/**
 * An arXiv-style ID that no real paper has: YYMM.NNNNN with months of 2020 (then 2019, 2018…)
 * and numbers from 50000, far above what arXiv reached in any of those months.
 */
function arxivIdSql(id: string): string {
  const n = `(${id} - 1)`;
  return (
    `lpad((20 - ${n} / 600000)::text, 2, '0') || lpad((${n} % 12 + 1)::text, 2, '0') || '.' ||` +
    ` (50000 + ${n} % 600000 / 12)::text`
  );
}

function titleSql(): string {
  const openers = textArray(TITLE_OPENERS);
  return `'Synthetic paper ' || p.id || ': ' || ${pick(openers, TITLE_OPENERS.length, unit("title-opener", "p.id"))}
    || ' ' || ${topicWord(unit("title-word", "1", "p.id"))} || ' ' || ${topicWord(unit("title-word", "2", "p.id"))}
    || ' for ' || ${topicWord(unit("title-word", "3", "p.id"))} || ' '
    || ${pick(GENERAL, GENERAL_WORDS.length, `power(${unit("title-general", "p.id")}, 2)`)}
    || CASE WHEN ${unit("title-tail", "p.id")} < 0.25
      THEN ' with ' || ${pick(RARE, RARE_WORDS.length, `power(${unit("title-rare", "p.id")}, 3)`)} ELSE '' END`;
}

/**
 * 80 to 150 words: a third filler, a third general words (Zipf-like: the first ones in nearly
 * every abstract), nearly a third words of the paper's topic, a few of other topics, and about one
 * word in 300 a rare one.
 */
function abstractSql(): string {
  const word = `CASE
      WHEN w.source < 0.34 THEN ${pick(FILLER, FILLER_WORDS.length, "w.choice")}
      WHEN w.source < 0.65 THEN ${pick(GENERAL, GENERAL_WORDS.length, "w.choice * w.choice")}
      WHEN w.source < 0.96 THEN ${topicWord("w.choice")}
      WHEN w.source < 0.9967 THEN ${pick(TOPIC_WORDS, TOPICS.length * TOPIC_SIZE, "w.choice")}
      ELSE ${pick(RARE, RARE_WORDS.length, "power(w.choice, 3)")}
    END || CASE WHEN w.k = p.words - 1 OR w.stop < 0.07 THEN '.' ELSE '' END`;
  // OFFSET 0 keeps the draws in their subquery, so each is computed once per word.
  return `(SELECT upper(left(text, 1)) || substr(text, 2) FROM (
      SELECT string_agg(${word}, ' ' ORDER BY w.k) AS text FROM (
        SELECT k, ${unit("abstract-source", "k", "p.id")} AS source, ${unit("abstract-word", "k", "p.id")} AS choice,
          ${unit("abstract-stop", "k", "p.id")} AS stop
        FROM generate_series(0, p.words - 1) k OFFSET 0
      ) w
    ) abstract)`;
}

interface StepResult {
  step: string;
  rows: number | null;
  seconds: number;
}

class Loader {
  readonly steps: StepResult[] = [];

  constructor(
    private readonly runner: QueryRunner,
    private readonly scale: Scale,
    /** When the command started, for the elapsed time on progress lines. */
    private readonly started: number,
  ) {}

  /** Runs SQL and returns the number of rows it affected. */
  async run(sql: string): Promise<number> {
    return (await this.runner.query(sql, undefined, true)).affected ?? 0;
  }

  async value(sql: string): Promise<number> {
    const [row] = await this.runner.query(sql);
    return Number(Object.values(row)[0]);
  }

  /** Times one step and prints a progress line on stderr. */
  async step(name: string, work: () => Promise<number | null>): Promise<void> {
    const started = performance.now();
    const rows = await work();
    const seconds = (performance.now() - started) / 1000;
    this.steps.push({ step: name, rows, seconds });
    const total = (performance.now() - this.started) / 1000;
    console.error(
      `[${total.toFixed(1).padStart(6)} s] ${name.padEnd(38)} ${rows === null ? "" : `${rows.toLocaleString("en")} rows `}in ${seconds.toFixed(1)} s`,
    );
  }

  async load(): Promise<void> {
    const { papers, users, authorPool, organizations } = this.scale;
    const anchor = `'${ANCHOR}'::timestamptz`;

    await this.step("plan papers (temporary table)", () =>
      this.run(`
        CREATE TEMPORARY TABLE synth_paper ON COMMIT DROP AS
        WITH base AS (
          SELECT i AS id,
            floor(${TOPICS.length} * ${unit("topic", "i")})::int AS topic,
            -- Each paper has its own slot of the span, so ids follow publication time.
            ${anchor} - interval '${SPAN_DAYS} days'
              + make_interval(secs => (i - 1 + ${unit("published", "i")}) * ${SPAN_DAYS * 86400}.0 / ${papers})
              AS published_at,
            ${unit("daily", "i")} < 1.0 / 16 AS listed,
            CASE WHEN ${unit("daily-lag", "i")} < 0.5 THEN 0 WHEN ${unit("daily-lag", "i")} < 0.85 THEN 1 ELSE 2 END
              AS lag,
            80 + floor(71 * ${unit("abstract-length", "i")})::int AS words,
            -- Lognormal around 4.5 authors, from 1 to 12.
            least(12, greatest(1, round(exp(ln(4.5) + 0.45 * ${normal("authors", "i")}))))::int AS author_count,
            ${unit("repository", "i")} < 0.6 AS has_repository
          FROM generate_series(1, ${papers}) i
        ), dated AS (
          SELECT base.*,
            -- Listed on the day of publication or up to two days later; not after the anchor's eve.
            CASE WHEN listed AND (published_at AT TIME ZONE 'UTC')::date + lag < (${anchor} AT TIME ZONE 'UTC')::date
              THEN (published_at AT TIME ZONE 'UTC')::date + lag END AS daily_date,
            least(${anchor}, published_at + make_interval(secs => 21600 * ${unit("created", "id")})) AS created_at
          FROM base
        ), voted AS (
          SELECT dated.*,
            -- Votes start with the daily list, if any. Listed papers get about 100 (a few over
            -- 1,000); the others mostly 0 to 3, a few hundred at most.
            CASE WHEN daily_date IS NULL THEN published_at
              ELSE greatest(published_at, daily_date::timestamp AT TIME ZONE 'UTC') END AS votes_from,
            least(${users}, floor(exp(CASE WHEN daily_date IS NULL THEN 0.3 + 1.3 * ${normal("votes", "id")}
              ELSE ln(100) + 0.9 * ${normal("votes", "id")} END)))::int AS votes
          FROM dated
        )
        SELECT voted.*,
          CASE WHEN has_repository THEN count(*) FILTER (WHERE has_repository) OVER (ORDER BY id) END::int
            AS repository_id,
          CASE WHEN has_repository
            THEN 1 + floor(${organizations} * power(${unit("organization", "id")}, 2))::int END AS organization
        FROM voted ORDER BY id`),
    );

    await this.step("app_user", () =>
      this.run(`
        INSERT INTO app_user (id, handle, role, created_at)
        SELECT i, 'synthetic-user-' || i, 'USER',
          ${anchor} - interval '400 days' + make_interval(secs => 330 * 86400 * ${unit("user-created", "i")})
        FROM generate_series(1, ${users}) i ORDER BY i`),
    );

    // Before the papers, against foreign-key order (the replica role skips those checks), so
    // that the papers are written once, with their vote counts and trend keys, instead of
    // rewritten afterwards along with their search-index entries.
    const tau = 2 * 86400;
    await this.step("vote", () =>
      this.run(`
        INSERT INTO vote (user_id, paper_id, created_at)
        SELECT 1 + (p.id::bigint * 7919 + k::bigint * 104729) % ${users}, p.id,
          -- Exponential delay (mean two days), truncated to end before the anchor.
          p.votes_from + make_interval(secs => -${tau} * ln(1 - ${unit("vote-time", "k", "p.id")}
            * (1 - exp(-extract(epoch FROM ${anchor} - p.votes_from)::float8 / ${tau}))))
        FROM synth_paper p, generate_series(0, p.votes - 1) k
        ORDER BY 3, 2, 1`),
    );
    // The trending history that trendingPapers(asOf:) reads, as the vote trigger writes it (papers
    // import no upvotes here).
    await this.step("trend_term", () =>
      this.run(`
        INSERT INTO trend_term (paper_id, user_id, weight, counted_at, entered_at)
        SELECT paper_id, user_id, 1, created_at, created_at FROM vote`),
    );
    // The trend keys below read votes by paper: give the planner the table's real size.
    await this.step("analyze vote", async () => {
      await this.run("ANALYZE vote");
      return null;
    });

    await this.step("plan authorships (temporary table)", () =>
      this.run(`
        CREATE TEMPORARY TABLE synth_authorship ON COMMIT DROP AS
        WITH drawn AS (
          -- Popularity rank floor(pool * u^1.7): a few authors on hundreds of papers, most on a
          -- few. Spare draws stand in for ranks a paper already has.
          SELECT p.id AS paper_id, k, floor(${authorPool} * power(${unit("author", "k", "p.id")}, 1.7))::int AS rank
          FROM synth_paper p, generate_series(0, p.author_count + 3) k
        ), first_draws AS (
          SELECT DISTINCT ON (paper_id, rank) paper_id, k, rank FROM drawn ORDER BY paper_id, rank, k
        ), placed AS (
          SELECT paper_id, rank, (row_number() OVER (PARTITION BY paper_id ORDER BY k) - 1)::int AS position
          FROM first_draws
        )
        SELECT placed.* FROM placed JOIN synth_paper p ON p.id = placed.paper_id
        WHERE placed.position < p.author_count ORDER BY paper_id, position`),
    );

    await this.step("author", async () => {
      await this.run(`
        CREATE TEMPORARY TABLE synth_author ON COMMIT DROP AS
        -- Ids in hash order, so that they say nothing about how prolific an author is.
        SELECT rank, row_number() OVER (ORDER BY hashint8extended(rank, ${SEED}), rank)::int AS id, created_at
        FROM (
          SELECT a.rank, min(p.created_at) AS created_at
          FROM synth_authorship a JOIN synth_paper p ON p.id = a.paper_id GROUP BY a.rank
        ) used`);
      return this.run(`
        INSERT INTO author (id, name, normalized_name, created_at)
        SELECT id, name, lower(name), created_at FROM (
          SELECT id, created_at,
            ${pick(textArray(GIVEN_NAMES), GIVEN_NAMES.length, unit("given-name", "id"))} || ' '
              || ${pick(textArray(FAMILY_NAMES), FAMILY_NAMES.length, unit("family-name", "id"))}
              || ' (synthetic ' || id || ')' AS name
          FROM synth_author
        ) named ORDER BY id`);
    });

    const [day, week, month] = [TrendingWindow.DAY, TrendingWindow.WEEK, TrendingWindow.MONTH].map(
      (window) => `CASE WHEN v.votes > 0 THEN paper_trend_key(p.id, ${HALF_LIFE_SECONDS[window]}) END`,
    );
    await this.step("paper (with vote counts, trend keys)", () =>
      this.run(`
        INSERT INTO paper (id, arxiv_id, title, abstract, published_at, daily_date, author_count, project_page,
          keywords, thumbnail, imported_upvotes, vote_count, trend_day, trend_week, trend_month, created_at, updated_at)
        SELECT p.id, ${arxivIdSql("p.id")}, ${titleSql()}, ${abstractSql()}, p.published_at, p.daily_date,
          coalesce(a.authors, 0),
          CASE WHEN p.has_repository AND ${unit("project-page", "p.id")} < 0.3
            THEN 'https://synthetic-org-' || p.organization || '.github.io/repo-' || p.repository_id || '/' END,
          ARRAY[(${TOPIC_LABELS})[p.topic + 1], ${topicWord(unit("keyword", "p.id"))}],
          NULL, 0, coalesce(v.votes, 0), ${day}, ${week}, ${month}, p.created_at, p.created_at
        FROM synth_paper p
        LEFT JOIN (SELECT paper_id, count(*)::int AS votes FROM vote GROUP BY paper_id) v ON v.paper_id = p.id
        LEFT JOIN (SELECT paper_id, count(*)::int AS authors FROM synth_authorship GROUP BY paper_id) a
          ON a.paper_id = p.id
        ORDER BY p.id`),
    );

    // The trigger that keeps a paper's search words is skipped with the others: the function it
    // calls fills them. The primary key, which is also the order searches read, is built after
    // the rows (some 55 a paper): inserting them into it in random order takes twice as long.
    await this.step("paper_search_term", async () => {
      const [{ definition }] = await this.runner.query(
        "SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'paper_search_term_pkey'",
      );
      await this.run("ALTER TABLE paper_search_term DROP CONSTRAINT paper_search_term_pkey");
      const rows = await this.run(`
        INSERT INTO paper_search_term (lexeme, paper_id, rank)
        SELECT w.lexeme, p.id, w.rank FROM paper p, search_word_ranks(p.search_vector) w ORDER BY 1, 2`);
      await this.run(`ALTER TABLE paper_search_term ADD CONSTRAINT paper_search_term_pkey ${definition}`);
      return rows;
    });

    await this.step("paper_author", () =>
      this.run(`
        INSERT INTO paper_author (paper_id, position, author_id)
        SELECT a.paper_id, a.position, sa.id FROM synth_authorship a JOIN synth_author sa USING (rank)
        ORDER BY a.paper_id, a.position`),
    );

    await this.step("repository", () =>
      this.run(`
        INSERT INTO repository (id, url, url_key, provider, owner, name, stars, language, created_at, updated_at)
        SELECT id, 'https://github.com/' || owner || '/' || name, lower('https://github.com/' || owner || '/' || name),
          'GITHUB', owner, name, stars, language, created_at, created_at
        FROM (
          SELECT repository_id AS id, 'synthetic-org-' || organization AS owner, 'repo-' || repository_id AS name,
            -- Lognormal around 25 stars; one in ten unknown.
            CASE WHEN ${unit("stars-known", "id")} >= 0.1
              THEN least(1000000, floor(exp(ln(25) + 2 * ${normal("stars", "id")})))::int END AS stars,
            CASE
              WHEN ${unit("language", "id")} < 0.72 THEN 'Python'
              WHEN ${unit("language", "id")} < 0.80 THEN 'Jupyter Notebook'
              WHEN ${unit("language", "id")} < 0.85 THEN 'C++'
              WHEN ${unit("language", "id")} < 0.88 THEN 'Cuda'
              WHEN ${unit("language", "id")} < 0.90 THEN 'JavaScript'
              WHEN ${unit("language", "id")} < 0.92 THEN 'Rust'
              WHEN ${unit("language", "id")} < 0.93 THEN 'Julia'
              WHEN ${unit("language", "id")} < 0.94 THEN 'Go'
            END AS language,
            created_at
          FROM synth_paper WHERE has_repository
        ) r ORDER BY id`),
    );

    const repositories = await this.value("SELECT count(*) FROM repository");
    await this.step("paper_repository", () =>
      this.run(`
        INSERT INTO paper_repository (paper_id, repository_id, is_official)
        SELECT paper_id, repository_id, is_official FROM (
          -- Each paper with code has its own official repository; one in ten also links
          -- another, mostly one of the few popular ones (low ids).
          SELECT id AS paper_id, repository_id, true AS is_official FROM synth_paper WHERE has_repository
          UNION ALL
          SELECT id, other, false FROM (
            SELECT id, repository_id, 1 + floor(${repositories} * power(${unit("second-repository", "id")}, 3))::int
              AS other
            FROM synth_paper WHERE has_repository AND ${unit("has-second-repository", "id")} < 0.1
          ) second WHERE other <> repository_id
        ) links ORDER BY paper_id, repository_id`),
    );

    await this.step("sequences", async () => {
      for (const table of ["paper", "author", "repository", "app_user"]) {
        await this.run(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 0) + 1, false) FROM ${table}`,
        );
      }
      return null;
    });
  }

  /** Fails when the catalog breaks a rule the triggers or foreign keys would have kept. */
  async check(): Promise<void> {
    const problems: string[] = [];
    const expectNone = async (what: string, sql: string): Promise<void> => {
      const count = await this.value(sql);
      if (count > 0) problems.push(`${count} ${what}`);
    };
    await expectNone(
      "papers whose vote_count is not their number of votes",
      `SELECT count(*) FROM paper p LEFT JOIN (SELECT paper_id, count(*) AS n FROM vote GROUP BY paper_id) v
       ON v.paper_id = p.id WHERE p.vote_count <> coalesce(v.n, 0)`,
    );
    await expectNone(
      "votes without their open trend_term",
      `SELECT count(*) FROM vote v LEFT JOIN trend_term t
       ON t.paper_id = v.paper_id AND t.user_id = v.user_id AND t.left_at IS NULL WHERE t.id IS NULL`,
    );
    await expectNone(
      "papers whose upvotes are not imported_upvotes + vote_count",
      "SELECT count(*) FROM paper WHERE upvotes <> imported_upvotes + vote_count",
    );
    await expectNone(
      "papers whose author_count is not their number of authors",
      `SELECT count(*) FROM paper p LEFT JOIN (SELECT paper_id, count(*) AS n FROM paper_author GROUP BY paper_id) a
       ON a.paper_id = p.id WHERE p.author_count <> coalesce(a.n, 0)`,
    );
    await expectNone(
      "papers with an empty search vector",
      "SELECT count(*) FROM paper WHERE search_vector = ''::tsvector",
    );
    await expectNone(
      "papers with more or fewer than one official repository link",
      `SELECT count(*) FROM (SELECT paper_id FROM paper_repository GROUP BY paper_id
       HAVING count(*) FILTER (WHERE is_official) <> 1) odd`,
    );
    // The loading session skipped foreign-key checks: run them now, for every foreign key.
    const foreignKeys: { child: string; column: string; parent: string; key: string }[] = await this.runner.query(`
      SELECT c.conrelid::regclass::text AS child, a.attname AS "column", c.confrelid::regclass::text AS parent,
        b.attname AS key
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = c.confkey[1]
      WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND c.connamespace = current_schema()::regnamespace
      ORDER BY 1, 2`);
    for (const { child, column, parent, key } of foreignKeys) {
      await expectNone(
        `${child}.${column} values missing from ${parent}.${key}`,
        `SELECT count(*) FROM ${child} x WHERE x."${column}" IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM ${parent} y WHERE y."${key}" = x."${column}")`,
      );
    }
    // Trend keys: what the triggers' own refresh gives, on a sample; rolled back afterwards.
    await this.run(`
      CREATE TEMPORARY TABLE synth_trend_sample ON COMMIT DROP AS
      SELECT id, trend_day, trend_week, trend_month FROM paper WHERE id % 50 = 0 AND vote_count > 0`);
    await this.runner.query("SAVEPOINT trend_check");
    await this.runner.query("SELECT paper_trend_keys_refresh(id) FROM synth_trend_sample");
    const close = (column: string) => `abs(p.${column} - s.${column}) <= 1e-9 * greatest(1, abs(s.${column}))`;
    await expectNone(
      "sampled papers whose trend keys differ from paper_trend_keys_refresh",
      `SELECT count(*) FROM synth_trend_sample s JOIN paper p USING (id)
       WHERE NOT (${close("trend_day")} AND ${close("trend_week")} AND ${close("trend_month")})`,
    );
    await this.runner.query("ROLLBACK TO SAVEPOINT trend_check");
    if (problems.length > 0) throw new Error(`The generated catalog is inconsistent:\n  ${problems.join("\n  ")}`);
  }
}

function parseOptions(): { papers: number; replace: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      options: { papers: { type: "string" }, replace: { type: "boolean" }, help: { type: "boolean" } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const papers = Number(values.papers ?? DEFAULT_PAPERS);
  if (!Number.isInteger(papers) || papers < MIN_PAPERS || papers > MAX_PAPERS) {
    console.error(`--papers must be an integer from ${MIN_PAPERS} to ${MAX_PAPERS}, got "${values.papers}"\n${USAGE}`);
    process.exit(2);
  }
  return { papers, replace: values.replace ?? false };
}

function databaseUrlOrExit(): string {
  let databaseUrl: string | undefined;
  try {
    databaseUrl = loadConfig().databaseUrl;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  if (!databaseUrl) {
    console.error(
      "Set DATABASE_URL to the Postgres database to fill (postgres://user@host:port/database). " +
        "The embedded database is not supported.",
    );
    process.exit(2);
  }
  return databaseUrl;
}

async function main(): Promise<void> {
  const { papers, replace } = parseOptions();
  const databaseUrl = databaseUrlOrExit();
  const scale = scaleFor(papers);
  const started = performance.now();

  // No limits: no statement timeout, and the load runs for minutes.
  const db = await connectDatabase({ databaseUrl, pgliteDir: undefined, logger: pino({ level: "silent" }) });
  const runner = db.createQueryRunner();
  try {
    const migrationsStarted = performance.now();
    const applied = await db.runMigrations();
    const migrationSeconds = (performance.now() - migrationsStarted) / 1000;
    console.error(`[${migrationSeconds.toFixed(1).padStart(6)} s] migrations: ${applied.length} applied`);

    const [held] = await runner.query(`SELECT
      (SELECT count(*) FROM (SELECT FROM paper LIMIT 1) t)::int AS paper,
      (SELECT count(*) FROM (SELECT FROM author LIMIT 1) t)::int AS author,
      (SELECT count(*) FROM (SELECT FROM repository LIMIT 1) t)::int AS repository,
      (SELECT count(*) FROM (SELECT FROM app_user LIMIT 1) t)::int AS app_user`);
    const nonEmpty = Object.keys(held).filter((table) => held[table] > 0);
    if (nonEmpty.length > 0 && !replace) {
      console.error(
        `${redactDatabaseUrl(databaseUrl)} already holds data (in ${nonEmpty.join(", ")}). ` +
          "Pass --replace to empty paper, author, repository and app_user (and all that refers to them) first.",
      );
      process.exitCode = 1;
      return;
    }

    const loader = new Loader(runner, scale, started);
    loader.steps.push({ step: "migrations", rows: null, seconds: migrationSeconds });
    await runner.startTransaction();
    try {
      try {
        // Skips triggers (vote counts, trend keys and notifications, row by row) and foreign-key
        // checks; load() writes the counts and keys itself and check() runs the foreign keys.
        await runner.query("SET LOCAL session_replication_role = replica");
      } catch (error) {
        throw new Error(
          `Could not SET session_replication_role (${(error as Error).message}); ` +
            "the load needs a role allowed to, such as a superuser.",
          { cause: error },
        );
      }
      await runner.query("SET LOCAL work_mem = '256MB'");
      // JIT compiling the large generating statements costs more than it saves.
      await runner.query("SET LOCAL jit = off");
      if (nonEmpty.length > 0) {
        await loader.step("truncate (--replace)", async () => {
          await runner.query("TRUNCATE paper, author, repository, app_user RESTART IDENTITY CASCADE");
          return null;
        });
      }
      await loader.load();
      await loader.step("check", async () => {
        await loader.check();
        return null;
      });
      await loader.step("commit", async () => {
        await runner.commitTransaction();
        return null;
      });
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    }
    await loader.step("vacuum analyze", async () => {
      await runner.query(
        "VACUUM (ANALYZE) paper, paper_search_term, author, paper_author, repository, paper_repository, app_user, vote, trend_term",
      );
      return null;
    });

    const [counts] = await runner.query(`SELECT
      (SELECT count(*) FROM paper)::int AS papers,
      (SELECT count(*) FROM paper WHERE daily_date IS NOT NULL)::int AS "daily-listed papers",
      (SELECT count(*) FROM author)::int AS authors,
      (SELECT count(*) FROM paper_author)::int AS authorships,
      (SELECT count(*) FROM repository)::int AS repositories,
      (SELECT count(*) FROM paper_repository)::int AS "repository links",
      (SELECT count(*) FROM app_user)::int AS users,
      (SELECT count(*) FROM vote)::int AS votes`);
    const seconds = (performance.now() - started) / 1000;
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    console.log(`\nSynthetic catalog in ${redactDatabaseUrl(databaseUrl)} (${os.cpus().length} × ${cpu})`);
    console.log(`seed ${SEED}, anchor ${ANCHOR}, published over the ${SPAN_DAYS} days before it\n`);
    console.log("| step | rows | seconds |\n|---|---:|---:|");
    for (const { step, rows, seconds } of loader.steps) {
      console.log(`| ${step} | ${rows === null ? "" : rows.toLocaleString("en")} | ${seconds.toFixed(1)} |`);
    }
    console.log(`| total | | ${seconds.toFixed(1)} |\n`);
    for (const [what, count] of Object.entries(counts)) console.log(`${what}: ${Number(count).toLocaleString("en")}`);
  } finally {
    await runner.release();
    await db.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
