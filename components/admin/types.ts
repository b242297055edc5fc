import type { ActionState } from "@/lib/action-state.ts";

/** A Server Action as `useActionState` calls it. */
export type FormAction<State extends ActionState<unknown>> = (previous: State, formData: FormData) => Promise<State>;

export type NewUserResult = { name: string; email: string; initialPassword: string };
export type NewUserState = ActionState<NewUserResult>;

/** What a row of the users table and its forms need (no password hash ever leaves the server). */
export type UserRow = {
  id: number;
  name: string;
  email: string;
  role: "ADMIN" | "EDITOR";
  roleLabel: string;
  disabled: boolean;
  createdAt: Date;
  isCurrentUser: boolean;
};
