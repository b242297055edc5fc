"use client";

import { useActionState, useState } from "react";
import { OneTimePasswordNotice } from "@/components/admin/OneTimePasswordNotice.tsx";
import type { FormAction, NewUserState, OneTimePassword } from "@/components/admin/types.ts";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { Field, type SelectOption } from "@/components/forms/Field.tsx";
import { IDLE } from "@/lib/action-state.ts";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { useRound } from "@/components/forms/useRound.ts";

export function NewUserForm({ action, roles }: { action: FormAction<NewUserState>; roles: readonly SelectOption[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  // The last created password stays on screen until the next user is created, even if a later
  // submission fails: it cannot be shown again.
  const [created, setCreated] = useState<OneTimePassword | null>(null);
  if (state.status === "success" && state.data && state.data !== created) setCreated(state.data);
  const round = useRound(state);
  // After an error the form shows what was sent; after a success it is empty for the next user.
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      <form action={formAction} className="grid gap-4 sm:grid-cols-2" aria-describedby="new-user-help">
        <p id="new-user-help" className="text-sm text-stone-600 sm:col-span-2">
          The new user gets a random initial password, shown here once for you to give them; they choose their own at their first sign-in.
        </p>
        <div key={round} className="contents">
          <Field type="email" label="Email" name="email" required autoComplete="off" defaultValue={values.email} errors={errors.email} />
          <Field type="text" label="Name" name="name" required autoComplete="off" defaultValue={values.name} errors={errors.name} />
          <Field type="select" label="Role" name="role" options={roles} defaultValue={values.role ?? "EDITOR"} errors={errors.role} required />
        </div>
        <div className="flex items-end">
          <SubmitButton pendingLabel="Creating…">Create user</SubmitButton>
        </div>
        <div className="sm:col-span-2">
          <FormMessage state={state} />
        </div>
      </form>
      {created ? <OneTimePasswordNotice key={created.password} kind="Initial password" {...created} /> : null}
    </div>
  );
}
