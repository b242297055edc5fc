import { z } from "zod";
import { AuthorizationError, DomainError } from "@/lib/errors.ts";

/**
 * What every Server Action returns to `useActionState`. `values` echoes what the user typed, so a
 * refused form keeps its input; `data` carries a result the page shows once (e.g. a new password).
 */
export type ActionState<Data = undefined> = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  data?: Data;
};

export const IDLE: ActionState<never> = { status: "idle" };

export const INVALID_INPUT = "Check the highlighted fields; nothing was saved.";
export const UNEXPECTED_ERROR = "Something went wrong; nothing was saved.";

/** The named text fields of a submitted form (files and unnamed fields ignored). */
export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

export function fromZodError(error: z.ZodError, values: Record<string, string> = {}): ActionState<never> {
  const { fieldErrors, formErrors } = z.flattenError(error);
  const compact: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.length) compact[field] = messages;
  }
  return { status: "error", message: formErrors[0] ?? INVALID_INPUT, fieldErrors: compact, values };
}

/**
 * A thrown error as a state the client may see: a broken domain rule or a refused authorisation
 * keeps its message; anything else is logged here and shown only as a generic message, so no
 * stack, SQL or connection string reaches the browser.
 */
export function fromError(error: unknown, values: Record<string, string> = {}): ActionState<never> {
  if (error instanceof DomainError) {
    const fieldErrors = Object.keys(error.fieldErrors).length > 0 ? error.fieldErrors : undefined;
    return { status: "error", message: error.message, ...(fieldErrors ? { fieldErrors } : {}), values };
  }
  if (error instanceof AuthorizationError) return { status: "error", message: error.message, values };
  if (error instanceof z.ZodError) return fromZodError(error, values);
  console.error("Server Action failed:", error);
  return { status: "error", message: UNEXPECTED_ERROR, values };
}
