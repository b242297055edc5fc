"use client";

import { useActionState } from "react";
import { createOutcomeAction, updateOutcomeAction } from "@/app/editor/outcomes/actions.ts";
import { Field } from "@/components/forms/Field.tsx";
import { IDLE } from "@/lib/action-state.ts";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { useRound } from "@/components/forms/useRound.ts";
import { FormResult } from "@/components/workbench/FormResult.tsx";

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
          <Field type="text" label="Title" name="title" required hint="What happened, e.g. “Joint Declaration signed at the White House”." defaultValue={values.title} errors={errors.title} />
        </div>
        <div className="sm:col-span-2">
          <Field type="textarea" label="Description" name="description" optional rows={3} defaultValue={values.description} errors={errors.description} />
        </div>
        <Field type="date" label="Happened on" name="occurredAt" required defaultValue={values.occurredAt} errors={errors.occurredAt} />
        <div />
        <Field
          type="select"
          label="Source in the ledger"
          name="sourceId"
          hint="The source that reports it, or its web address: one of the two."
          options={[{ value: "", label: "None — give a web address" }, ...props.sources.map((source) => ({ value: String(source.id), label: source.publisher ? `${source.title} — ${source.publisher}` : source.title }))]}
          defaultValue={values.sourceId ?? ""}
          errors={errors.sourceId}
        />
        <Field type="url" label="Or its web address" name="url" hint="http:// or https:// only." defaultValue={values.url} errors={errors.url} />
      </div>
      <SubmitButton pendingLabel={props.mode === "create" ? "Creating…" : "Saving…"}>{props.mode === "create" ? "Create outcome" : "Save outcome"}</SubmitButton>
      <FormResult state={state} />
    </form>
  );
}
