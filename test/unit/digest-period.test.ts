import { cronOf, lastSendTime, periodAt, periodLabel } from "../../src/domain/digest-period";
import { DigestFrequency } from "../../src/entities/digest-subscription.entity";

const MONDAY = 1;
const { DAILY, WEEKLY } = DigestFrequency;

test("a daily period is the UTC day; a weekly one is named after its send day", () => {
  // Wednesday 2 December 2026.
  const wednesday = new Date("2026-12-02T05:30:00Z");
  expect(periodAt(DAILY, wednesday, MONDAY).key).toBe("DAILY:2026-12-02");
  expect(periodAt(WEEKLY, wednesday, MONDAY).key).toBe("WEEKLY:2026-11-30");
  expect(periodAt(WEEKLY, new Date("2026-11-30T00:00:00Z"), MONDAY).key).toBe("WEEKLY:2026-11-30");
  expect(periodAt(WEEKLY, new Date("2026-11-29T23:59:59Z"), MONDAY).key).toBe("WEEKLY:2026-11-23");
  expect(periodLabel(periodAt(WEEKLY, wednesday, MONDAY))).toBe("the week to 2 December 2026");
});

test("the last scheduled send is today's or the last send day's hour once passed, else the one before", () => {
  expect(lastSendTime(DAILY, new Date("2026-12-02T07:00:00Z"), 7, MONDAY)).toEqual(new Date("2026-12-02T07:00:00Z"));
  expect(lastSendTime(DAILY, new Date("2026-12-02T06:59:59Z"), 7, MONDAY)).toEqual(new Date("2026-12-01T07:00:00Z"));
  expect(lastSendTime(WEEKLY, new Date("2026-12-02T05:00:00Z"), 7, MONDAY)).toEqual(new Date("2026-11-30T07:00:00Z"));
  expect(lastSendTime(WEEKLY, new Date("2026-11-30T06:00:00Z"), 7, MONDAY)).toEqual(new Date("2026-11-23T07:00:00Z"));
});

test("the schedules as cron expressions", () => {
  expect(cronOf(DAILY, 7, MONDAY)).toBe("0 7 * * *");
  expect(cronOf(WEEKLY, 18, 5)).toBe("0 18 * * 5");
});
