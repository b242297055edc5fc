/**
 * `npm run check:demo-excerpts [-- <articles dir>]`: checks that every demo source body is a short,
 * verbatim excerpt of its article and that every demo quote is in the article. The articles are
 * copyrighted and live outside this repository (default ../shared/articles), so this is a
 * maintainer's check rather than part of `npm test`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { EXCERPT_GAP, demoData } from "@/prisma/seed-data.ts";

const articlesDir = path.resolve(process.argv[2] ?? "../shared/articles");
const problems: string[] = [];

for (const [key, source] of Object.entries(demoData.sources)) {
  const article = readFileSync(path.join(articlesDir, source.article), "utf8");
  if (source.body.length >= article.length) problems.push(`${key}: body is not shorter than its article`);
  if (source.body.length > 1500) problems.push(`${key}: body is longer than 1500 characters`);
  let from = 0;
  for (const run of source.body.split(EXCERPT_GAP)) {
    const at = article.indexOf(run, from);
    if (at < 0) problems.push(`${key}: not verbatim in ${source.article}: ${run.slice(0, 60)}…`);
    else from = at + run.length;
  }
}
for (const claim of demoData.claims) {
  const article = readFileSync(path.join(articlesDir, demoData.sources[claim.source].article), "utf8");
  if (!article.includes(claim.quote)) problems.push(`${claim.externalId}: quote not in its article`);
}

if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`All ${Object.keys(demoData.sources).length} demo sources are verbatim excerpts; all ${demoData.claims.length} quotes are in their articles.`);
