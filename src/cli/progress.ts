import type { ImportProgress } from "../services/import.service";

/** A moment of the import: when, and how many records were done by then. */
export interface RateSample {
  at: number;
  done: number;
}

/** The rate is averaged over this long, so batch-sized bursts read as a steady flow. */
const RATE_WINDOW_MS = 10_000;

/**
 * Records per second between the oldest sample and the newest: the caller keeps about
 * RATE_WINDOW_MS of samples. Undefined until time has passed.
 */
export function smoothedRate(samples: readonly RateSample[]): number | undefined {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || last.at <= first.at) return undefined;
  return ((last.done - first.done) * 1000) / (last.at - first.at);
}

/** `45s`, `3m05s`, `2h07m`. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const pad = (n: number) => String(n).padStart(2, "0");
  if (whole < 60) return `${whole}s`;
  if (whole < 3600) return `${Math.floor(whole / 60)}m${pad(whole % 60)}s`;
  return `${Math.floor(whole / 3600)}h${pad(Math.floor(whole / 60) % 60)}m`;
}

/** How the import is going, for one line of progress. */
export interface ProgressView {
  progress: ImportProgress;
  /** Records per second, smoothed; undefined until known. */
  rate?: number;
  /** Set once the import is over: how long it took. */
  tookSeconds?: number;
}

function rateText(rate: number | undefined): string {
  return rate === undefined ? "…" : String(Math.round(rate));
}

function timingText({ progress, rate, tookSeconds }: ProgressView): string {
  if (tookSeconds !== undefined) return `took ${formatDuration(tookSeconds)}`;
  if (!rate || progress.total === undefined) return "… left";
  return `${formatDuration((progress.total - progress.done) / rate)} left`;
}

/** A line for logs: `imported 250/600 records: 250 created, 0 updated, 0 unchanged, 0 rejected; 180 records/s, 2s left`. */
export function plainLine(view: ProgressView): string {
  const { stage, done, total, summary } = view.progress;
  if (stage === "checking") return `checked ${done} records; ${rateText(view.rate)} records/s`;
  const counts = summary
    ? `: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} rejected`
    : "";
  return `imported ${done}/${total ?? "?"} records${counts}; ${rateText(view.rate)} records/s, ${timingText(view)}`;
}

/** `[#####.....]`, `width` characters in all. */
export function progressBar(fraction: number, width: number): string {
  const inside = width - 2;
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * inside);
  return `[${"#".repeat(filled)}${".".repeat(inside - filled)}]`;
}

/** The widest bar, and the narrowest worth drawing. */
const BAR_WIDTH = { max: 40, min: 10 };

/**
 * One terminal line of at most `columns - 1` characters, since a full one wraps on some
 * terminals: `[####....] 250/600  created 250  updated 0  unchanged 0  rejected 0  180/s  2s left`.
 * The bar is left out when it does not fit, and the text is cut when it must be.
 */
export function terminalLine(view: ProgressView, columns: number): string {
  const { stage, done, total, summary } = view.progress;
  const room = columns - 1;
  const counts = summary
    ? `  created ${summary.created}  updated ${summary.updated}  unchanged ${summary.unchanged}  rejected ${summary.rejected}`
    : "";
  const text =
    stage === "checking"
      ? `checking  ${done} read  ${rateText(view.rate)}/s`
      : `${done}/${total ?? "?"}${counts}  ${rateText(view.rate)}/s  ${timingText(view)}`;
  const barWidth = Math.min(BAR_WIDTH.max, room - text.length - 1);
  const line =
    stage === "importing" && total && barWidth >= BAR_WIDTH.min
      ? `${progressBar(done / total, barWidth)} ${text}`
      : text;
  return line.slice(0, room);
}

const ESC = "\u001b[";
const CLEAR_LINE = `\r${ESC}2K`;
const HIDE_CURSOR = `${ESC}?25l`;
const SHOW_CURSOR = `${ESC}?25h`;

/** At most ten redraws a second on a terminal; a plain line every five seconds elsewhere. */
const TERMINAL_FRAME_MS = 100;
const PLAIN_LINE_MS = 5000;

export interface ProgressDisplay {
  update(progress: ImportProgress): void;
  /** Writes the last state for good; later calls do nothing. */
  finish(): void;
}

/**
 * Shows an import's progress on `stream`. On a terminal, one line redrawn in place, fitted to
 * its width, with the cursor hidden until the end or Ctrl-C. Elsewhere plain lines for logs,
 * the last one at the end.
 */
export function showProgress(stream: NodeJS.WriteStream): ProgressDisplay {
  const terminal = stream.isTTY;
  const started = Date.now();
  let progress: ImportProgress | undefined;
  let stageStartedAt = started;
  let samples: RateSample[] = [];
  let drawnAt = started;
  let finished = false;

  const write = (view: ProgressView, end = "") =>
    stream.write(terminal ? `${CLEAR_LINE}${terminalLine(view, stream.columns || 80)}${end}` : `${plainLine(view)}\n`);
  const interrupted = () => {
    stream.write(`${CLEAR_LINE}${SHOW_CURSOR}`);
    if (progress) stream.write(`interrupted: ${plainLine({ progress, rate: smoothedRate(samples) })}\n`);
    process.exit(130);
  };
  if (terminal) {
    stream.write(HIDE_CURSOR);
    process.once("SIGINT", interrupted);
  }

  return {
    update(next) {
      const now = Date.now();
      // Each stage has its own rate, measured from the stage's start.
      if (next.stage !== progress?.stage) {
        stageStartedAt = now;
        samples = [{ at: now, done: 0 }];
      }
      progress = next;
      if (now - drawnAt < (terminal ? TERMINAL_FRAME_MS : PLAIN_LINE_MS)) return;
      drawnAt = now;
      samples.push({ at: now, done: next.done });
      // Keep one sample from before the window, so the rate always spans all of it.
      while (samples.length > 2 && samples[1].at <= now - RATE_WINDOW_MS) samples.shift();
      write({ progress, rate: smoothedRate(samples) });
    },
    finish() {
      if (finished) return;
      finished = true;
      if (terminal) process.removeListener("SIGINT", interrupted);
      if (progress) {
        const now = Date.now();
        const rate = smoothedRate([
          { at: stageStartedAt, done: 0 },
          { at: now, done: progress.done },
        ]);
        write({ progress, rate, tookSeconds: (now - started) / 1000 }, "\n");
      }
      if (terminal) stream.write(SHOW_CURSOR);
    },
  };
}
