/**
 * The headline: the article's first line when a blank line follows it and it ends in no full stop. It is no
 * statement of its own ("The headline is not labelled" in every set):
 * - neither its quotations nor its "…, X says" are offered: the article tells them where they were said
 *   ("'It was just black smoke': Family of five escapes …" then "“… it was just black smoke …,” Griggs told …");
 * - a headline in title case names nothing: "Fenwick Robotics Explores Sale After Funding Talks Stall" is no
 *   organisation for "the company" to stand for.
 */
import type { Span } from "./schema.ts";

export function headlineOf(body: string): Span | null {
  const match = /^([^\n]+)\n[^\S\n]*\n/u.exec(body);
  if (!match || /[.!?]["”’']?\s*$/u.test(match[1]!)) return null;
  return { start: 0, end: match[1]!.length };
}

/** Most words of four letters or more capitalised: "Fenwick Robotics Explores Sale After Funding Talks Stall". */
export function isTitleCaseHeadline(body: string, headline: Span): boolean {
  const words = body.slice(headline.start, headline.end).match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length >= 0.75;
}
