"use client";

import { useActionState } from "react";
import type { FormAction, UserRow } from "@/components/admin/types.ts";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { Field, type SelectOption } from "@/components/forms/Field.tsx";
import { IDLE } from "@/lib/action-state.ts";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import type { ActionState } from "@/lib/action-state.ts";

type Props = { user: UserRow; roles: readonly SelectOption[]; action: FormAction<ActionState> };

export function UserRoleForm({ user, roles, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="userId" value={user.id} />
      <div className="flex flex-wrap items-start gap-2">
        {/* The current role from the server, so the select follows a change once it is saved. */}
        <Field type="select" label={`Role of ${user.name}`} hideLabel name="role" options={roles} defaultValue={user.role} errors={state.fieldErrors?.role} />
        <SubmitButton variant="secondary" pendingLabel="Saving…">
          Change role<span className="sr-only"> of {user.name}</span>
        </SubmitButton>
      </div>
      {state.fieldErrors?.role ? null : <FormMessage state={state} />}
    </form>
  );
}
