"use client";

import Link from "next/link";
import { useActionState, useState, type FormEvent } from "react";
import { fileSizeIssue, MAX_SOURCE_FILE_BYTES, megabytes } from "@/lib/upload-limits.ts";
import { Field } from "@/components/forms/Field.tsx";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { IDLE } from "@/lib/action-state.ts";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { useRound } from "@/components/forms/useRound.ts";
import type { SourceFormState } from "@/components/sources/types.ts";
import { MAX_ARCHIVE_URLS, type SourceFormValues } from "@/lib/workbench/source-form-values.ts";

type SourceValues = SourceFormValues;

/** Create or edit a source: paste the article's text or upload a .txt, .md or .html file. */
export function SourceForm({
  action,
  initial,
}: {
  action: (state: SourceFormState, formData: FormData) => Promise<SourceFormState>;
  initial?: SourceValues;
}) {
  const [state, formAction] = useActionState(action, IDLE as SourceFormState);
  const round = useRound(state);
  // The name of the file sent with the last submission: a browser cannot put it back after an error.
  const [sentFile, setSentFile] = useState<string | null>(null);
  // After an error the form shows what the user sent; otherwise the saved values.
  const values: Partial<SourceValues> = state.status === "error" ? { ...initial, ...state.values } : (initial ?? {});
  const errors = state.fieldErrors ?? {};
  const createdId = state.status === "success" && !initial?.id ? state.data?.id : undefined;

  // A file over the limit is refused here, before it is sent: the server would refuse the whole post.
  const [tooLarge, setTooLarge] = useState<string | null>(null);

  function rememberFile(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("file");
    const issue = file instanceof File ? fileSizeIssue(file.size, MAX_SOURCE_FILE_BYTES) : null;
    setTooLarge(issue);
    if (issue) return event.preventDefault();
    setSentFile(file instanceof File && file.name ? file.name : null);
  }

  return (
    <form action={formAction} onSubmit={rememberFile} className="space-y-4" noValidate>
      {initial?.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {initial?.textVersion ? <input type="hidden" name="textVersion" value={initial.textVersion} /> : null}
      <FormMessage state={state} />
      {createdId ? (
        <p className="text-sm">
          <Link href={`/editor/sources/${createdId}`} className="font-medium underline underline-offset-2">
            Open the source to select its claims →
          </Link>
        </p>
      ) : null}
      {/* Remounted with every answer (the round): after an error every field shows what was sent. */}
      <div key={round} className="space-y-4">
        <Field type="text" label="Title" name="title" defaultValue={values.title} errors={errors.title} hint="Needed, except when an uploaded HTML page has a title: then that is used." />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field type="text" label="Publisher" name="publisher" optional defaultValue={values.publisher} errors={errors.publisher} />
          <Field type="text" label="Author" name="author" optional defaultValue={values.author} errors={errors.author} />
          <Field type="url" label="URL" name="url" optional defaultValue={values.url} errors={errors.url} />
          <Field type="date" label="Published" name="publishedAt" optional defaultValue={values.publishedAt} errors={errors.publishedAt} />
          <Field
            type="date"
            label="Text taken on"
            name="retrievedAt"
            optional
            defaultValue={values.retrievedAt}
            errors={errors.retrievedAt}
            hint="The day the text was copied or the file saved from the article; today if left empty on a new source."
          />
        </div>
        <Field
          type="textarea"
          rows={2}
          label="Archived copies"
          name="archiveUrls"
          optional
          defaultValue={values.archiveUrls}
          errors={errors.archiveUrls}
          hint={`Web addresses of saved copies of the article (Internet Archive, archive.today, …), one per line, up to ${MAX_ARCHIVE_URLS}. Readers see them beside its link.`}
        />
        <Field
          type="textarea"
          rows={14}
          label="Article text"
          name="body"
          defaultValue={values.body}
          errors={errors.body}
          hint="Paste the plain text, or upload a file below (a file replaces what is pasted here)."
        />
        <UploadField errors={tooLarge ? [tooLarge] : errors.file} lost={state.status === "error" ? sentFile : null} />
        {initial?.id ? (
          <Field
            type="text"
            label="Why the text changed"
            name="versionReason"
            defaultValue={values.versionReason}
            errors={errors.versionReason}
            hint="Needed when you change the text or upload a new file: the old text is kept as a version and readers see this reason beside the new one."
          />
        ) : null}
      </div>
      <SubmitButton>{initial?.id ? "Save source" : "Add source"}</SubmitButton>
    </form>
  );
}

/**
 * The file to upload. After an error the browser has emptied it (no page can refill a file
 * field), so the name of the file that was sent is shown, until another file is chosen.
 */
function UploadField({ errors, lost }: { errors?: string[]; lost: string | null }) {
  const [chosen, setChosen] = useState(false);
  return (
    <div onChange={(event) => setChosen(Boolean((event.target as HTMLInputElement).files?.length))}>
      <Field
        type="file"
        label="Or upload a file"
        name="file"
        accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        hint={`.txt, .md or .html, up to ${megabytes(MAX_SOURCE_FILE_BYTES)}, UTF-8. HTML is turned into readable text.`}
        errors={errors}
        note={lost && !chosen ? `“${lost}” was not kept: a browser empties the file field when the form comes back. Choose the file again to upload it.` : undefined}
      />
    </div>
  );
}
