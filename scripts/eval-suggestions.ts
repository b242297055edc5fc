/** Scores suggestClaims on the labelled sets: `npm run eval:suggestions`. */
import { existsSync } from "node:fs";
import { evaluate, formatEvaluation, loadEvaluationCases } from "@/lib/suggestions/evaluate.ts";
import { ARTICLES_DIR, EXTRA_SET_DIR, LABELLED_SET_DIR } from "@/lib/suggestions/paths.ts";

if (existsSync(ARTICLES_DIR)) {
  console.log(`The five shared articles (${ARTICLES_DIR}):`);
  console.log(formatEvaluation(evaluate(loadEvaluationCases(LABELLED_SET_DIR, ARTICLES_DIR))));
} else {
  console.log(`The shared articles are not at ${ARTICLES_DIR} (set SUGGESTIONS_ARTICLES_DIR): skipped.`);
}
console.log(`\nThe in-repo articles (${EXTRA_SET_DIR}):`);
console.log(formatEvaluation(evaluate(loadEvaluationCases(EXTRA_SET_DIR, EXTRA_SET_DIR))));
