import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** The labelled set, and the articles it labels (kept outside the repository, in ../shared/articles). */
export const LABELLED_SET_DIR = path.join(repoRoot, "tests/fixtures/suggestions");
export const ARTICLES_DIR = path.resolve(process.env.SUGGESTIONS_ARTICLES_DIR ?? path.join(repoRoot, "../shared/articles"));
/** Short articles kept in the repository, each with its labels beside it: the set every test run can score. */
export const EXTRA_SET_DIR = path.join(LABELLED_SET_DIR, "extra");
/** Articles labelled before any rule was changed for them (issue 17): their first run is the honest figure. */
export const UNSEEN_SET_DIR = path.join(LABELLED_SET_DIR, "unseen");
/** Articles written and labelled before any rule was run on them (issue 17, round 3), committed alone first. */
export const FRESH_SET_DIR = path.join(LABELLED_SET_DIR, "fresh");
/** Round 4: written and labelled after round 3's rule changes, before running them. */
export const FRESH_2_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-2");
/** Round 5: written and labelled after the generalised naming rules (titles lexicon, organisations, short forms), before running them. */
export const FRESH_3_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-3");
/** Round 6: written and labelled after round 5's continued-quote rule, before running them. */
export const FRESH_4_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-4");
/** Round 7: written and labelled after round 6's rule changes, before running them. */
export const FRESH_5_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-5");
/** Round 8: written and labelled after round 7's rule changes, before running them. */
export const FRESH_6_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-6");
/** Round 9: written and labelled after round 8's rule changes, before running them. */
export const FRESH_7_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-7");
/** Round 10: written and labelled after round 9's rule changes, before running them. */
export const FRESH_8_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-8");
/** Round 11: written and labelled after round 10's rule changes, before running them. */
export const FRESH_9_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-9");
/** Round 12: written and labelled after round 11's rule changes, before running them. */
export const FRESH_10_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-10");
/** Round 13: written and labelled after round 12's rule changes, before running them. */
export const FRESH_11_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-11");
/** Round 14: written and labelled after round 13's rule changes, before running them. */
export const FRESH_12_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-12");
/** Round 15: written and labelled after round 14's rule changes, before running them. */
export const FRESH_13_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-13");
/** Round 16: written and labelled after round 15's rule changes, before running them. */
export const FRESH_14_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-14");
/** Round 17: written and labelled after round 16's rule changes, before running them. */
export const FRESH_15_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-15");
/** Round 18: written and labelled after round 17's rule changes, before running them. */
export const FRESH_16_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-16");
/** Round 19: written and labelled after round 18's rule changes, before running them. */
export const FRESH_17_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-17");
/** Round 20: written and labelled after round 19's rule changes, in outlets its labeller chose, before running them. */
export const FRESH_18_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-18");
/** Round 21: written and labelled after round 20's rule changes, in outlets its labeller chose, before running them. */
export const FRESH_19_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-19");
/** Round 22: written and labelled after round 21's rule changes, in outlets its labeller chose, before running them. */
export const FRESH_20_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-20");
/** Round 23: written and labelled after round 22's rule changes, in outlets its labeller chose, before running them. */
export const FRESH_21_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-21");
/** Round 24: written and labelled after round 23's rule changes, in outlets its labeller chose, before running them. */
export const FRESH_22_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-22");
/** Rounds 25 and 26: written and labelled at the same time after round 24's rule changes, by two labellers choosing outlets of different regions. */
export const FRESH_23_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-23");
export const FRESH_24_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-24");
/** Rounds 27 and 28: the same, after the rule changes of rounds 25 and 26. */
export const FRESH_25_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-25");
export const FRESH_26_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-26");
/** Rounds 29 and 30, then 31 and 32: the same, each pair after the rule changes of the pair before. */
export const FRESH_27_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-27");
export const FRESH_28_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-28");
export const FRESH_29_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-29");
export const FRESH_30_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-30");
/** Rounds 33 and 34: the same, after the rule changes of rounds 31 and 32. */
export const FRESH_31_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-31");
export const FRESH_32_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-32");
/** Rounds 35 and 36: the same, after the rule changes of rounds 33 and 34. */
export const FRESH_33_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-33");
export const FRESH_34_SET_DIR = path.join(LABELLED_SET_DIR, "fresh-34");

/** The in-repo sets `npm run eval:suggestions` scores after the shared articles, in order, with what each is. */
export const EVALUATION_SETS = [
  { dir: EXTRA_SET_DIR, title: "The in-repo articles" },
  { dir: UNSEEN_SET_DIR, title: "The articles labelled before any rule was written for them, rounds 1 and 2" },
  { dir: FRESH_SET_DIR, title: "The articles labelled before any rule ran on them, round 3" },
  { dir: FRESH_2_SET_DIR, title: "The articles labelled after round 3's rule changes, before running them, round 4" },
  { dir: FRESH_3_SET_DIR, title: "The articles labelled after the generalised naming rules, before running them, round 5" },
  { dir: FRESH_4_SET_DIR, title: "The articles labelled after round 5's continued-quote rule, before running them, round 6" },
  { dir: FRESH_5_SET_DIR, title: "The articles labelled after round 6's rule changes, before running them, round 7" },
  { dir: FRESH_6_SET_DIR, title: "The articles labelled after round 7's rule changes, before running them, round 8" },
  { dir: FRESH_7_SET_DIR, title: "The articles labelled after round 8's rule changes, before running them, round 9" },
  { dir: FRESH_8_SET_DIR, title: "The articles labelled after round 9's rule changes, before running them, round 10" },
  { dir: FRESH_9_SET_DIR, title: "The articles labelled after round 10's rule changes, before running them, round 11" },
  { dir: FRESH_10_SET_DIR, title: "The articles labelled after round 11's rule changes, before running them, round 12" },
  { dir: FRESH_11_SET_DIR, title: "The articles labelled after round 12's rule changes, before running them, round 13" },
  { dir: FRESH_12_SET_DIR, title: "The articles labelled after round 13's rule changes, before running them, round 14" },
  { dir: FRESH_13_SET_DIR, title: "The articles labelled after round 14's rule changes, before running them, round 15" },
  { dir: FRESH_14_SET_DIR, title: "The articles labelled after round 15's rule changes, before running them, round 16" },
  { dir: FRESH_15_SET_DIR, title: "The articles labelled after round 16's rule changes, before running them, round 17" },
  { dir: FRESH_16_SET_DIR, title: "The articles labelled after round 17's rule changes, before running them, round 18" },
  { dir: FRESH_17_SET_DIR, title: "The articles labelled after round 18's rule changes, before running them, round 19" },
  { dir: FRESH_18_SET_DIR, title: "The articles labelled after round 19's rule changes, in outlets their labeller chose, before running them, round 20" },
  { dir: FRESH_19_SET_DIR, title: "The articles labelled after round 20's rule changes, in outlets their labeller chose, before running them, round 21" },
  { dir: FRESH_20_SET_DIR, title: "The articles labelled after round 21's rule changes, in outlets their labeller chose, before running them, round 22" },
  { dir: FRESH_21_SET_DIR, title: "The articles labelled after round 22's rule changes, in outlets their labeller chose, before running them, round 23" },
  { dir: FRESH_22_SET_DIR, title: "The articles labelled after round 23's rule changes, in outlets their labeller chose, before running them, round 24" },
  { dir: FRESH_23_SET_DIR, title: "The articles labelled after round 24's rule changes, in outlets their labeller chose (Africa, the Americas, the Middle East), before running them, round 25" },
  { dir: FRESH_24_SET_DIR, title: "The articles labelled after round 24's rule changes, in outlets their labeller chose (Europe, Asia, Oceania), before running them, round 26" },
  { dir: FRESH_25_SET_DIR, title: "The articles labelled after the rule changes of rounds 25 and 26, in outlets their labeller chose (Africa, the Americas, the Middle East), before running them, round 27" },
  { dir: FRESH_26_SET_DIR, title: "The articles labelled after the rule changes of rounds 25 and 26, in outlets their labeller chose (Europe, Asia, Oceania), before running them, round 28" },
  { dir: FRESH_27_SET_DIR, title: "The articles labelled after the rule changes of rounds 27 and 28, in outlets their labeller chose (Africa, the Americas, the Middle East), before running them, round 29" },
  { dir: FRESH_28_SET_DIR, title: "The articles labelled after the rule changes of rounds 27 and 28, in outlets their labeller chose (Europe, Asia, Oceania), before running them, round 30" },
  { dir: FRESH_29_SET_DIR, title: "The articles labelled after the rule changes of rounds 29 and 30, in outlets their labeller chose (Africa, the Americas), before running them, round 31" },
  { dir: FRESH_30_SET_DIR, title: "The articles labelled after the rule changes of rounds 29 and 30, in outlets their labeller chose (Europe, Asia, Oceania), before running them, round 32" },
  { dir: FRESH_31_SET_DIR, title: "The articles labelled after the rule changes of rounds 31 and 32, in outlets their labeller chose (Africa, the Americas), before running them, round 33" },
  { dir: FRESH_32_SET_DIR, title: "The articles labelled after the rule changes of rounds 31 and 32, in outlets their labeller chose (Europe, Asia, Oceania), before running them, round 34" },
  { dir: FRESH_33_SET_DIR, title: "The articles labelled after the rule changes of rounds 33 and 34, in outlets their labeller chose (Africa, the Americas), before running them, round 35" },
  { dir: FRESH_34_SET_DIR, title: "The articles labelled after the rule changes of rounds 33 and 34, in outlets their labeller chose (Europe, Oceania), before running them, round 36" },
] as const;
