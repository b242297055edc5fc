/** Shared Tailwind classes of the form pieces, so every form looks and behaves the same. */
export const fieldClasses =
  "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm " +
  "aria-[invalid=true]:border-rose-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-rose-600";

export const labelClasses = "block text-sm font-medium text-stone-900";
export const hintClasses = "text-sm text-stone-600";
export const errorClasses = "text-sm font-medium text-rose-700";
/** A note under a field that needs the user's attention but is no error (a file to choose again). */
export const noteClasses = "text-sm font-medium text-amber-900";

export const buttonClasses = {
  primary: "rounded-md bg-stone-900 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-stone-700",
  secondary: "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100",
  danger: "rounded-md bg-rose-700 px-3 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-rose-800",
} as const;

export type ButtonVariant = keyof typeof buttonClasses;

/** The ids an input is described by (hint, then error, …), or undefined when none. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(" ") : undefined;
}
