"use client";

import { useActionState, useId, useState } from "react";
import { createClaimAction, updateClaimAction } from "@/app/editor/claims/actions.ts";
import { SelectField } from "@/components/forms/SelectField.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { describedBy, errorClasses, fieldClasses, labelClasses } from "@/components/forms/styles.ts";
import { ConflictDetails } from "@/components/workbench/ConflictDetails.tsx";
import { Field } from "@/components/workbench/Field.tsx";
import { FormResult } from "@/components/workbench/FormResult.tsx";
import { SimilarClaims } from "@/components/workbench/SimilarClaims.tsx";
import { useRound } from "@/components/workbench/useRound.ts";
import { IDLE } from "@/lib/action-state.ts";
import { KIND_LABEL } from "@/lib/labels.ts";
import { NEW_CLAIMANT } from "@/lib/workbench/claim-schemas.ts";

export type ClaimFormOptions = {
  claimants: { id: number; name: string; title: string | null }[];
  sources: { id: number; title: string; publisher: string | null }[];
};

type Props = ClaimFormOptions &
  ({ mode: "create"; initial: Record<string, string> } | { mode: "edit"; initial: Record<string, string>; id: number; version: number });

const kinds = Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }));

/** Create or edit a claim. After a refused save the editor's input stays; after a stale save it also shows what changed. */
export function ClaimForm(props: Props) {
  const [state, formAction] = useActionState(props.mode === "create" ? createClaimAction : updateClaimAction, IDLE);
  const round = useRound(state);
  const values = state.status === "error" ? { ...props.initial, ...state.values } : props.initial;
  const errors = state.fieldErrors ?? {};
  const conflict = state.status === "error" ? state.data?.conflict : undefined;
  const [typed, setTyped] = useState({ quote: values.quote ?? "", summary: values.summary ?? "", claimantId: values.claimantId ?? "" });
  const readTyped = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "");
    setTyped({ quote: text("quote"), summary: text("summary"), claimantId: text("claimantId") });
  };

  return (
    <form action={formAction} onInput={(event) => readTyped(event.currentTarget)} onChange={(event) => readTyped(event.currentTarget)} className="space-y-5" noValidate>
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
      <div key={round} className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field
            type="textarea"
            label="Quote"
            name="quote"
            required
            rows={3}
            maxLength={2000}
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
            maxLength={2000}
            hint="A neutral restatement of what is claimed."
            defaultValue={values.summary}
            errors={errors.summary}
          />
        </div>
        <div className="sm:col-span-2">
          <SimilarClaims typed={typed} exclude={props.mode === "edit" ? props.id : undefined} />
        </div>
        <ClaimantChoice claimants={props.claimants} values={values} errors={errors} />
        <SelectField
          label="Source (optional)"
          name="sourceId"
          options={[{ value: "", label: "No source" }, ...props.sources.map((source) => ({ value: String(source.id), label: source.publisher ? `${source.title} — ${source.publisher}` : source.title }))]}
          defaultValue={values.sourceId ?? ""}
          errors={errors.sourceId}
        />
        <Field
          type="number"
          label="Which occurrence"
          name="quoteOccurrence"
          min={1}
          hint="Only when the quote occurs more than once in the source: 1 for the first, 2 for the second…"
          defaultValue={values.quoteOccurrence}
          errors={errors.quoteOccurrence}
        />
        <Field type="date" label="Stated on" name="statedAt" required defaultValue={values.statedAt} errors={errors.statedAt} />
        <SelectField label="Kind" name="kind" options={kinds} defaultValue={values.kind ?? "PROMISE"} errors={errors.kind} required />
        <Field
          type="date"
          label="Due by (optional)"
          name="dueAt"
          hint="For a promise or prediction: the day by which it should have come true. Overdue after that day until it has a verdict."
          defaultValue={values.dueAt}
          errors={errors.dueAt}
        />
        <Field
          type="text"
          label="Due-date note (optional)"
          name="dueNote"
          maxLength={300}
          hint="Where the date comes from, e.g. end of 2024, per Biden's letter."
          defaultValue={values.dueNote}
          errors={errors.dueNote}
        />
        <Field
          type="text"
          label="Tags"
          name="tags"
          hint="Comma-separated, e.g. peace-treaty, us-mediation."
          defaultValue={values.tags}
          errors={errors.tags}
        />
        {props.mode === "create" ? (
          <SelectField
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

function ClaimantChoice({
  claimants,
  values,
  errors,
}: {
  claimants: ClaimFormOptions["claimants"];
  values: Record<string, string>;
  errors: Record<string, string[]>;
}) {
  const id = useId();
  const [choice, setChoice] = useState(values.claimantId ?? "");
  const invalid = Boolean(errors.claimantId?.length);
  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor={id} className={labelClasses}>
          Claimant
        </label>
        <select
          id={id}
          name="claimantId"
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          required
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(invalid && `${id}-error`)}
          className={fieldClasses}
        >
          <option value="">Choose who said it…</option>
          {claimants.map((claimant) => (
            <option key={claimant.id} value={String(claimant.id)}>
              {claimant.title ? `${claimant.name} (${claimant.title})` : claimant.name}
            </option>
          ))}
          <option value={NEW_CLAIMANT}>New claimant…</option>
        </select>
        {invalid ? (
          <p id={`${id}-error`} className={errorClasses}>
            {errors.claimantId!.join(" ")}
          </p>
        ) : null}
      </div>
      {choice === NEW_CLAIMANT ? (
        <fieldset className="space-y-3 rounded-md border border-stone-300 p-3">
          <legend className="px-1 text-sm font-medium">New claimant</legend>
          <Field type="text" label="Name" name="claimantName" required maxLength={200} defaultValue={values.claimantName} errors={errors.claimantName} />
          <Field
            type="text"
            label="Role or office"
            name="claimantTitle"
            maxLength={200}
            hint="e.g. US Secretary of State"
            defaultValue={values.claimantTitle}
            errors={errors.claimantTitle}
          />
        </fieldset>
      ) : null}
    </div>
  );
}
