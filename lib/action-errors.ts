import { z } from "zod";
import { INVALID_INPUT, type ActionState } from "@/lib/action-state.ts";
import { AuthorizationError, DomainError } from "@/lib/errors.ts";
import { reportInternalError } from "@/lib/internal-errors.ts";

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
 * keeps its message; anything else is logged once with a short id (lib/internal-errors.ts) and
 * shown only as a generic message with that id — "The database is unavailable; …" when the
 * database could not be used — so no stack, SQL or connection string reaches the browser.
 */
export function fromError(error: unknown, values: Record<string, string> = {}): ActionState<never> {
  if (error instanceof DomainError) {
    const fieldErrors = Object.keys(error.fieldErrors).length > 0 ? error.fieldErrors : undefined;
    return { status: "error", message: error.message, ...(fieldErrors ? { fieldErrors } : {}), values };
  }
  if (error instanceof AuthorizationError) return { status: "error", message: error.message, values };
  if (error instanceof z.ZodError) return fromZodError(error, values);
  return { status: "error", message: reportInternalError(error, "Server Action failed").message, values };
}
