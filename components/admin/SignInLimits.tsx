"use client";

import { useActionState } from "react";
import type { FormAction } from "@/components/admin/types.ts";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { IDLE } from "@/lib/action-state.ts";
import type { ActionState } from "@/lib/action-state.ts";

/** One sign-in limit as the admin page shows it (lib/accounts/sign-in-throttle.ts listThrottles). */
export type SignInLimitRow = {
  key: string;
  /** The email, the address (IPv6: its /64), or for a known device its user's email. */
  label: string;
  kind: "email" | "address" | "device";
  failures: number;
  lastFailureAt: Date;
  /** Set only while the limit blocks attempts. */
  blockedUntil: Date | null;
};

type Props = { rows: readonly SignInLimitRow[]; action: FormAction<ActionState> };

const KIND_LABELS: Record<SignInLimitRow["kind"], string> = { email: "Email", address: "Address", device: "Known device" };
const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-stone-600";
const td = "px-3 py-3 align-top max-sm:block max-sm:px-0 max-sm:py-1";
const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

function Time({ value }: { value: Date }) {
  return <time dateTime={value.toISOString()}>{timeFormat.format(value)} UTC</time>;
}

/** Current sign-in limits (failed attempts per email, address and known device), each with a Clear button. */
export function SignInLimits({ rows, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      {rows.length === 0 ? (
        <p className="text-stone-700">No failed sign-ins in the last 15 minutes and nothing blocked.</p>
      ) : (
        // Below the sm breakpoint each row stacks (as the users table does), so a 360 px screen never scrolls sideways.
        <div role="region" aria-labelledby="sign-in-limits-caption" tabIndex={0} className="relative rounded-lg border border-stone-200 bg-white shadow-sm sm:overflow-x-auto">
          <table role="table" className="w-full border-collapse text-sm max-sm:block sm:min-w-[40rem]">
            <caption id="sign-in-limits-caption" className="sr-only">
              Sign-in limits, blocked first
            </caption>
            <thead role="rowgroup" className="border-b border-stone-200 bg-stone-50 max-sm:sr-only">
              <tr role="row">
                <th role="columnheader" scope="col" className={th}>Email or address</th>
                <th role="columnheader" scope="col" className={th}>Failures</th>
                <th role="columnheader" scope="col" className={th}>Locked until</th>
                <th role="columnheader" scope="col" className={th}>Actions</th>
              </tr>
            </thead>
            <tbody role="rowgroup" className="divide-y divide-stone-200 max-sm:block">
              {rows.map((row) => (
                <tr role="row" key={row.key} className="max-sm:block max-sm:p-4">
                  <th role="rowheader" scope="row" className="px-3 py-3 text-left align-top font-normal break-all max-sm:block max-sm:px-0 max-sm:pt-0">
                    <span className="text-xs font-semibold uppercase tracking-wide text-stone-600">{KIND_LABELS[row.kind]}</span>{" "}
                    <span className="font-semibold text-stone-900">{row.label}</span>
                  </th>
                  <td role="cell" className={td}>
                    <span className="sm:hidden">Failures: </span>
                    {row.failures}
                  </td>
                  <td role="cell" className={td}>{row.blockedUntil ? <Time value={row.blockedUntil} /> : <span className="text-stone-600">Not locked</span>}</td>
                  <td role="cell" className={td}>
                    <form action={formAction}>
                      <input type="hidden" name="key" value={row.key} />
                      <SubmitButton variant="secondary" pendingLabel="Clearing…">
                        Clear<span className="sr-only"> the {KIND_LABELS[row.kind].toLowerCase()} limit for {row.label}</span>
                      </SubmitButton>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
