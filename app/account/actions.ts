"use server";

import { headers } from "next/headers";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state.ts";
import { serverAction, type ServerAction } from "@/lib/actions.ts";
import { db } from "@/lib/platform/db.ts";
import { changeOwnPassword, changePasswordSchema } from "@/lib/accounts/own-password.ts";
import { safeCallbackPath } from "@/lib/accounts/redirects.ts";
import { continueSession } from "@/lib/accounts/session.ts";
import { siteOrigin } from "@/lib/site.ts";
import { setEmailNotifications } from "@/lib/workbench/notifications.ts";

/**
 * The signed-in user's own password (lib/accounts/own-password.ts). Open to a user who must still
 * replace an admin-set password, and only this. Passwords are never echoed back to the form. Every
 * other session of the user ends; this browser's goes on, re-issued at the new session version.
 * After a forced change the user goes on to the page they first asked for (`next`).
 */
export const changePasswordAction: ServerAction<ActionState> = serverAction({
  role: "EDITOR",
  beforePasswordChange: true,
  fields: ["next"],
  read: async (formData, values) => ({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    repeatPassword: formData.get("repeatPassword"),
    next: values.next ? safeCallbackPath(values.next, siteOrigin(await headers()), "/editor") : undefined,
  }),
  schema: changePasswordSchema.extend({ next: z.string().optional() }),
  run: async (input, actor) => {
    const { sessionVersion } = await changeOwnPassword(db, actor.id, input);
    await continueSession(sessionVersion);
  },
  state: () => ({ status: "success", message: "Your password is changed. Your other sessions have ended; this one goes on." }),
  redirect: (_result, input) => input.next,
});

/** The signed-in editor's own choice: their notifications by e-mail as well, or in the app only. */
export const setEmailNotificationsAction: ServerAction<ActionState> = serverAction({
  role: "EDITOR",
  fields: ["emailNotifications"],
  schema: z.object({ emailNotifications: z.enum(["on", ""]).optional() }),
  run: (input, user) => setEmailNotifications(db, user.id, input.emailNotifications === "on"),
  revalidate: ["/account"],
  state: (on) => ({ status: "success", message: on ? "Your notifications will be e-mailed to you as well." : "Your notifications stay in the app only." }),
});
