import { z } from "zod";
import { utcToday } from "@/lib/due-dates.ts";

// The field schemas every way into the ledger shares: forms, the CSV import, the JSON API's and the
// pages' query parameters, sources, outcomes, users. A rule on a kind of field (text, id, calendar
// date) lives here once, with its message. Each schema accepts what a form or a URL sends (strings)
// and also its own output, so lib functions can re-parse what an action already parsed.

const blank = (value: unknown): value is null | undefined | "" =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const count = (n: number) => n.toLocaleString("en");

/** C0 controls and DEL; a multi-line text may hold tab, line feed and carriage return. */
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f]/;
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The message for a text holding a control character (a NUL byte, an escape…), or null. */
export function controlCharacterIssue(text: string, label: string, { multiline = false } = {}): string | null {
  const found = (multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).exec(text);
  if (!found) return null;
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  return `${capitalise(label)}: remove the control character U+${code} at position ${found.index + 1}.`;
}

export type TextOptions = {
  /** Tab, line feed and carriage return allowed (quotes, summaries, notes, an article's text). */
  multiline?: boolean;
};

/** Text without control characters, at most `max` characters after trimming; the limit is named, never applied by cutting. */
export function safeText(label: string, max: number, { multiline = false }: TextOptions = {}) {
  return z
    .string()
    .trim()
    .superRefine((text, context) => {
      const control = controlCharacterIssue(text, label, { multiline });
      if (control) context.addIssue({ code: "custom", message: control, abort: true });
      else if (text.length > max) {
        context.addIssue({ code: "custom", message: `${capitalise(label)}: at most ${count(max)} characters (this has ${count(text.length)}).` });
      }
    });
}

/** Trimmed, non-blank text of at most `max` characters. */
export function requiredText(label: string, max: number, options: TextOptions = {}) {
  return z
    .string({ error: `Enter ${label}.` })
    .pipe(safeText(label, max, options))
    .refine((text) => text.length > 0, `Enter ${label}.`);
}

/** Optional text: blank becomes null. */
export function optionalText(label: string, max: number, options: TextOptions = {}) {
  return z
    .string()
    .nullish()
    .transform((value) => (blank(value) ? null : value))
    .pipe(safeText(label, max, options).nullable());
}

/** PostgreSQL's `integer`: an id beyond it names no row, and must not reach the database. */
export const MAX_DATABASE_ID = 2_147_483_647;

/** A positive integer within PostgreSQL's `integer`, as a number or decimal digits ("16"; never "0x10", "1e1", "016"). */
export function positiveInteger(message: string) {
  return z
    .union([z.number(), z.string().regex(/^[1-9]\d*$/, message).transform(Number)], { error: message })
    .pipe(z.number().int(message).min(1, message).max(MAX_DATABASE_ID, message));
}

/** A database id; anything else is "Unknown claim." on its field. */
export function idSchema(what: string) {
  return positiveInteger(`Unknown ${what}.`);
}

/** An optional reference: blank (no choice) becomes null. */
export function optionalId(what: string) {
  return z
    .union([z.string(), z.number()])
    .nullish()
    .transform((value) => (blank(value) ? null : value))
    .pipe(idSchema(what).nullable());
}

export const versionSchema = positiveInteger("Reload the page: the form has no version.");

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => (month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/**
 * Why "YYYY-MM-DD" is not a day of the calendar ("There is no 30 February 2025."), or null when it
 * is one. Anything not shaped like YYYY-MM-DD gets `formatMessage`.
 */
export function calendarDayIssue(text: string, formatMessage: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return formatMessage;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year === 0) return "There is no year 0000: years run from 0001.";
  if (month < 1 || month > 12) return `There is no month ${month}: months run from 01 to 12.`;
  if (day < 1 || day > daysInMonth(year, month)) return `There is no ${day} ${MONTHS[month - 1]} ${year}.`;
  return null;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

export type DateBounds = {
  /** Not after today, the server's UTC date (a statement, an outcome, a publication). */
  notAfterToday?: boolean;
  /** Not before this day ("1900-01-01"). */
  notBefore?: string;
};

/** The message for a day outside `bounds`, or null. */
export function dateBoundsIssue(day: string, label: string, { notAfterToday = false, notBefore }: DateBounds): string | null {
  if (notBefore && day < notBefore) return `${capitalise(label)} cannot be before ${notBefore.endsWith("-01-01") ? notBefore.slice(0, 4) : notBefore}.`;
  const today = utcToday();
  if (notAfterToday && day > today) return `${capitalise(label)} cannot be after today (${today}).`;
  return null;
}

/**
 * A calendar day, "YYYY-MM-DD" on the wire ("Enter the date of the statement." when empty, "There
 * is no 30 February 2025." when impossible), UTC midnight as a Date (the columns are DATE).
 */
export function isoDate(label: string, bounds: DateBounds = {}) {
  const format = `Enter ${label} as a date (YYYY-MM-DD).`;
  return z.union([z.date(), z.string()], { error: `Enter ${label}.` }).transform((value, context) => {
    const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? "" : dayOf(value)) : value.trim();
    const issue =
      (value instanceof Date ? (text ? null : format) : text ? calendarDayIssue(text, format) : `Enter ${label}.`) ?? dateBoundsIssue(text, label, bounds);
    if (issue) {
      context.addIssue({ code: "custom", message: issue });
      return z.NEVER;
    }
    return value instanceof Date ? value : new Date(`${text}T00:00:00Z`);
  });
}

/** An optional calendar date: blank becomes null. */
export function optionalIsoDate(label: string, bounds: DateBounds = {}) {
  return z
    .union([z.date(), z.string()])
    .nullish()
    .transform((value) => (blank(value) ? null : value))
    .pipe(isoDate(label, bounds).nullable());
}

/** A calendar day kept as "YYYY-MM-DD" text (query parameters, the import's cells before mapping). */
export function calendarDay(label: string, bounds: DateBounds = {}) {
  return z.string().trim().superRefine((text, context) => {
    const issue = calendarDayIssue(text, `Use a date like 2024-12-31 for ${label}.`) ?? dateBoundsIssue(text, label, bounds);
    if (issue) context.addIssue({ code: "custom", message: issue });
  });
}

/** An optional http(s) URL; blank becomes null. Other schemes (javascript:, data:, ftp:) are refused. */
export const optionalWebUrl = z
  .string()
  .nullish()
  .transform((value) => (blank(value) ? null : value.trim()))
  .pipe(
    safeText("the web address", 2000)
      .pipe(z.url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." }))
      .nullable(),
  );

export const dateToIso = dayOf;
