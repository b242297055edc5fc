"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { buttonClasses, hintClasses, labelClasses } from "@/components/forms/styles.ts";

/** 1-based: which occurrence of `quote` in `text` starts at `start`. */
function occurrenceAt(text: string, quote: string, start: number): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1 && at <= start; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

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
    const { selectionStart: start, selectionEnd: end } = element;
    setSelection(end > start && body.slice(start, end).trim() ? { start, end } : null);
  }

  function createClaim() {
    if (!selection) return;
    // Leading/trailing spaces of a sloppy selection are not part of the quote.
    const raw = body.slice(selection.start, selection.end);
    const quote = raw.trim();
    const start = selection.start + (raw.length - raw.trimStart().length);
    const params = new URLSearchParams({ source: String(sourceId), quote, occurrence: String(occurrenceAt(body, quote, start)) });
    router.push(`/editor/claims/new?${params}`);
  }

  const selected = selection ? body.slice(selection.start, selection.end).trim() : "";
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
        <button type="button" onClick={createClaim} disabled={!selection} className={`${buttonClasses.primary} disabled:opacity-50`}>
          New claim from selection
        </button>
        <p className="text-sm text-stone-700" aria-live="polite">
          {selected ? `Selected: “${selected.length > 80 ? `${selected.slice(0, 80)}…` : selected}”` : "Nothing selected yet."}
        </p>
      </div>
    </div>
  );
}
