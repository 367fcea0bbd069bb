import {
  formatDuration,
  plainLine,
  progressBar,
  smoothedRate,
  terminalLine,
  type ProgressView,
} from "../../src/cli/progress";

const midway: ProgressView = {
  progress: {
    stage: "importing",
    done: 250,
    total: 1000,
    summary: { created: 200, updated: 30, unchanged: 15, rejected: 5 },
  },
  rate: 125,
};

test("the rate spans the oldest sample to the newest, and is unknown until time has passed", () => {
  expect(smoothedRate([])).toBeUndefined();
  expect(smoothedRate([{ at: 1000, done: 0 }])).toBeUndefined();
  expect(
    smoothedRate([
      { at: 1000, done: 0 },
      { at: 1000, done: 250 },
    ]),
  ).toBeUndefined();
  // Bursts of a batch at a time average out over the window.
  const bursts = [
    { at: 0, done: 0 },
    { at: 100, done: 250 },
    { at: 2000, done: 250 },
    { at: 2100, done: 500 },
    { at: 4000, done: 500 },
  ];
  expect(smoothedRate(bursts)).toBe(125);
});

test.each([
  [0, "0s"],
  [44.6, "45s"],
  [185, "3m05s"],
  [3600 * 2 + 7 * 60 + 20, "2h07m"],
  [-3, "0s"],
])("%s seconds read %s", (seconds, text) => {
  expect(formatDuration(seconds)).toBe(text);
});

test("a plain line names every count, the rate and the time left from the records still to write", () => {
  expect(plainLine(midway)).toBe(
    "imported 250/1000 records: 200 created, 30 updated, 15 unchanged, 5 rejected; 125 records/s, 6s left",
  );
  expect(plainLine({ progress: { stage: "checking", done: 4000 }, rate: 20000.4 })).toBe(
    "checked 4000 records; 20000 records/s",
  );
  expect(plainLine({ progress: midway.progress })).toBe(
    "imported 250/1000 records: 200 created, 30 updated, 15 unchanged, 5 rejected; … records/s, … left",
  );
  expect(plainLine({ ...midway, tookSeconds: 61 })).toMatch(/; 125 records\/s, took 1m01s$/);
});

test("the bar fills in proportion and keeps its width", () => {
  expect(progressBar(0, 12)).toBe("[..........]");
  expect(progressBar(0.25, 12)).toBe("[###.......]");
  expect(progressBar(1, 12)).toBe("[##########]");
  expect(progressBar(1.5, 12)).toBe("[##########]");
});

test("a terminal line fits the terminal: the bar takes the room left, and goes before the text is cut", () => {
  const text = "250/1000  created 200  updated 30  unchanged 15  rejected 5  125/s  6s left";
  const wide = terminalLine(midway, 200);
  expect(wide).toBe(`[${"#".repeat(10)}${".".repeat(28)}] ${text}`);
  const fitted = terminalLine(midway, text.length + 22);
  expect(fitted).toBe(`${progressBar(0.25, 20)} ${text}`);
  expect(fitted).toHaveLength(text.length + 21);
  expect(terminalLine(midway, text.length + 5)).toBe(text);
  expect(terminalLine(midway, 31)).toBe(text.slice(0, 30));
  expect(terminalLine({ progress: { stage: "checking", done: 12 }, rate: 3 }, 80)).toBe("checking  12 read  3/s");
});
