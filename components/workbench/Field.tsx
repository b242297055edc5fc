import { useId } from "react";
import { describedBy, errorClasses, fieldClasses, hintClasses, labelClasses } from "@/components/forms/styles.ts";

type FieldProps = {
  label: string;
  name: string;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  maxLength?: number;
} & ({ type: "textarea"; rows?: number } | { type: "text" | "date" | "url" | "number"; rows?: never; min?: number });

/** A labelled input or textarea with its hint and errors beside it, announced with it (aria-describedby). */
export function Field({ label, name, defaultValue, errors, hint, required, maxLength, ...control }: FieldProps) {
  const id = useId();
  const invalid = Boolean(errors?.length);
  const common = {
    id,
    name,
    defaultValue,
    required,
    maxLength,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy(hint && `${id}-hint`, invalid && `${id}-error`),
    className: fieldClasses,
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClasses}>
        {label}
        {required ? null : <span className="font-normal text-stone-600"> (optional)</span>}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={hintClasses}>
          {hint}
        </p>
      ) : null}
      {control.type === "textarea" ? (
        <textarea {...common} rows={control.rows ?? 3} />
      ) : (
        <input {...common} type={control.type} min={"min" in control ? control.min : undefined} />
      )}
      {invalid ? (
        <p id={`${id}-error`} className={errorClasses}>
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
