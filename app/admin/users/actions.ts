"use server";

import type { NewUserState, PasswordResetState } from "@/components/admin/types.ts";
import type { ActionState } from "@/lib/action-state.ts";
import { serverAction, type ServerAction } from "@/lib/actions.ts";
import { db } from "@/lib/platform/db.ts";
import { clearThrottle, clearThrottleSchema } from "@/lib/accounts/sign-in-throttle.ts";
import {
  changeRole,
  changeRoleSchema,
  createUser,
  createUserSchema,
  resetPasswordByAdmin,
  resetPasswordSchema,
  ROLE_LABELS,
  setDisabled,
  setDisabledSchema,
} from "@/lib/accounts/users.ts";

// Each action is serverAction (lib/actions.ts): the admin guard first, then zod, then
// lib/accounts/users.ts, then revalidate. Errors become states, never thrown to the client.

/** The new user's one-time password is in the state, shown once by the page; it is stored nowhere else. */
export const createUserAction: ServerAction<NewUserState> = serverAction({
  role: "ADMIN",
  fields: ["email", "name", "role"],
  schema: createUserSchema,
  run: (input, actor) => createUser(db, actor, input),
  revalidate: ["/admin/users"],
  state: ({ user, initialPassword }) => ({
    status: "success",
    message: `Created ${user.name} (${ROLE_LABELS[user.role]}).`,
    data: { name: user.name, email: user.email, password: initialPassword },
  }),
});

/** Like a new user's: the one-time password is in the state only, shown once by the page. */
export const resetPasswordAction: ServerAction<PasswordResetState> = serverAction({
  role: "ADMIN",
  fields: ["userId"],
  schema: resetPasswordSchema,
  run: ({ userId }, actor) => resetPasswordByAdmin(db, actor, userId),
  revalidate: ["/admin/users"],
  state: ({ user, temporaryPassword }) => ({
    status: "success",
    message: `${user.name} has a new password; their sessions have ended.`,
    data: { name: user.name, email: user.email, password: temporaryPassword },
  }),
});

export const changeRoleAction: ServerAction<ActionState> = serverAction({
  role: "ADMIN",
  fields: ["userId", "role"],
  schema: changeRoleSchema,
  run: ({ userId, role }, actor) => changeRole(db, actor, userId, role),
  revalidate: ["/admin/users"],
  state: (user) => ({ status: "success", message: `${user.name} is now ${user.role === "ADMIN" ? "an admin" : "an editor"}.` }),
});

export const setUserDisabledAction: ServerAction<ActionState> = serverAction({
  role: "ADMIN",
  fields: ["userId", "disabled"],
  schema: setDisabledSchema,
  run: ({ userId, disabled }, actor) => setDisabled(db, actor, userId, disabled),
  revalidate: ["/admin/users"],
  state: (user) => ({ status: "success", message: user.disabledAt ? `${user.name} is disabled.` : `${user.name} can sign in again.` }),
});

/** Forgets one sign-in limit (an email's, an address's or a known device's failures and block). */
export const clearThrottleAction: ServerAction<ActionState> = serverAction({
  role: "ADMIN",
  fields: ["key"],
  schema: clearThrottleSchema,
  run: ({ key }) => clearThrottle(db, key),
  revalidate: ["/admin/users"],
  state: (cleared) => ({ status: "success", message: cleared ? "Cleared: the next attempt is allowed." : "Already cleared." }),
});
