import { useId } from "react";
import { describedBy, errorClasses, fieldClasses, labelClasses } from "@/components/forms/styles.ts";

export type SelectOption = { value: string; label: string };

type SelectFieldProps = {
  label: string;
  /** Keep the label for screen readers only, when the context (a table row) already shows it. */
  hideLabel?: boolean;
  name: string;
  options: readonly SelectOption[];
  defaultValue?: string;
  errors?: string[];
  required?: boolean;
};

export function SelectField({ label, hideLabel, name, options, defaultValue, errors, required }: SelectFieldProps) {
  const id = useId();
  const invalid = Boolean(errors?.length);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={hideLabel ? "sr-only" : labelClasses}>
        {label}
      </label>
      {/* A select ignores a changed defaultValue once mounted: the key remounts it with the new one. */}
      <select
        key={defaultValue}
        id={id}
        name={name}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(invalid && `${id}-error`)}
        className={fieldClasses}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {invalid ? (
        <p id={`${id}-error`} className={errorClasses}>
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
