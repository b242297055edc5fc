"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { addAppearanceAction, dismissSuggestionAction, dismissSuggestionsAction, restoreSuggestionAction } from "@/app/editor/sources/actions.ts";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { buttonClasses, errorClasses } from "@/components/forms/styles.ts";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { LocalDate } from "@/components/LocalDate.tsx";
import type { SuggestionActionState } from "@/components/sources/types.ts";
import { linkButtonClasses } from "@/components/workbench/EditorPage.tsx";
import { IDLE } from "@/lib/action-state.ts";
import { KIND_LABEL } from "@/lib/labels.ts";
import type { AppearanceOffer } from "@/lib/workbench/appearances.ts";
import type { SourceSuggestion } from "@/lib/workbench/suggestions.ts";

export type SuggestionItem = {
  suggestion: SourceSuggestion;
  /** 1-based position in the text; names the suggestion for screen readers and in the article view. */
  number: number;
  /** The new-claim form, prefilled. */
  href: string;
  /** Id of the suggestion's highlighted words in the article view. */
  target: string | null;
  /** The claims of other sources these words repeat (or were added to as an appearance). */
  appearances: AppearanceOffer[];
};

type Act = (formData: FormData) => void;

const short = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}…` : text);
// Short enough that the speaker and the kind still fit on the line beside the text at 1280 px.
const lineStart = (text: string) => (text.length > 32 ? `${text.slice(0, 29)}…` : text);
const name = ({ number, suggestion }: SuggestionItem) => `suggestion ${number}, “${short(suggestion.text)}”`;
const linkClasses = "text-sm font-medium text-stone-900 underline underline-offset-2 hover:text-stone-700";

const ACTIONS = {
  dismiss: dismissSuggestionAction,
  "dismiss-selected": dismissSuggestionsAction,
  restore: restoreSuggestionAction,
  appear: addAppearanceAction,
};
const BATCH_FORM = "dismiss-selected-suggestions";

/**
 * The suggested claims of a source, one line each (the start of the words, speaker, kind), which
 * opens to the whole suggestion with its due date, "Create claim" (the prefilled form; nothing is
 * saved before the editor creates it) and "Dismiss" (undoable). Open suggestions can be checked and
 * dismissed together. Suggestions that are already claims link to them. Their context is the
 * article beside the list, where "Show in the article" leads.
 */
export function SuggestedClaims({ sourceId, items }: { sourceId: number; items: SuggestionItem[] }) {
  const [state, act] = useActionState(
    (previous: SuggestionActionState, formData: FormData) => {
      const intent = formData.get("intent");
      return (intent === "restore" || intent === "dismiss-selected" || intent === "appear" ? ACTIONS[intent] : ACTIONS.dismiss)(previous, formData);
    },
    IDLE as SuggestionActionState,
  );
  const undo = useRef<HTMLButtonElement>(null);
  const message = useRef<HTMLDivElement>(null);
  // The dismissed entry (and its focused button) is gone: keep the keyboard near what just happened.
  useEffect(() => {
    if (state.status === "idle") return;
    (state.data?.dismissed ? undo.current : message.current)?.focus();
  }, [state]);

  const shown = items.filter((item) => item.suggestion.claimId !== null || !item.suggestion.dismissed);
  const dismissed = items.filter((item) => item.suggestion.claimId === null && item.suggestion.dismissed);
  const dismissedRef = state.status === "success" ? state.data?.dismissed : undefined;
  const selectable = shown.some((item) => item.suggestion.claimId === null);

  return (
    <div className="space-y-4">
      <div ref={message} tabIndex={-1} aria-live="polite" className="space-y-2 empty:hidden">
        <FormMessage state={state} />
        {state.fieldErrors?.suggestions?.map((error) => (
          <p key={error} className={errorClasses}>
            {error}
          </p>
        ))}
        {dismissedRef ? (
          <form action={act}>
            <RefFields sourceId={sourceId} of={dismissedRef} intent="restore" />
            <button ref={undo} type="submit" className={buttonClasses.secondary}>
              Undo<span className="sr-only"> the dismissal</span>
            </button>
          </form>
        ) : null}
      </div>

      {items.length === 0 ? (
        <p className="text-stone-700">No quotes or reported statements were found in this text.</p>
      ) : shown.length === 0 ? (
        <p className="text-stone-700">Every suggestion was dismissed.</p>
      ) : (
        <>
          <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label="Suggestions in the order they appear in the text">
            {shown.map((item) => (
              <Suggestion key={item.number} item={item} sourceId={sourceId} act={act} />
            ))}
          </ol>
          {selectable ? (
            <form id={BATCH_FORM} action={act}>
              <input type="hidden" name="intent" value="dismiss-selected" />
              <input type="hidden" name="sourceId" value={sourceId} />
              <SubmitButton variant="secondary" pendingLabel="Dismissing…">
                Dismiss selected
              </SubmitButton>
            </form>
          ) : null}
        </>
      )}

      {dismissed.length > 0 ? (
        <details className="rounded-lg border border-stone-200 bg-stone-50 p-3">
          <summary className="cursor-pointer text-sm font-medium">Show dismissed suggestions ({dismissed.length})</summary>
          <ul className="mt-3 space-y-3">
            {dismissed.map((item) => (
              <li key={item.number} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span className="min-w-0 break-words font-serif">
                  {item.number}. “{short(item.suggestion.text)}”
                </span>
                <form action={act}>
                  <RefFields sourceId={sourceId} of={item.suggestion} intent="restore" />
                  <SubmitButton variant="secondary" pendingLabel="Restoring…">
                    Restore<span className="sr-only"> {name(item)}</span>
                  </SubmitButton>
                </form>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function RefFields({ sourceId, of, intent }: { sourceId: number; of: { start: number; end: number; text: string }; intent: "dismiss" | "restore" | "appear" }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="start" value={of.start} />
      <input type="hidden" name="end" value={of.end} />
      <input type="hidden" name="text" value={of.text} />
    </>
  );
}

function Suggestion({ item, sourceId, act }: { item: SuggestionItem; sourceId: number; act: Act }) {
  const { suggestion, number } = item;
  const speaker = suggestion.claimant?.name ?? "speaker not found";
  return (
    <li className="flex items-start gap-3 px-3 py-2">
      {suggestion.claimId === null ? (
        <input
          type="checkbox"
          form={BATCH_FORM}
          name="suggestion"
          value={`${suggestion.start}:${suggestion.end}:${suggestion.text}`}
          aria-label={`Select ${name(item)}`}
          className="mt-1 size-4 shrink-0"
        />
      ) : (
        <span className="size-4 shrink-0" />
      )}
      <details className="min-w-0 flex-1">
        <summary className="cursor-pointer truncate text-sm">
          {number}. <span className="font-serif">“{lineStart(suggestion.text)}”</span>{" "}
          <span className="text-stone-700">
            — {speaker} · {KIND_LABEL[suggestion.claimKind]}
            {suggestion.claimId !== null ? ` · claim #${suggestion.claimId}` : ""}
            {item.appearances.map((offer) => ` · ${offer.added ? "appearance of" : "repeats"} claim #${offer.claimId}`).join("")}
          </span>
        </summary>
        {/* The article's suggestion links lead here; the browser opens the details to show it. */}
        <div id={`suggestion-${number}`} className="mt-2 scroll-mt-4 space-y-3 rounded-md pb-2 target:ring-2 target:ring-sky-500">
          <p className="text-sm font-semibold">{suggestion.kind === "quote" ? "Direct quote" : "Reported statement"}</p>
          <p className="break-words font-serif leading-relaxed text-stone-800">“{suggestion.text}”</p>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-semibold">Speaker</dt>
            <dd className="min-w-0 break-words">
              <Speaker claimant={suggestion.claimant} />
            </dd>
            {suggestion.speakerAffiliation ? (
              <>
                <dt className="font-semibold">Speaks for</dt>
                <dd className="min-w-0 break-words">{suggestion.speakerAffiliation}</dd>
              </>
            ) : null}
            <dt className="font-semibold">Stated on</dt>
            <dd>
              <StatedOn suggestion={suggestion} />
            </dd>
            <dt className="font-semibold">Kind</dt>
            <dd>{KIND_LABEL[suggestion.claimKind]}</dd>
            <dt className="font-semibold">Due by</dt>
            <dd>{suggestion.dueDate ? <LocalDate value={new Date(`${suggestion.dueDate}T00:00:00Z`)} /> : "no date found"}</dd>
          </dl>
          {item.appearances.map((offer) => (
            <Repeats key={offer.claimId} item={item} appearance={offer} sourceId={sourceId} act={act} />
          ))}
          <div className="flex flex-wrap items-center gap-3">
            {suggestion.claimId !== null ? (
              <p className="text-sm text-stone-800">
                Already a claim:{" "}
                <Link href={`/editor/claims/${suggestion.claimId}`} className={linkClasses}>
                  claim #{suggestion.claimId}
                  <span className="sr-only"> ({name(item)})</span>
                </Link>
              </p>
            ) : (
              <>
                <Link href={item.href} className={linkButtonClasses}>
                  Create claim<span className="sr-only"> from {name(item)}</span>
                </Link>
                <form action={act}>
                  <RefFields sourceId={sourceId} of={suggestion} intent="dismiss" />
                  <SubmitButton variant="secondary" pendingLabel="Dismissing…">
                    Dismiss<span className="sr-only"> {name(item)}</span>
                  </SubmitButton>
                </form>
              </>
            )}
            {item.target ? (
              <a href={`#${item.target}`} className={linkClasses}>
                Show in the article<span className="sr-only"> ({name(item)})</span>
              </a>
            ) : null}
          </div>
        </div>
      </details>
    </li>
  );
}

const STATED_FROM = {
  text: "from the text",
  speaker: "the day the text gives this speaker's statement just before",
  article: "the article's date",
} as const;

function StatedOn({ suggestion }: { suggestion: SourceSuggestion }) {
  if (!suggestion.statedAt || !suggestion.statedAtSource) return <>not found: set it in the form</>;
  return (
    <>
      {suggestion.statedAtApproximate ? "about " : ""}
      <LocalDate value={new Date(`${suggestion.statedAt}T00:00:00Z`)} />{" "}
      <span className="text-stone-600">— {STATED_FROM[suggestion.statedAtSource]}</span>
    </>
  );
}

function Speaker({ claimant }: { claimant: SourceSuggestion["claimant"] }) {
  if (!claimant) return <>not found: choose the claimant in the form</>;
  const who = claimant.title ? `${claimant.name} (${claimant.title})` : claimant.name;
  return (
    <>
      {who} <span className="text-stone-600">— {claimant.id === null ? "new claimant" : "existing claimant"}</span>
    </>
  );
}

/** The claim of another source a suggestion repeats: one click adds this source as another appearance of it. */
function Repeats({ item, appearance, sourceId, act }: { item: SuggestionItem; appearance: AppearanceOffer; sourceId: number; act: Act }) {
  const claimLink = (
    <Link href={`/editor/claims/${appearance.claimId}`} className={linkClasses}>
      claim #{appearance.claimId}
      {appearance.headline ? ` “${short(appearance.headline)}”` : ""}
    </Link>
  );
  return (
    <div className="space-y-2 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-stone-900">
      {appearance.added ? (
        <p>Added as another appearance of {claimLink}.</p>
      ) : (
        <>
          <p>
            Repeats {claimLink}, said <LocalDate value={appearance.statedAt} />
            {appearance.visibility === "DRAFT" ? " (a draft)" : ""}: “{short(appearance.quote)}” ({Math.round(appearance.score * 100)}% similar)
          </p>
          <form action={act}>
            <RefFields sourceId={sourceId} of={item.suggestion} intent="appear" />
            <input type="hidden" name="claimId" value={appearance.claimId} />
            <SubmitButton pendingLabel="Adding…">
              Add as an appearance of claim #{appearance.claimId}
              <span className="sr-only"> ({name(item)})</span>
            </SubmitButton>
          </form>
        </>
      )}
    </div>
  );
}
