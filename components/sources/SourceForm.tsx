"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { FormMessage } from "@/components/forms/FormMessage.tsx";
import { SubmitButton } from "@/components/forms/SubmitButton.tsx";
import { errorClasses, fieldClasses, hintClasses, labelClasses } from "@/components/forms/styles.ts";
import { Field } from "@/components/workbench/Field.tsx";
import { IDLE } from "@/lib/action-state.ts";
import type { SourceFormState } from "@/components/sources/types.ts";

type SourceValues = { id?: number; title: string; publisher: string; author: string; url: string; publishedAt: string; body: string };

/** Create or edit a source: paste the article's text or upload a .txt, .md or .html file. */
export function SourceForm({
  action,
  initial,
}: {
  action: (state: SourceFormState, formData: FormData) => Promise<SourceFormState>;
  initial?: SourceValues;
}) {
  const [state, formAction] = useActionState(action, IDLE as SourceFormState);
  const fileId = useId();
  // After an error the form shows what the user sent; otherwise the saved values.
  const values = state.status === "error" ? { ...initial, ...state.values } : (initial ?? {});
  const errors = state.fieldErrors ?? {};
  const createdId = state.status === "success" && !initial?.id ? state.data?.id : undefined;

  return (
    <form action={formAction} className="space-y-4">
      {initial?.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <FormMessage state={state} />
      {createdId ? (
        <p className="text-sm">
          <Link href={`/editor/sources/${createdId}`} className="font-medium underline underline-offset-2">
            Open the source to select its claims →
          </Link>
        </p>
      ) : null}
      <Field type="text" label="Title" name="title" maxLength={500} defaultValue={values.title} errors={errors.title} hint="Needed, except when an uploaded HTML page has a title: then that is used." />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field type="text" label="Publisher" name="publisher" maxLength={200} defaultValue={values.publisher} errors={errors.publisher} />
        <Field type="text" label="Author" name="author" maxLength={200} defaultValue={values.author} errors={errors.author} />
        <Field type="url" label="URL" name="url" maxLength={2000} defaultValue={values.url} errors={errors.url} />
        <Field type="date" label="Published" name="publishedAt" defaultValue={values.publishedAt} errors={errors.publishedAt} />
      </div>
      <Field
        type="textarea"
        rows={14}
        label="Article text"
        name="body"
        defaultValue={values.body}
        errors={errors.body}
        hint="Paste the plain text, or upload a file below (a file replaces what is pasted here)."
      />
      <div className="space-y-1">
        <label htmlFor={fileId} className={labelClasses}>
          Or upload a file <span className="font-normal text-stone-600">(optional)</span>
        </label>
        <p id={`${fileId}-hint`} className={hintClasses}>
          .txt, .md or .html, up to 2 MB, UTF-8. HTML is turned into readable text.
        </p>
        <input
          id={fileId}
          type="file"
          name="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={`${fileId}-hint${errors.file ? ` ${fileId}-error` : ""}`}
          className={fieldClasses}
        />
        {errors.file ? (
          <p id={`${fileId}-error`} className={errorClasses}>
            {errors.file.join(" ")}
          </p>
        ) : null}
      </div>
      <SubmitButton>{initial?.id ? "Save source" : "Add source"}</SubmitButton>
    </form>
  );
}
