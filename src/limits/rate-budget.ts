import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Config, RequestLimits } from "../config";
import type { Logger } from "../logger";

const WINDOW_SECONDS = 3600;

export type RedisSettings = Config["redis"];

/** Whose budget a request spends: a signed-in user's, or an anonymous client address's. */
export type Caller = { userId: number } | { clientAddress: string };

/** A caller's hourly budget after a request, as `rateLimit` and the `x-ratelimit-*` headers report it. */
export interface BudgetStatus {
  limit: number;
  used: number;
  remaining: number;
  resetAt: Date;
}

export interface Spending {
  allowed: boolean;
  status: BudgetStatus;
}

/**
 * Hourly points per caller, in fixed windows that start with the caller's first request.
 * Kept in this process, or in Redis so that every instance spends from one budget.
 */
export class RateBudget {
  private constructor(
    private readonly users: RateLimiterAbstract,
    private readonly anonymous: RateLimiterAbstract,
    /** Digest subscriptions: each sends an email, so they have a budget of their own. */
    private readonly subscriptions: RateLimiterAbstract,
    private readonly redis: Redis | undefined,
  ) {}

  /**
   * With a Redis URL the budgets are shared. If Redis stops answering, each instance falls back
   * to its own in-process budget until it is back, rather than refusing or letting all through.
   */
  static async open(
    limits: RequestLimits,
    redis: RedisSettings,
    logger: Logger,
    subscribesPerHour: number,
  ): Promise<RateBudget> {
    const windows = (points: number, caller: string) => ({
      points,
      duration: WINDOW_SECONDS,
      keyPrefix: `${redis.keyPrefix}:rate:${caller}`,
    });
    const users = windows(limits.userPointsPerHour, "user");
    const anonymous = windows(limits.anonymousPointsPerHour, "anonymous");
    const subscriptions = windows(subscribesPerHour, "subscribe");
    if (!redis.url) {
      const local = (options: ReturnType<typeof windows>) => new RateLimiterMemory(options);
      return new RateBudget(local(users), local(anonymous), local(subscriptions), undefined);
    }

    const client = new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    client.on("error", (error: Error) => logger.warn({ err: error }, "redis rate-limit store unavailable"));
    await client.connect();
    const shared = (options: ReturnType<typeof windows>) =>
      new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: new RateLimiterMemory(options) });
    return new RateBudget(shared(users), shared(anonymous), shared(subscriptions), client);
  }

  private limiterFor(caller: Caller): { limiter: RateLimiterAbstract; key: string } {
    return "userId" in caller
      ? { limiter: this.users, key: String(caller.userId) }
      : { limiter: this.anonymous, key: caller.clientAddress };
  }

  /** Spends `points` if the caller has them; a refused request costs nothing. */
  async spend(caller: Caller, points: number): Promise<Spending> {
    const { limiter, key } = this.limiterFor(caller);
    try {
      return { allowed: true, status: statusOf(limiter, await limiter.consume(key, points)) };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const refunded = await limiter.reward(key, points);
      return { allowed: false, status: statusOf(limiter, refunded) };
    }
  }

  /** Spends one digest subscription; when none is left, the seconds until one is. */
  async spendSubscription(caller: Caller): Promise<number | undefined> {
    const key = "userId" in caller ? `user:${caller.userId}` : `address:${caller.clientAddress}`;
    try {
      await this.subscriptions.consume(key, 1);
      return undefined;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return Math.ceil(refusal.msBeforeNext / 1000);
    }
  }

  /** The caller's budget without spending any of it. */
  async peek(caller: Caller): Promise<BudgetStatus> {
    const { limiter, key } = this.limiterFor(caller);
    return statusOf(limiter, await limiter.get(key));
  }

  async close(): Promise<void> {
    // QUIT waits for Redis to answer: once it has gone away, only dropping the connection ends.
    if (this.redis?.status === "ready") await this.redis.quit();
    else this.redis?.disconnect();
  }
}

function statusOf(limiter: RateLimiterAbstract, res: RateLimiterRes | null): BudgetStatus {
  const used = Math.min(res?.consumedPoints ?? 0, limiter.points);
  const msToReset = res && res.msBeforeNext >= 0 ? res.msBeforeNext : WINDOW_SECONDS * 1000;
  return {
    limit: limiter.points,
    used,
    remaining: limiter.points - used,
    resetAt: new Date(Date.now() + msToReset),
  };
}
