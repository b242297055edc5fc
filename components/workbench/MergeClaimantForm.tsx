"use client";

import { useActionState, useState } from "react";
import { mergeClaimantsAction } from "@/app/editor/claimants/actions.ts";
import { ConfirmStep } from "@/components/forms/ConfirmStep.tsx";
import { Field } from "@/components/forms/Field.tsx";
import { labelClasses } from "@/components/forms/styles.ts";
import { FormResult } from "@/components/workbench/FormResult.tsx";
import { IDLE } from "@/lib/action-state.ts";

type ClaimantChoice = { id: number; name: string; title: string | null; claims: number };
type Props = { claimant: ClaimantChoice; others: ClaimantChoice[] };

const claimsText = (n: number) => `${n} claim${n === 1 ? "" : "s"}`;

/**
 * Merges this claimant and another, after a confirmation that says what will happen: the editor
 * picks the other claimant and which of the two stays.
 */
export function MergeClaimantForm({ claimant, others }: Props) {
  const [state, formAction] = useActionState(mergeClaimantsAction, IDLE);
  const [otherId, setOtherId] = useState("");
  const [keep, setKeep] = useState<"this" | "other">("this");
  const [confirming, setConfirming] = useState(false);
  const other = others.find((candidate) => String(candidate.id) === otherId);
  const [survivor, merged] = keep === "this" ? [claimant, other] : [other, claimant];
  const errors = state.fieldErrors ?? {};

  return (
    <form action={formAction} className="space-y-4" aria-label="Merge claimants">
      <Field
        type="select"
        label="The other claimant"
        name="otherId"
        hint="The same person or organisation entered twice, or under another name."
        options={[{ value: "", label: "Choose a claimant" }, ...others.map((option) => ({ value: String(option.id), label: `${option.name}${option.title ? `, ${option.title}` : ""} (${claimsText(option.claims)})` }))]}
        defaultValue=""
        onChange={(value) => {
          setOtherId(value);
          setConfirming(false);
        }}
        errors={errors.mergedId ?? errors.survivorId}
      />
      <fieldset className="space-y-2">
        <legend className={labelClasses}>Which one stays</legend>
        {(["this", "other"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm text-stone-900">
            <input
              type="radio"
              name="keep"
              value={value}
              checked={keep === value}
              onChange={() => {
                setKeep(value);
                setConfirming(false);
              }}
            />
            {value === "this" ? `${claimant.name} (this one)` : (other?.name ?? "The other one")}
          </label>
        ))}
      </fieldset>
      {survivor && merged ? (
        <>
          <input type="hidden" name="survivorId" value={survivor.id} />
          <input type="hidden" name="mergedId" value={merged.id} />
        </>
      ) : null}
      <ConfirmStep
        confirming={confirming && Boolean(survivor && merged)}
        setConfirming={setConfirming}
        opener="Merge…"
        disabled={!other}
        confirmLabel={`Merge into ${survivor?.name}`}
        pendingLabel="Merging…"
      >
        {survivor && merged ? (
          <>
            Merge “{merged.name}” into “{survivor.name}”? Its {claimsText(merged.claims)} move to {survivor.name}, each with an entry in its history; “
            {merged.name}” and its aliases become aliases of {survivor.name}; its public page leads to {survivor.name}’s; and “{merged.name}” is
            deleted. This cannot be undone.
          </>
        ) : null}
      </ConfirmStep>
      <FormResult state={state} />
    </form>
  );
}
