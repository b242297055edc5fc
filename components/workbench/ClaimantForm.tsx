"use client";

import { useActionState } from "react";
import { updateClaimantAction } from "@/app/editor/claimants/actions.ts";
import { Field } from "@/components/forms/Field.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { useRound } from "@/components/forms/useRound.ts";
import { FormResult } from "@/components/workbench/FormResult.tsx";
import { IDLE } from "@/lib/action-state.ts";
import { CLAIMANT_TEXT_LIMITS, MAX_ALIASES } from "@/lib/workbench/claimant-form-values.ts";

type Props = {
  id: number;
  /** The version the form is made from (the claimant's updatedAt): a save over a newer one is refused. */
  updatedAt: string;
  initial: Record<string, string>;
};

const KIND_OPTIONS = [
  { value: "PERSON", label: "Person" },
  { value: "ORGANISATION", label: "Organisation" },
];

/** A claimant's details; a failed save keeps what was typed, with each error under its field. */
export function ClaimantForm({ id, updatedAt, initial }: Props) {
  const [state, formAction] = useActionState(updateClaimantAction, IDLE);
  const round = useRound(state);
  const values = state.status === "error" ? { ...initial, ...state.values } : initial;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-5" noValidate aria-label="Claimant details">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <div key={round} className="grid gap-4 sm:grid-cols-2">
        <Field
          type="text"
          label="Name"
          name="name"
          required
          maxChars={CLAIMANT_TEXT_LIMITS.name}
          hint="A new name moves the public page to a new address; the old one keeps working."
          defaultValue={values.name}
          errors={errors.name}
        />
        <Field type="select" label="Kind" name="kind" required options={KIND_OPTIONS} defaultValue={values.kind} errors={errors.kind} />
        <div className="sm:col-span-2">
          <Field
            type="text"
            label="Title or role"
            name="title"
            optional
            maxChars={CLAIMANT_TEXT_LIMITS.title}
            hint="E.g. “Foreign Minister of Azerbaijan”."
            defaultValue={values.title}
            errors={errors.title}
          />
        </div>
        <Field type="date" label="In the role from" name="titleFrom" optional defaultValue={values.titleFrom} errors={errors.titleFrom} />
        <Field type="date" label="In the role until" name="titleUntil" optional hint="Empty while they still hold it." defaultValue={values.titleUntil} errors={errors.titleUntil} />
        <Field type="text" label="Organisation" name="organisation" optional maxChars={CLAIMANT_TEXT_LIMITS.organisation} defaultValue={values.organisation} errors={errors.organisation} />
        <Field type="text" label="Country" name="country" optional maxChars={CLAIMANT_TEXT_LIMITS.country} defaultValue={values.country} errors={errors.country} />
        <div className="sm:col-span-2">
          <Field
            type="textarea"
            label="Aliases"
            name="aliases"
            optional
            rows={4}
            hint={`One per line, up to ${MAX_ALIASES}: other spellings and names, e.g. “Mevlüt Çavuşoğlu”, “Turkish FM Cavusoglu”. Search finds the claims by them, and a suggested claim’s speaker with one of them is this claimant.`}
            defaultValue={values.aliases}
            errors={errors.aliases}
          />
        </div>
        <Field
          type="text"
          label="Wikidata id"
          name="wikidataId"
          optional
          hint="Q followed by its number, e.g. Q312590."
          defaultValue={values.wikidataId}
          errors={errors.wikidataId}
        />
        <div className="sm:col-span-2">
          <Field
            type="textarea"
            label="Short description"
            name="description"
            optional
            rows={3}
            maxChars={CLAIMANT_TEXT_LIMITS.description}
            hint="Shown to readers on the claimant’s page."
            defaultValue={values.description}
            errors={errors.description}
          />
        </div>
      </div>
      <SubmitButton pendingLabel="Saving…">Save claimant</SubmitButton>
      <FormResult state={state} />
    </form>
  );
}
