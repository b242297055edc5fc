"use server";

import { z } from "zod";
import { serverAction, type ServerAction } from "@/lib/actions.ts";
import type { ActionState } from "@/lib/action-state.ts";
import { idSchema } from "@/lib/fields.ts";
import { db } from "@/lib/platform/db.ts";
import { markNotificationsRead } from "@/lib/workbench/notifications.ts";

/** One notification (`id`), or every unread one (`all`); only ever the signed-in editor's own. */
const markReadSchema = z.union([z.object({ id: idSchema("notification") }), z.object({ all: z.literal("1") })]);

export const markNotificationsReadAction: ServerAction<ActionState> = serverAction({
  role: "EDITOR",
  fields: ["id", "all"],
  schema: markReadSchema,
  run: (input, user) => markNotificationsRead(db, user.id, "id" in input ? [input.id] : "all"),
  revalidate: ["/editor/notifications", "/editor"],
  state: (count) => ({ status: "success", message: count === 1 ? "Marked as read." : `${count} marked as read.` }),
});
