"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { createClaimAction, updateClaimAction } from "@/app/editor/claims/actions.ts";
import { Field } from "@/components/forms/Field.tsx";
import { IDLE } from "@/lib/action-state.ts";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { useRound } from "@/components/forms/useRound.ts";
import { CorrectionNote } from "@/components/workbench/ClaimActionForms.tsx";
import { ConflictDetails } from "@/components/workbench/ConflictDetails.tsx";
import { FormResult } from "@/components/workbench/FormResult.tsx";
import { SimilarClaims } from "@/components/workbench/SimilarClaims.tsx";
import { KIND_LABEL } from "@/lib/labels.ts";
import { CLAIM_TEXT_LIMITS, NEW_CLAIMANT } from "@/lib/workbench/claim-form-values.ts";

export type ClaimFormOptions = {
  claimants: { id: number; name: string; title: string | null }[];
  sources: { id: number; title: string; publisher: string | null }[];
};

/** `seen`: readers have seen the claim (it is, or was, published), so rewording it is a correction. */
type Props = ClaimFormOptions &
  ({ mode: "create"; initial: Record<string, string> } | { mode: "edit"; initial: Record<string, string>; id: number; version: number; seen: boolean });

const kinds = Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }));

/** Create or edit a claim. After a refused save the editor's input stays; after a stale save it also shows what changed. */
export function ClaimForm(props: Props) {
  const [state, formAction] = useActionState(props.mode === "create" ? createClaimAction : updateClaimAction, IDLE);
  const round = useRound(state);
  const values = state.status === "error" ? { ...props.initial, ...state.values } : props.initial;
  const errors = state.fieldErrors ?? {};
  const conflict = state.status === "error" ? state.data?.conflict : undefined;
  const [typed, setTyped] = useState({ quote: values.quote ?? "", summary: values.summary ?? "", headline: values.headline ?? "", claimantId: values.claimantId ?? "" });
  // Rewording a published claim is a correction: its note opens then. Until then (or an answer about it)
  // it stays folded, as do the similar claims of a claim already saved: the edit form fits two screens.
  const reworded = props.mode === "edit" && (["quote", "summary", "headline"] as const).some((field) => typed[field] !== (props.initial[field] ?? ""));
  const correctionAsked = reworded || Boolean(errors.correction || errors.meaningUnchanged || values.correction || values.meaningUnchanged);
  const readTyped = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "");
    setTyped({ quote: text("quote"), summary: text("summary"), headline: text("headline"), claimantId: text("claimantId") });
  };
  const form = useRef<HTMLFormElement>(null);
  // What was typed before the page came alive (a fast typist on a slow device, a form the browser
  // restored) fired no input event React heard: read it once it runs, or no duplicate is looked for.
  useEffect(() => {
    if (form.current) readTyped(form.current);
  }, []);

  return (
    <form ref={form} action={formAction} onInput={(event) => readTyped(event.currentTarget)} onChange={(event) => readTyped(event.currentTarget)} className="space-y-5" noValidate>
      {props.mode === "edit" ? (
        <>
          <input type="hidden" name="id" value={props.id} />
          {/* After a conflict, saving again applies this input over the newer version, knowingly. */}
          <input type="hidden" name="version" value={conflict?.version ?? props.version} />
        </>
      ) : null}
      {conflict && props.mode === "edit" ? (
        <ConflictDetails opened={props.initial} current={conflict} claimants={props.claimants} sources={props.sources} />
      ) : null}
      {/* Remounted with every answer (the round): after an error every field shows what was sent. */}
      <div key={round} className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field
            type="textarea"
            label="Quote"
            name="quote"
            required
            rows={3}
            maxChars={CLAIM_TEXT_LIMITS.quote}
            hint="The exact words, as they appear in the source."
            defaultValue={values.quote}
            errors={errors.quote}
          />
        </div>
        <div className="sm:col-span-2">
          <Field
            type="textarea"
            label="Summary"
            name="summary"
            required
            rows={2}
            maxChars={CLAIM_TEXT_LIMITS.summary}
            hint="A neutral restatement of what is claimed."
            defaultValue={values.summary}
            errors={errors.summary}
          />
        </div>
        <div className="sm:col-span-2">
          <Field
            type="text"
            label="Headline"
            name="headline"
            optional
            maxChars={CLAIM_TEXT_LIMITS.headline}
            hint="The verdict in one line, as readers first see it: “Blinken’s ‘tangible progress’: borne out”. Needed to publish."
            defaultValue={values.headline}
            errors={errors.headline}
          />
        </div>
        <div className="sm:col-span-2">
          <SimilarClaims typed={typed} exclude={props.mode === "edit" ? props.id : undefined} folded={props.mode === "edit" && !reworded} />
        </div>
        <ClaimantChoice claimants={props.claimants} values={values} errors={errors} />
        <Field
          type="select"
          label="Source"
          name="sourceId"
          optional
          options={[{ value: "", label: "No source" }, ...props.sources.map((source) => ({ value: String(source.id), label: source.publisher ? `${source.title} — ${source.publisher}` : source.title }))]}
          defaultValue={values.sourceId ?? ""}
          errors={errors.sourceId}
        />
        <Field
          type="number"
          label="Which occurrence"
          name="quoteOccurrence"
          optional
          min={1}
          hint="Only when the quote occurs more than once in the source: 1 for the first, 2 for the second…"
          defaultValue={values.quoteOccurrence}
          errors={errors.quoteOccurrence}
        />
        <Field type="date" label="Stated on" name="statedAt" required defaultValue={values.statedAt} errors={errors.statedAt} />
        <Field type="select" label="Kind" name="kind" options={kinds} defaultValue={values.kind ?? "PROMISE"} errors={errors.kind} required />
        <Field
          type="date"
          label="Due by"
          name="dueAt"
          optional
          hint="For a promise or prediction: the day by which it should have come true. Overdue after that day until it has a verdict."
          defaultValue={values.dueAt}
          errors={errors.dueAt}
        />
        <Field
          type="text"
          label="Due-date note"
          name="dueNote"
          optional
          maxChars={CLAIM_TEXT_LIMITS.dueNote}
          hint="Where the date comes from, e.g. end of 2024, per Biden's letter."
          defaultValue={values.dueNote}
          errors={errors.dueNote}
        />
        <Field
          type="text"
          label="Tags"
          name="tags"
          optional
          hint="Comma-separated, e.g. peace-treaty, us-mediation."
          defaultValue={values.tags}
          errors={errors.tags}
        />
        {props.mode === "create" ? (
          <Field
            type="select"
            label="Visibility"
            name="visibility"
            options={[
              { value: "DRAFT", label: "Draft (editors only)" },
              { value: "PUBLISHED", label: "Published (readers see it)" },
            ]}
            defaultValue={values.visibility ?? "DRAFT"}
            errors={errors.visibility}
          />
        ) : null}
        {props.mode === "edit" && props.seen ? (
          <details open={correctionAsked} className="space-y-3 rounded-md border border-stone-300 p-3 sm:col-span-2">
            <summary className="cursor-pointer text-sm font-medium">Readers have seen this claim: correction note</summary>
            <CorrectionNote
              required={false}
              hint="A changed quote, summary or headline is a correction readers see (listed on the corrections page): say what was wrong. Optional for other fields."
              defaultValue={values.correction}
              errors={errors.correction}
            />
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="meaningUnchanged" defaultChecked={values.meaningUnchanged === "on"} className="mt-0.5 size-4" />
              <span>This edit does not change the meaning (a typo or formatting): no correction, it is only in the history.</span>
            </label>
          </details>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={props.mode === "create" ? "Creating…" : "Saving…"}>
          {props.mode === "create" ? "Create claim" : conflict ? "Save my version anyway" : "Save changes"}
        </SubmitButton>
      </div>
      <FormResult state={state} />
    </form>
  );
}

/** Who said it: a claimant of the list, or a new one typed in (its fields appear for "New claimant…"). */
function ClaimantChoice({
  claimants,
  values,
  errors,
}: {
  claimants: ClaimFormOptions["claimants"];
  values: Record<string, string>;
  errors: Record<string, string[]>;
}) {
  // Only decides whether the new claimant's fields show; the select itself stays uncontrolled like
  // every other field (a controlled select is reset to its first option when React resets the form
  // after the action, which lost the chosen claimant after an error).
  const [choice, setChoice] = useState(values.claimantId ?? "");
  const options = [
    { value: "", label: "Choose who said it…" },
    ...claimants.map((claimant) => ({ value: String(claimant.id), label: claimant.title ? `${claimant.name} (${claimant.title})` : claimant.name })),
    { value: NEW_CLAIMANT, label: "New claimant…" },
  ];
  return (
    <div className="space-y-3">
      <Field type="select" label="Claimant" name="claimantId" required options={options} defaultValue={values.claimantId ?? ""} onChange={setChoice} errors={errors.claimantId} />
      {choice === NEW_CLAIMANT ? (
        <fieldset className="space-y-3 rounded-md border border-stone-300 p-3">
          <legend className="px-1 text-sm font-medium">New claimant</legend>
          <Field
            type="text"
            label="Name"
            name="claimantName"
            required
            maxChars={CLAIM_TEXT_LIMITS.claimantName}
            defaultValue={values.claimantName}
            errors={errors.claimantName}
          />
          <Field
            type="text"
            label="Role or office"
            name="claimantTitle"
            optional
            maxChars={CLAIM_TEXT_LIMITS.claimantTitle}
            hint="e.g. US Secretary of State"
            defaultValue={values.claimantTitle}
            errors={errors.claimantTitle}
          />
        </fieldset>
      ) : null}
    </div>
  );
}
