import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** The labelled set, and the articles it labels (kept outside the repository, in ../shared/articles). */
export const LABELLED_SET_DIR = path.join(repoRoot, "tests/fixtures/suggestions");
export const ARTICLES_DIR = path.resolve(process.env.SUGGESTIONS_ARTICLES_DIR ?? path.join(repoRoot, "../shared/articles"));
/** Short articles kept in the repository, each with its labels beside it: the set every test run can score. */
export const EXTRA_SET_DIR = path.join(LABELLED_SET_DIR, "extra");
/** Articles labelled before any rule was changed for them (issue 17): their first run is the honest figure. */
export const UNSEEN_SET_DIR = path.join(LABELLED_SET_DIR, "unseen");
/**
 * The set of an evaluation round (issue 17), from round 3 on: articles written and labelled before any rule ran on them,
 * each set committed alone before its first run. Round 3's folder is "fresh"; round N's after it, "fresh-(N-2)".
 */
export function roundSetDir(round: number): string {
  return path.join(LABELLED_SET_DIR, round === 3 ? "fresh" : `fresh-${round - 2}`);
}

/** The last round whose set is in the evaluation. */
export const LAST_ROUND = 61;

/** From round 25 on, two labellers wrote at the same time, each in outlets of its own regions. */
const REGIONS: Record<number, string> = {
  25: "Africa, the Americas, the Middle East",
  26: "Europe, Asia, Oceania",
  27: "Africa, the Americas, the Middle East",
  28: "Europe, Asia, Oceania",
  29: "Africa, the Americas, the Middle East",
  30: "Europe, Asia, Oceania",
  31: "Africa, the Americas",
  32: "Europe, Asia, Oceania",
  33: "Africa, the Americas",
  34: "Europe, Asia, Oceania",
  35: "Africa, the Americas",
  36: "Europe, Oceania",
  37: "Africa, the Americas",
  38: "Europe, Oceania",
  39: "Africa, the Americas, the Middle East",
  40: "Europe, Asia, Oceania",
  41: "Africa, the Americas, the Middle East",
  42: "Europe, Asia, Oceania",
  43: "Africa, the Americas, the Middle East",
  44: "Africa, the Americas, the Middle East",
  45: "Europe, Asia, Oceania",
  46: "Africa, the Americas",
  47: "Europe, Asia, Oceania",
  48: "Africa, the Americas, the Middle East",
  // Sampled on purpose from the newsrooms most likely to use the tool rather than from new naming customs.
  49: "regional and local newsrooms of the largest English-language markets",
  50: "regional and local newsrooms of the largest English-language markets",
  51: "Europe, Asia, Oceania",
  52: "regional and local newsrooms of the largest English-language markets",
  53: "Africa, the Americas, the Middle East",
  54: "regional and local newsrooms of the largest English-language markets",
  55: "Europe, Asia, Oceania",
  56: "regional and local newsrooms of the largest English-language markets",
  57: "Africa, the Americas, the Middle East",
  58: "regional and local newsrooms of the largest English-language markets",
  59: "Europe, Asia, Oceania",
  60: "regional and local newsrooms of the largest English-language markets",
  61: "Africa, the Americas",
};

/** What a round's articles were written after: the rule changes the round before it (or the pair before it) led to. */
function labelledAfter(round: number): string {
  if (round === 3) return "before any rule ran on them";
  const named: Record<number, string> = { 5: "the generalised naming rules", 6: "round 5's continued-quote rule" };
  if (round < 20) return `after ${named[round] ?? `round ${round - 1}'s rule changes`}, before running them`;
  if (round < 25) return `after round ${round - 1}'s rule changes, in outlets their labeller chose, before running them`;
  // Round 43 is a second round 41: its labeller, thought lost in a tool outage, finished after round 41's replacement.
  if (round === 43) return labelledAfter(41).replace(", before running them", ", as a second round 41, before running them");
  // From round 44 on, the pairs open on an even round (round 43 stood alone).
  const first = round % 2 === (round >= 44 ? 0 : 1) ? round : round - 1;
  const after = first === 25 ? "round 24's rule changes" : first === 44 ? "the rule changes of rounds 41 and 42" : `the rule changes of rounds ${first - 2} and ${first - 1}`;
  return `after ${after}, in outlets their labeller chose (${REGIONS[round]}), before running them`;
}

const ROUND_SETS = Array.from({ length: LAST_ROUND - 2 }, (_, index) => index + 3).map((round) => ({
  dir: roundSetDir(round),
  title: `The articles labelled ${labelledAfter(round)}, round ${round}`,
}));

/** The in-repo sets `npm run eval:suggestions` scores after the shared articles, in order, with what each is. */
export const EVALUATION_SETS = [
  { dir: EXTRA_SET_DIR, title: "The in-repo articles" },
  { dir: UNSEEN_SET_DIR, title: "The articles labelled before any rule was written for them, rounds 1 and 2" },
  ...ROUND_SETS,
] as const;
