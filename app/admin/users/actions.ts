"use server";

import { revalidatePath } from "next/cache";
import type { NewUserState } from "@/components/admin/types.ts";
import { formValues, fromError, fromZodError, type ActionState } from "@/lib/action-state.ts";
import { requireRole } from "@/lib/accounts/auth.ts";
import { db } from "@/lib/platform/db.ts";
import { changeRole, changeRoleSchema, createUser, createUserSchema, ROLE_LABELS, setDisabled, setDisabledSchema } from "@/lib/accounts/users.ts";

// Each action: the role guard first, then zod, then lib/users.ts, then revalidate. Errors become
// states (lib/action-state.ts), never thrown to the client.

export async function createUserAction(_previous: NewUserState, formData: FormData): Promise<NewUserState> {
  const values = formValues(formData, ["email", "name", "role"]);
  try {
    const actor = await requireRole("ADMIN");
    const parsed = createUserSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const { user, initialPassword } = await createUser(db, actor, parsed.data);
    revalidatePath("/admin/users");
    return {
      status: "success",
      message: `Created ${user.name} (${ROLE_LABELS[user.role]}).`,
      data: { name: user.name, email: user.email, initialPassword },
    };
  } catch (error) {
    return fromError(error, values);
  }
}

export async function changeRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData, ["userId", "role"]);
  try {
    const actor = await requireRole("ADMIN");
    const parsed = changeRoleSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const user = await changeRole(db, actor, parsed.data.userId, parsed.data.role);
    revalidatePath("/admin/users");
    return { status: "success", message: `${user.name} is now ${user.role === "ADMIN" ? "an admin" : "an editor"}.` };
  } catch (error) {
    return fromError(error, values);
  }
}

export async function setUserDisabledAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData, ["userId", "disabled"]);
  try {
    const actor = await requireRole("ADMIN");
    const parsed = setDisabledSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const user = await setDisabled(db, actor, parsed.data.userId, parsed.data.disabled);
    revalidatePath("/admin/users");
    return { status: "success", message: user.disabledAt ? `${user.name} is disabled.` : `${user.name} can sign in again.` };
  } catch (error) {
    return fromError(error, values);
  }
}
