import { useId, useState, type ReactNode } from "react";
import { describedBy, errorClasses, fieldClasses, hintClasses, labelClasses, noteClasses } from "@/components/forms/styles.ts";

export type SelectOption = { value: string; label: string };

type Control =
  | {
      type: "text" | "email" | "url" | "password";
      defaultValue?: string;
      autoComplete?: string;
      /** The server's limit: shown as a counter. Never a `maxLength`, which would cut a paste silently. */
      maxChars?: number;
    }
  | { type: "textarea"; defaultValue?: string; rows?: number; maxChars?: number }
  | { type: "date"; defaultValue?: string }
  | { type: "number"; defaultValue?: string; min?: number }
  | {
      type: "select";
      defaultValue?: string;
      options: readonly SelectOption[];
      /** For a form that shows more fields for some choices; the select stays uncontrolled. */
      onChange?: (value: string) => void;
    }
  | { type: "file"; accept?: string };

type FieldProps = Control & {
  label: string;
  /** Keep the label for screen readers only, when the context (a table row) already shows it. */
  hideLabel?: boolean;
  name: string;
  hint?: ReactNode;
  /** Server-side messages for this field, shown under it and announced with it. */
  errors?: string[];
  /** Shown under the field and announced with it, e.g. that a file must be chosen again. */
  note?: ReactNode;
} & (
    | { required?: boolean; optional?: never }
    | {
        /** Adds " (optional)" to the label; the label text itself never says so. */
        optional: true;
        required?: never;
      }
  );

const count = (n: number) => n.toLocaleString("en");
/** As the server counts (lib/fields.ts safeText): after trimming. */
const measure = (text: string) => text.trim().length;

/**
 * The one form field: label (with " (optional)" when `optional`), hint, the control (input,
 * textarea, select or file), then its errors and note, all announced with the control
 * (aria-describedby) and the control marked invalid while it has errors. Uncontrolled: a form
 * shows values from its last answer by remounting its fields (useRound as their key).
 */
export function Field(props: FieldProps) {
  const { label, hideLabel, name, hint, errors, note, required, optional } = props;
  const id = useId();
  const invalid = Boolean(errors?.length);
  const maxChars = props.type === "text" || props.type === "textarea" || props.type === "email" || props.type === "url" || props.type === "password" ? props.maxChars : undefined;
  const initial = "defaultValue" in props ? (props.defaultValue ?? "") : "";
  const [length, setLength] = useState(() => measure(initial));
  const over = maxChars !== undefined && length > maxChars;

  const ids = {
    hint: hint ? `${id}-hint` : undefined,
    error: invalid ? `${id}-error` : undefined,
    note: note ? `${id}-note` : undefined,
    // The counter is announced only once it matters.
    counter: over ? `${id}-counter` : undefined,
  };
  const common = {
    id,
    name,
    required,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy(ids.hint, ids.error, ids.note, ids.counter),
    className: fieldClasses,
  };
  const onInput = maxChars === undefined ? undefined : (event: { currentTarget: { value: string } }) => setLength(measure(event.currentTarget.value));

  let control: ReactNode;
  switch (props.type) {
    case "textarea":
      control = <textarea {...common} defaultValue={props.defaultValue} rows={props.rows ?? 3} onInput={onInput} />;
      break;
    case "select":
      control = (
        // A select ignores a changed defaultValue once mounted: the key remounts it with the new one.
        <select key={props.defaultValue} {...common} defaultValue={props.defaultValue} onChange={(event) => props.onChange?.(event.currentTarget.value)}>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
      break;
    case "file":
      control = <input {...common} type="file" accept={props.accept} />;
      break;
    case "number":
      control = <input {...common} type="number" min={props.min} defaultValue={props.defaultValue} />;
      break;
    case "date":
      control = <input {...common} type="date" defaultValue={props.defaultValue} />;
      break;
    default:
      control = <input {...common} type={props.type} defaultValue={props.defaultValue} autoComplete={props.autoComplete} onInput={onInput} />;
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className={hideLabel ? "sr-only" : labelClasses}>
        {label}
        {optional ? <span className="font-normal text-stone-600"> (optional)</span> : null}
      </label>
      {hint ? (
        <p id={ids.hint} className={hintClasses}>
          {hint}
        </p>
      ) : null}
      {control}
      {invalid || note || maxChars !== undefined ? (
        <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
          <div className="min-w-0 flex-1 space-y-1 empty:hidden">
            {invalid ? (
              <p id={ids.error} className={errorClasses}>
                {errors!.join(" ")}
              </p>
            ) : null}
            {note ? (
              <p id={ids.note} className={noteClasses}>
                {note}
              </p>
            ) : null}
          </div>
          {maxChars !== undefined ? (
            <p id={`${id}-counter`} className={`ml-auto text-xs tabular-nums ${over ? "font-medium text-rose-700" : "text-stone-600"}`}>
              {over ? `${count(length)} characters: ${count(length - maxChars)} over the limit of ${count(maxChars)}` : `${count(length)} / ${count(maxChars)}`}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
