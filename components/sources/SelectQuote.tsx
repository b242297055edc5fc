"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { buttonClasses, errorClasses, hintClasses, labelClasses } from "@/components/forms/styles.ts";
import { CLAIM_TEXT_LIMITS } from "@/lib/workbench/claim-form-values.ts";

/** 1-based: which occurrence of `quote` in `text` starts at `start`. */
function occurrenceAt(text: string, quote: string, start: number): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1 && at <= start; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

const OPENING_MARK = /^[“"‘'«„‚]/u;
const CLOSING_DOUBLE_MARK = /[”"»“]$/u;
const CLOSING_SINGLE_MARK = /[’'‘]$/u;
/** A sentence's or clause's end, as a suggestion's words leave it out ("…next year," she said). */
const TRAILING_PUNCTUATION = /[.,;:]$/u;

/**
 * The quote in a sloppy selection, as a suggestion would give it: no spaces around it, no
 * quotation marks around it, no full stop, comma, colon or semicolon after it. A single closing
 * mark goes only when the selection opened with one: otherwise it is an apostrophe (countries’).
 */
function quoteInSelection(body: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  const trim = () => {
    while (start < end && /\s/u.test(body[start]!)) start++;
    while (end > start && /\s/u.test(body[end - 1]!)) end--;
  };
  trim();
  let openedWithSingle = false;
  while (start < end && OPENING_MARK.test(body[start]!)) {
    openedWithSingle ||= /[‘'‚]/u.test(body[start]!);
    start++;
    trim();
  }
  for (let changed = true; changed && end > start; ) {
    const last = body.slice(end - 1, end);
    changed = TRAILING_PUNCTUATION.test(last) || CLOSING_DOUBLE_MARK.test(last) || (openedWithSingle && CLOSING_SINGLE_MARK.test(last));
    if (changed) {
      end--;
      trim();
    }
  }
  return { start, end };
}

const count = (n: number) => n.toLocaleString("en");

/**
 * The article text in a text box that refuses edits: select the statement's words with the mouse or with
 * Shift + arrow keys, then "New claim from selection" opens the claim form with the exact quote,
 * anchored at that occurrence.
 */
export function SelectQuote({ sourceId, body }: { sourceId: number; body: string }) {
  const router = useRouter();
  const textId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);

  function readSelection() {
    const element = area.current;
    if (!element) return;
    const { selectionStart, selectionEnd } = element;
    const span = quoteInSelection(body, selectionStart, selectionEnd);
    setSelection(span.end > span.start ? span : null);
  }

  const quote = selection ? body.slice(selection.start, selection.end) : "";
  // Longer than a claim's quote may be: said here, rather than cut on the way to the form.
  const tooLong = quote.length > CLAIM_TEXT_LIMITS.quote;

  function createClaim() {
    if (!selection || tooLong) return;
    const params = new URLSearchParams({ source: String(sourceId), quote, occurrence: String(occurrenceAt(body, quote, selection.start)) });
    router.push(`/editor/claims/new?${params}`);
  }

  return (
    <div className="space-y-2">
      <label htmlFor={textId} className={labelClasses}>
        Select a statement
      </label>
      <p id={`${textId}-hint`} className={hintClasses}>
        Select its exact words with the mouse, or move into the text and hold Shift with the arrow keys.
      </p>
      <textarea
        id={textId}
        ref={area}
        // Not `readOnly`: Chromium gives read-only text boxes no caret, so Shift+arrows could not
        // select. Edits are refused instead, and the box is announced as read-only.
        aria-readonly="true"
        value={body}
        onChange={() => {}}
        onBeforeInput={(event) => event.preventDefault()}
        onPaste={(event) => event.preventDefault()}
        onCut={(event) => event.preventDefault()}
        onDrop={(event) => event.preventDefault()}
        rows={12}
        aria-describedby={`${textId}-hint`}
        onSelect={readSelection}
        onKeyUp={readSelection}
        onMouseUp={readSelection}
        className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-serif text-base leading-relaxed text-stone-900 shadow-sm"
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={createClaim} disabled={!selection || tooLong} className={`${buttonClasses.primary} disabled:opacity-50`}>
          New claim from selection
        </button>
        <p className={tooLong ? errorClasses : "text-sm text-stone-700"} aria-live="polite">
          {!quote
            ? "Nothing selected yet."
            : tooLong
              ? `The selection is ${count(quote.length)} characters long; a claim's quote is at most ${count(CLAIM_TEXT_LIMITS.quote)}. Select fewer words.`
              : `Selected: “${quote.length > 80 ? `${quote.slice(0, 80)}…` : quote}”`}
        </p>
      </div>
    </div>
  );
}
