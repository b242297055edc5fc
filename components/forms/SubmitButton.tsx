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
  /** Sent with the form when this button submits it (a form with two ways to submit). */
  name?: string;
  value?: string;
};

export function SubmitButton({ children, pendingLabel = "Saving…", variant = "primary", autoFocus, name, value }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending || undefined}
      autoFocus={autoFocus}
      name={name}
      value={value}
      className={`${buttonClasses[variant]} disabled:cursor-wait disabled:opacity-60`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
