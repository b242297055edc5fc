/** Scores suggestClaims on the labelled sets, then the matching against the ledger: `npm run eval:suggestions`. */
import { existsSync } from "node:fs";
import { evaluate, formatEvaluation, formatPerArticle, loadEvaluationCases } from "@/lib/suggestions/evaluate.ts";
import { ARTICLES_DIR, EXTRA_SET_DIR, FRESH_2_SET_DIR, FRESH_3_SET_DIR, FRESH_4_SET_DIR, FRESH_SET_DIR, LABELLED_SET_DIR, UNSEEN_SET_DIR } from "@/lib/suggestions/paths.ts";
import { matchingOnDemoLedger } from "./matching-on-demo-ledger.ts";

function report(title: string, fixturesDir: string, articlesDir: string) {
  const cases = loadEvaluationCases(fixturesDir, articlesDir);
  console.log(`${title}:`);
  console.log(formatPerArticle(cases));
  console.log(formatEvaluation(evaluate(cases)));
}

if (existsSync(ARTICLES_DIR)) report(`The five shared articles (${ARTICLES_DIR})`, LABELLED_SET_DIR, ARTICLES_DIR);
else console.log(`The shared articles are not at ${ARTICLES_DIR} (set SUGGESTIONS_ARTICLES_DIR): skipped.`);
console.log("");
report(`The in-repo articles (${EXTRA_SET_DIR})`, EXTRA_SET_DIR, EXTRA_SET_DIR);
console.log("");
report(`The articles labelled before any rule was written for them, rounds 1 and 2 (${UNSEEN_SET_DIR})`, UNSEEN_SET_DIR, UNSEEN_SET_DIR);
console.log("");
report(`The articles labelled before any rule ran on them, round 3 (${FRESH_SET_DIR})`, FRESH_SET_DIR, FRESH_SET_DIR);
console.log("");
report(`The articles labelled after round 3's rule changes, before running them, round 4 (${FRESH_2_SET_DIR})`, FRESH_2_SET_DIR, FRESH_2_SET_DIR);
console.log("");
report(`The articles labelled after the generalised naming rules, before running them, round 5 (${FRESH_3_SET_DIR})`, FRESH_3_SET_DIR, FRESH_3_SET_DIR);
console.log("");
report(`The articles labelled after round 5's continued-quote rule, before running them, round 6 (${FRESH_4_SET_DIR})`, FRESH_4_SET_DIR, FRESH_4_SET_DIR);
console.log("");
console.log("Matching an imported article against the ledger (issue 17 items 4–5):");
console.log(await matchingOnDemoLedger());
