/**
 * Scores suggestClaims on the labelled sets, then the matching against the ledger: `npm run eval:suggestions`.
 * `npm run eval:suggestions -- <folder>` scores one folder of articles with their labels beside them
 * (a new round's first run) and nothing else.
 */
import { existsSync } from "node:fs";
import { evaluate, formatEvaluation, formatPerArticle, loadEvaluationCases } from "@/lib/suggestions/evaluate.ts";
import { ARTICLES_DIR, EVALUATION_SETS, LABELLED_SET_DIR } from "@/lib/suggestions/paths.ts";
import { matchingOnDemoLedger } from "./matching-on-demo-ledger.ts";

function report(title: string, fixturesDir: string, articlesDir: string) {
  const cases = loadEvaluationCases(fixturesDir, articlesDir);
  console.log(`${title}:`);
  console.log(formatPerArticle(cases));
  console.log(formatEvaluation(evaluate(cases)));
}

const [onlyDir] = process.argv.slice(2);
if (onlyDir) {
  report(`The articles in ${onlyDir}`, onlyDir, onlyDir);
  process.exit(0);
}

if (existsSync(ARTICLES_DIR)) report(`The five shared articles (${ARTICLES_DIR})`, LABELLED_SET_DIR, ARTICLES_DIR);
else console.log(`The shared articles are not at ${ARTICLES_DIR} (set SUGGESTIONS_ARTICLES_DIR): skipped.`);
console.log("");
for (const { dir, title } of EVALUATION_SETS) {
  report(`${title} (${dir})`, dir, dir);
  console.log("");
}
console.log("Matching an imported article against the ledger (issue 17 items 4–5):");
console.log(await matchingOnDemoLedger());
