import { useId } from "react";
import { describedBy, errorClasses, fieldClasses, hintClasses, labelClasses } from "@/components/forms/styles.ts";

type TextFieldProps = {
  label: string;
  name: string;
  type?: "text" | "email";
  defaultValue?: string;
  /** Server-side messages for this field, shown under it and announced with it. */
  errors?: string[];
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  maxLength?: number;
};

export function TextField({ label, name, type = "text", defaultValue, errors, hint, required, autoComplete, maxLength }: TextFieldProps) {
  const id = useId();
  const invalid = Boolean(errors?.length);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClasses}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={hintClasses}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, invalid && `${id}-error`)}
        className={fieldClasses}
      />
      {invalid ? (
        <p id={`${id}-error`} className={errorClasses}>
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
