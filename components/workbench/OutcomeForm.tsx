"use client";

import { useActionState } from "react";
import { createOutcomeAction, updateOutcomeAction } from "@/app/editor/outcomes/actions.ts";
import { SelectField } from "@/components/forms/SelectField.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { Field } from "@/components/workbench/Field.tsx";
import { FormResult } from "@/components/workbench/FormResult.tsx";
import { useRound } from "@/components/workbench/useRound.ts";
import { IDLE } from "@/lib/action-state.ts";

type Props = {
  sources: { id: number; title: string; publisher: string | null }[];
  initial: Record<string, string>;
} & ({ mode: "create"; forClaim?: number } | { mode: "edit"; id: number });

export function OutcomeForm(props: Props) {
  const [state, formAction] = useActionState(props.mode === "create" ? createOutcomeAction : updateOutcomeAction, IDLE);
  const round = useRound(state);
  const values = state.status === "error" ? { ...props.initial, ...state.values } : props.initial;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {props.mode === "edit" ? <input type="hidden" name="id" value={props.id} /> : null}
      {props.mode === "create" && props.forClaim ? <input type="hidden" name="forClaim" value={props.forClaim} /> : null}
      <div key={round} className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field type="text" label="Title" name="title" required maxLength={300} hint="What happened, e.g. “Joint Declaration signed at the White House”." defaultValue={values.title} errors={errors.title} />
        </div>
        <div className="sm:col-span-2">
          <Field type="textarea" label="Description" name="description" rows={3} maxLength={5000} defaultValue={values.description} errors={errors.description} />
        </div>
        <Field type="date" label="Happened on" name="occurredAt" required defaultValue={values.occurredAt} errors={errors.occurredAt} />
        <div />
        <SelectField
          label="Source in the ledger"
          name="sourceId"
          options={[{ value: "", label: "None — give a web address" }, ...props.sources.map((source) => ({ value: String(source.id), label: source.publisher ? `${source.title} — ${source.publisher}` : source.title }))]}
          defaultValue={values.sourceId ?? ""}
          errors={errors.sourceId}
        />
        <Field type="url" label="Or its web address" name="url" maxLength={2000} hint="http:// or https:// only." defaultValue={values.url} errors={errors.url} />
      </div>
      <SubmitButton pendingLabel={props.mode === "create" ? "Creating…" : "Saving…"}>{props.mode === "create" ? "Create outcome" : "Save outcome"}</SubmitButton>
      <FormResult state={state} />
    </form>
  );
}
