import { DateTime } from "@/components/workbench/DateTime.tsx";
import { NoteForm } from "@/components/workbench/ClaimActionForms.tsx";
import { findMentions } from "@/lib/workbench/mentions.ts";
import type { NoteThread } from "@/lib/workbench/notes.ts";

type Note = Pick<NoteThread, "id" | "body" | "createdAt" | "author" | "mentions">;

/** A note's text with the editors it named in bold. */
function NoteBody({ note }: { note: Note }) {
  const mentions = findMentions(
    note.body,
    note.mentions.map((mention) => mention.user),
  );
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const mention of mentions) {
    parts.push(note.body.slice(at, mention.start), <strong key={mention.start}>{note.body.slice(mention.start, mention.end)}</strong>);
    at = mention.end;
  }
  parts.push(note.body.slice(at));
  return <p className="mt-1 whitespace-pre-line">{parts}</p>;
}

function NoteItem({ note }: { note: Note }) {
  return (
    <article aria-label={`Note by ${note.author.name}`} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
      <p className="text-stone-600">
        {note.author.name}, <DateTime value={note.createdAt} />
      </p>
      <NoteBody note={note} />
    </article>
  );
}

/**
 * The claim's internal discussion (the Notes tab): threads oldest first, each with its answers and a
 * folded answer form; then a form for a new thread. Never shown to readers.
 */
export function ClaimDiscussion({ claimId, threads }: { claimId: number; threads: NoteThread[] }) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-stone-700">Internal: never shown to readers. Write @ and an editor&apos;s name to tell them.</p>
      {threads.length === 0 ? (
        <p className="text-sm text-stone-700">No notes yet.</p>
      ) : (
        <ol className="space-y-4">
          {threads.map((thread) => (
            <li key={thread.id} className="space-y-2">
              <NoteItem note={thread} />
              {thread.replies.length > 0 ? (
                <ol aria-label={`Answers to ${thread.author.name}`} className="ml-6 space-y-2 border-l-2 border-stone-200 pl-3">
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>
                      <NoteItem note={reply} />
                    </li>
                  ))}
                </ol>
              ) : null}
              <details className="ml-6">
                <summary className="cursor-pointer text-sm font-medium">Answer {thread.author.name}</summary>
                <div className="mt-2">
                  <NoteForm claimId={claimId} parentId={thread.id} />
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
      <NoteForm claimId={claimId} />
    </div>
  );
}
