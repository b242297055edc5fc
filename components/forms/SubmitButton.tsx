"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClasses, type ButtonVariant } from "@/components/forms/styles.ts";

type SubmitButtonProps = {
  children: ReactNode;
  /** Shown while the form is being sent; the button is disabled meanwhile so it is not sent twice. */
  pendingLabel?: ReactNode;
  variant?: ButtonVariant;
  autoFocus?: boolean;
};

export function SubmitButton({ children, pendingLabel = "Saving…", variant = "primary", autoFocus }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending || undefined}
      autoFocus={autoFocus}
      className={`${buttonClasses[variant]} disabled:cursor-wait disabled:opacity-60`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
