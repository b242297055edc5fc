import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@/generated/prisma/enums.ts";
import { requireRole, type CurrentUser } from "@/lib/accounts/auth.ts";
import { fromError, fromZodError } from "@/lib/action-errors.ts";
import { formValues, type ActionState } from "@/lib/action-state.ts";

// The one shape of every Server Action in app/**/actions.ts: guard → parse → call → revalidate →
// state. A module of its own rather than part of lib/action-state.ts, which client components import
// (IDLE, the state types): this one reaches the database through the guard.

/** A Server Action as `useActionState` calls it. */
export type ServerAction<State extends ActionState<unknown>> = (previous: State, formData: FormData) => Promise<State>;

/** A path to purge after a successful call: that page, or with "layout" everything under it. */
export type Revalidation = string | readonly [path: string, type: "layout" | "page"];

export interface ServerActionOptions<Schema extends z.ZodType, Result, Data> {
  /** Who may call it. Checked first, against the user as the database has them now (`requireRole`). */
  role: Role;
  /**
   * Callable by a user who must still replace an admin-set password, whom the guard refuses
   * everything else: only the action that changes it.
   */
  beforePasswordChange?: boolean;
  /**
   * The form's text fields: what `schema` parses (unless `read` says otherwise) and what an error
   * state echoes back as `values`, so the form keeps what was typed.
   */
  fields: readonly string[];
  /**
   * Reads the input from the form instead of `fields` alone (e.g. an uploaded file). Runs only
   * after the guard let the caller through; the string entries it returns under `fields` are
   * echoed on an error.
   */
  read?: (formData: FormData, values: Record<string, string>) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Checks the input; its output is what `run` gets. A failure is a state with field errors. */
  schema: Schema;
  /** The call into lib/, as the guarded user. */
  run: (input: z.output<Schema>, actor: CurrentUser) => Promise<Result>;
  /** Paths to purge once `run` succeeded (none if left out). */
  revalidate?: readonly Revalidation[] | ((result: Result, input: z.output<Schema>) => readonly Revalidation[]);
  /** The state returned once `run` succeeded: the message and the result the page shows. */
  state: (result: Result, input: z.output<Schema>) => ActionState<NoInfer<Data>>;
  /**
   * Where to send the user once `run` succeeded and the paths were purged, if anywhere: `redirect()`
   * is called after the error handling, so it is not caught as a failure.
   */
  redirect?: (result: Result, input: z.output<Schema>) => string | undefined;
  /**
   * A thrown error as a state, with the echoed input; `fromError` unless given (e.g. fromClaimError,
   * which turns a stale version into a conflict). Internal errors must not reach the client.
   */
  errors?: (error: unknown, values: Record<string, string>) => ActionState<NoInfer<Data>>;
}

/**
 * Turns a call into lib/ into a Server Action: the role guard first (a refused caller learns
 * nothing about validation and nothing is read from the form beyond echoing its text), then the
 * form through `schema`, then `run`, then revalidation, then the success state or a redirect. A
 * thrown error becomes a state echoing the input (`errors`), never an exception on the client.
 *
 * The state's type comes from the declared type of the exported action:
 * `export const saveAction: ServerAction<MyFormState> = serverAction({ … })`.
 */
export function serverAction<Schema extends z.ZodType, Result, Data = undefined>(
  options: ServerActionOptions<Schema, Result, Data>,
): ServerAction<ActionState<Data>> {
  const toState = options.errors ?? fromError;
  return async (_previous, formData) => {
    let values: Record<string, string> | undefined;
    let state: ActionState<Data>;
    let destination: string | undefined;
    try {
      const actor = await requireRole(options.role, { beforePasswordChange: options.beforePasswordChange });
      values = formValues(formData, options.fields);
      let input: Record<string, unknown> = values;
      if (options.read) {
        input = await options.read(formData, values);
        values = echoed(input, options.fields);
      }
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) return fromZodError(parsed.error, values);
      const result = await options.run(parsed.data, actor);
      const paths = typeof options.revalidate === "function" ? options.revalidate(result, parsed.data) : (options.revalidate ?? []);
      for (const path of paths) {
        if (typeof path === "string") revalidatePath(path);
        else revalidatePath(path[0], path[1]);
      }
      state = options.state(result, parsed.data);
      destination = options.redirect?.(result, parsed.data);
    } catch (error) {
      // Next.js's own control flow (redirect(), notFound(), …) thrown from `run` is not a failure.
      unstable_rethrow(error);
      return toState(error, values ?? formValues(formData, options.fields));
    }
    if (destination !== undefined) redirect(destination);
    return state;
  };
}

function echoed(input: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of fields) {
    const value = input[name];
    if (typeof value === "string") values[name] = value;
  }
  return values;
}
