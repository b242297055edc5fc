"use client";

import { useRef, type ReactNode } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { buttonClasses } from "@/components/forms/styles.ts";

const toneClasses = { danger: "border-rose-300 bg-rose-50", warning: "border-amber-300 bg-amber-50" } as const;

/**
 * The confirmation step inside a form: a button ("Disable…") opens a box that says what will
 * happen, with the submit button (focused) and Cancel, which puts the focus back on the opener.
 * The form owns `confirming`, so it can close the step after a success or when its choice changes.
 */
export function ConfirmStep({
  confirming,
  setConfirming,
  opener,
  disabled,
  tone = "danger",
  children,
  confirmLabel,
  pendingLabel,
}: {
  confirming: boolean;
  setConfirming: (confirming: boolean) => void;
  /** The opener's label; it may hold a screen-reader-only part naming what it acts on. */
  opener: ReactNode;
  disabled?: boolean;
  tone?: keyof typeof toneClasses;
  /** What will happen. */
  children: ReactNode;
  confirmLabel: ReactNode;
  pendingLabel: string;
}) {
  const openerButton = useRef<HTMLButtonElement>(null);
  if (!confirming) {
    return (
      <button ref={openerButton} type="button" className={buttonClasses.secondary} disabled={disabled} onClick={() => setConfirming(true)}>
        {opener}
      </button>
    );
  }
  return (
    <div className={`space-y-2 rounded-md border p-3 ${toneClasses[tone]}`}>
      <p className="text-sm text-stone-900">{children}</p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="danger" pendingLabel={pendingLabel} autoFocus>
          {confirmLabel}
        </SubmitButton>
        <button
          type="button"
          className={buttonClasses.secondary}
          onClick={() => {
            setConfirming(false);
            // The opener is rendered again only after this update.
            requestAnimationFrame(() => openerButton.current?.focus());
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
