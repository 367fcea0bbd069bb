import { DigestFrequency } from "../entities/digest-subscription.entity";
import { utcDay } from "./dates";

const DAY_MS = 24 * 3600 * 1000;

/** How much of the catalog a digest covers: the last day, or the last week. */
export const WINDOW_MS: Record<DigestFrequency, number> = { DAILY: DAY_MS, WEEKLY: 7 * DAY_MS };

/** One send of every subscription at a frequency: each subscription gets at most one digest per period. */
export interface DigestPeriod {
  frequency: DigestFrequency;
  /** `DAILY:2026-11-30`; a weekly period is named after its send day: `WEEKLY:2026-11-30`. */
  key: string;
  /** Where the period's digests end: papers added before this are in them. */
  end: Date;
}

/**
 * The period a send at `at` belongs to. A daily period is a UTC day; a weekly one runs from one
 * `weeklyDay` (0 for Sunday) to the next. So a send run again later in the same day, or week,
 * is the same period and sends nothing new.
 */
export function periodAt(frequency: DigestFrequency, at: Date, weeklyDay: number): DigestPeriod {
  const daysSinceSendDay = frequency === DigestFrequency.WEEKLY ? (at.getUTCDay() - weeklyDay + 7) % 7 : 0;
  const sendDay = utcDay(new Date(at.getTime() - daysSinceSendDay * DAY_MS));
  return { frequency, key: `${frequency}:${sendDay}`, end: at };
}

const LABEL_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "30 November 2026", or "the week to 30 November 2026". */
export function periodLabel(period: DigestPeriod): string {
  const day = LABEL_FORMAT.format(period.end);
  return period.frequency === DigestFrequency.DAILY ? day : `the week to ${day}`;
}

/** The latest scheduled send time at or before `now`: the send hour, daily or on the weekly day. */
export function lastSendTime(frequency: DigestFrequency, now: Date, sendHourUtc: number, weeklyDay: number): Date {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), sendHourUtc));
  const back = frequency === DigestFrequency.WEEKLY ? (now.getUTCDay() - weeklyDay + 7) % 7 : 0;
  const candidate = new Date(today.getTime() - back * DAY_MS);
  if (candidate <= now) return candidate;
  return new Date(candidate.getTime() - (frequency === DigestFrequency.WEEKLY ? 7 : 1) * DAY_MS);
}

/** The cron expression (UTC) at which a frequency's periods are planned. */
export function cronOf(frequency: DigestFrequency, sendHourUtc: number, weeklyDay: number): string {
  return frequency === DigestFrequency.DAILY ? `0 ${sendHourUtc} * * *` : `0 ${sendHourUtc} * * ${weeklyDay}`;
}
