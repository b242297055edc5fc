import Link from "next/link";
import type { ClaimStatus, Visibility } from "@/generated/prisma/enums.ts";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { CLAIM_STATE_LABEL, claimState, quoteExcerpt } from "@/lib/workbench/claim-list.ts";

export type ClaimTableRow = {
  id: number;
  quote: string;
  status: ClaimStatus;
  visibility: Visibility;
  withdrawnAt?: Date | null;
  /** A change waits for review: marked beside the quote. */
  waitingForReview?: boolean;
  claimant: { name: string };
};

const stateClasses = { draft: "text-amber-800", withdrawn: "text-rose-800" } as const;

export type ClaimColumn<Row> = { header: string; cell: (row: Row) => React.ReactNode };

export const statusColumn: ClaimColumn<ClaimTableRow> = { header: "Status", cell: (claim) => <StatusBadge status={claim.status} /> };

/**
 * Claims as a table for the workbench: the quote (its excerpt, linking to the claim's editor page;
 * drafts, withdrawn claims and those with a change waiting for review marked) and claimant, then `columns`.
 */
export function ClaimTable<Row extends ClaimTableRow>({ caption, rows, columns }: { caption: string; rows: Row[]; columns: ClaimColumn<Row>[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-600">
            {["Quote", "Claimant", ...columns.map((column) => column.header)].map((header) => (
              <th key={header} scope="col" className="py-2 pr-3 font-medium">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((claim) => {
            const state = claimState({ visibility: claim.visibility, withdrawnAt: claim.withdrawnAt ?? null });
            return (
              <tr key={claim.id} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-3 font-serif">
                  <Link href={`/editor/claims/${claim.id}`} className="underline-offset-2 hover:underline">
                    “{quoteExcerpt(claim.quote)}”
                  </Link>
                  {state === "published" ? null : (
                    <span className={`ml-2 font-sans text-xs font-semibold uppercase ${stateClasses[state]}`}>{CLAIM_STATE_LABEL[state]}</span>
                  )}
                  {claim.waitingForReview ? (
                    <span className="ml-2 font-sans text-xs font-semibold uppercase text-sky-800">Waiting for review</span>
                  ) : null}
                </td>
                <td className="py-2 pr-3">{claim.claimant.name}</td>
                {columns.map((column) => (
                  <td key={column.header} className="whitespace-nowrap py-2 pr-3">
                    {column.cell(claim)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
