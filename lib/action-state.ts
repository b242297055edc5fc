/**
 * What every Server Action returns to `useActionState`. `values` echoes what the user typed, so a
 * refused form keeps its input; `data` carries a result the page shows once (e.g. a new password).
 * The actions themselves are made by `serverAction` (lib/actions.ts), errors become states in
 * lib/action-errors.ts; this module has no imports, as client components use it (IDLE, the types).
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
/** An unexpected error; the client gets it with the id of the log line (lib/internal-errors.ts). */
export const UNEXPECTED_ERROR = "Something went wrong; nothing was saved.";
/** The database could not be reached or timed out; also followed by the error id. */
export const DATABASE_UNAVAILABLE = "The database is unavailable; nothing was saved. Try again in a minute.";

/**
 * The named text fields of a submitted form (files and unnamed fields ignored). A caller can send an
 * action anything: what is not form data has no fields.
 */
export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  if (!(formData instanceof FormData)) return values;
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}
