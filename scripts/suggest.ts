/**
 * Prints the suggested claims of an article as JSON:
 *   npm run --silent suggest -- path/to/article.txt [--published 2025-03-13]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { suggestClaims } from "@/lib/suggestions/index.ts";
import { suggestionListSchema } from "@/lib/suggestions/schema.ts";

function fail(message: string): never {
  console.error(`suggest: ${message}`);
  console.error("usage: npm run --silent suggest -- path/to/article.txt [--published YYYY-MM-DD]");
  process.exit(1);
}

function parse() {
  try {
    return parseArgs({ allowPositionals: true, options: { published: { type: "string" } } });
  } catch (error) {
    return fail((error as Error).message);
  }
}

const { values, positionals } = parse();
const [file, ...extra] = positionals;
if (!file || extra.length > 0) fail("give exactly one article file");

let publishedAt: Date | null = null;
if (values.published !== undefined) {
  if (!z.iso.date().safeParse(values.published).success) fail(`--published must be a date as YYYY-MM-DD, got "${values.published}"`);
  publishedAt = new Date(`${values.published}T00:00:00Z`);
}

let body: string;
try {
  body = readFileSync(file, "utf8");
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
}

console.log(JSON.stringify(suggestionListSchema.parse(suggestClaims(body, { publishedAt })), null, 2));
