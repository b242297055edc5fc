import type { ActionState } from "@/lib/action-state.ts";

/** A Server Action as `useActionState` calls it. */
export type FormAction<State extends ActionState<unknown>> = (previous: State, formData: FormData) => Promise<State>;

/** A password an admin set for someone (a new account, a reset): shown once, stored nowhere. */
export type OneTimePassword = { name: string; email: string; password: string };
export type NewUserState = ActionState<OneTimePassword>;
export type PasswordResetState = ActionState<OneTimePassword>;

/** What a row of the users table and its forms need (no password hash ever leaves the server). */
export type UserRow = {
  id: number;
  name: string;
  email: string;
  role: "ADMIN" | "EDITOR";
  roleLabel: string;
  disabled: boolean;
  /** An admin set the password; the user has not chosen their own yet. */
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
  isCurrentUser: boolean;
};
