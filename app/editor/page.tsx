import type { Metadata } from "next";
import Link from "next/link";
import { LocalDate } from "@/components/LocalDate.tsx";
import { type ClaimColumn, ClaimTable, type ClaimTableRow, statusColumn } from "@/components/workbench/ClaimTable.tsx";
import { DateTime } from "@/components/workbench/DateTime.tsx";
import { EditorPage, linkButtonClasses } from "@/components/workbench/EditorPage.tsx";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { STATUS } from "@/lib/status.ts";
import { EVENT_LABEL } from "@/lib/workbench/history.ts";
import { db } from "@/lib/platform/db.ts";
import { dueState } from "@/lib/due-dates.ts";
import { quoteExcerpt } from "@/lib/workbench/claim-list.ts";
import { loadEditorDashboard } from "@/lib/workbench/dashboard.ts";

export const metadata: Metadata = { title: "Workbench" };

/** A row of any of the dashboard's claim tables (the overdue queue's rows have no withdrawal: it never lists one). */
type Row = ClaimTableRow & { updatedAt: Date; dueAt: Date | null };

const updatedColumn: ClaimColumn<Row> = {
  header: "Updated",
  cell: (claim) => <time dateTime={claim.updatedAt.toISOString()}>{claim.updatedAt.toISOString().slice(0, 10)}</time>,
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function daysOverdue(claim: Row, now: Date): number {
  const due = dueState(claim, now);
  return due.state === "overdue" ? due.daysOverdue : 0;
}

function DashboardTable({ caption, rows, last = updatedColumn }: { caption: string; rows: Row[]; last?: ClaimColumn<Row> }) {
  if (rows.length === 0) return <p className="mt-2 text-sm text-stone-700">None.</p>;
  return (
    <div className="mt-3">
      <ClaimTable caption={caption} rows={rows} columns={[statusColumn, last]} />
    </div>
  );
}

export default async function EditorHomePage() {
  const user = await userForPage("EDITOR", "/editor");
  const now = new Date();
  const { waitingForReview, myClaims, overdue, awaitingOutcome, drafts, recentlyChanged, orphaned, myActivity } = await loadEditorDashboard(db, user.id, now);
  const overdueColumn: ClaimColumn<Row> = {
    header: "Due by",
    cell: (claim) => (
      <>
        <LocalDate value={claim.dueAt!} />
        <span className="block text-red-800">{plural(daysOverdue(claim, now), "day")} overdue</span>
      </>
    ),
  };
  return (
    <EditorPage
      title="Workbench"
      action={
        <Link href="/editor/claims/new" className={linkButtonClasses}>
          New claim
        </Link>
      }
    >
      {orphaned.length > 0 ? (
        <section aria-labelledby="orphaned-heading" className="mb-8 rounded-lg border border-rose-300 bg-rose-50 p-4">
          <h2 id="orphaned-heading" className="text-lg font-semibold text-rose-900">Orphaned anchors</h2>
          <p className="text-sm text-rose-900">These claims&apos; words are no longer in their source&apos;s text.</p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {orphaned.map((claim) => (
              <li key={claim.id}>
                <Link href={`/editor/claims/${claim.id}`} className="underline underline-offset-2">“{quoteExcerpt(claim.quote)}”</Link>
                {claim.source ? <> in <Link href={`/editor/sources/${claim.source.id}`} className="underline underline-offset-2">{claim.source.title}</Link></> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {waitingForReview.length > 0 ? (
        <section aria-labelledby="review-heading" className="mb-10 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="review-heading" className="text-lg font-semibold text-amber-950">Waiting for your review</h2>
          <p className="text-sm text-amber-950">Changes other editors proposed: readers see them once another editor approves, oldest first.</p>
          <ul className="mt-2 space-y-1 text-sm">
            {waitingForReview.map((review) => (
              <li key={review.id}>
                <Link href={`/editor/claims/${review.claim.id}`} className="underline underline-offset-2">
                  #{review.claim.id} “{quoteExcerpt(review.claim.quote, 80)}”
                </Link>
                : {review.summary} <span className="text-stone-700">({review.author.name}, <DateTime value={review.requestedAt} />)</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="mine-heading" className="mb-10">
        <h2 id="mine-heading" className="text-xl font-semibold">My claims</h2>
        <p className="text-sm text-stone-700">
          Assigned to you, the nearest due date first.{" "}
          <Link href="/editor/claims?assignee=me" className="underline underline-offset-2">All of them in the list</Link>
        </p>
        <DashboardTable caption="Claims assigned to me" rows={myClaims} />
      </section>
      <section aria-labelledby="overdue-heading" className="mb-10">
        <h2 id="overdue-heading" className="text-xl font-semibold">Overdue for review</h2>
        <p className="text-sm text-stone-700">Their due date has passed and they have no verdict yet, oldest due date first.</p>
        <DashboardTable caption="Claims overdue for review" rows={overdue} last={overdueColumn} />
      </section>
      <section aria-labelledby="awaiting-heading" className="mb-10">
        <h2 id="awaiting-heading" className="text-xl font-semibold">Awaiting an outcome the longest</h2>
        <p className="text-sm text-stone-700">Published, no verdict and no outcome linked yet, oldest statement first.</p>
        <DashboardTable caption="Claims awaiting an outcome the longest" rows={awaitingOutcome} />
      </section>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading" className="text-xl font-semibold">Drafts</h2>
        <p className="text-sm text-stone-700">Not visible to readers until published (overdue ones are listed above).</p>
        <DashboardTable caption="Draft claims" rows={drafts} />
      </section>
      <section aria-labelledby="recent-heading" className="mt-10">
        <h2 id="recent-heading" className="text-xl font-semibold">Recently changed</h2>
        <p className="text-sm text-stone-700">The other claims, most recently changed first.</p>
        <DashboardTable caption="Recently changed claims" rows={recentlyChanged} />
      </section>
      <section aria-labelledby="activity-heading" className="mt-10">
        <h2 id="activity-heading" className="text-xl font-semibold">My recent activity</h2>
        {myActivity.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700">Nothing yet.</p>
        ) : (
          <ol className="mt-3 space-y-1 text-sm">
            {myActivity.map((event) => (
              <li key={event.id}>
                <time dateTime={event.at.toISOString()}>{event.at.toISOString().slice(0, 16).replace("T", " ")} UTC</time>{" "}
                {EVENT_LABEL[event.type]}
                {event.toStatus ? ` → ${STATUS[event.toStatus].label}` : ""}:{" "}
                <Link href={`/editor/claims/${event.claim.id}`} className="underline underline-offset-2">
                  “{quoteExcerpt(event.claim.quote)}”
                </Link>
              </li>
            ))}
          </ol>
        )}
      </section>
    </EditorPage>
  );
}
