import { CLAIM_FIELD_LABELS, claimFormValues } from "@/lib/workbench/claim-form-values.ts";
import type { ClaimSnapshot } from "@/lib/workbench/claim-version.ts";
import { KIND_LABEL } from "@/lib/labels.ts";
import type { ClaimFormOptions } from "@/components/workbench/ClaimForm.tsx";

type Props = ClaimFormOptions & { opened: Record<string, string>; current: ClaimSnapshot };

/** After a stale save: which fields someone else changed since the editor opened the claim. */
export function ConflictDetails({ opened, current, claimants, sources }: Props) {
  const now = claimFormValues(current);
  const changed = Object.keys(CLAIM_FIELD_LABELS).filter((field) => opened[field] !== now[field]);
  const shown = (field: string, value: string | undefined) => {
    if (!value) return "—";
    if (field === "claimantId") {
      return Number(value) === current.claimantId ? current.claimantName : (claimants.find((claimant) => String(claimant.id) === value)?.name ?? value);
    }
    if (field === "sourceId") return sources.find((source) => String(source.id) === value)?.title ?? value;
    if (field === "kind") return KIND_LABEL[value as keyof typeof KIND_LABEL] ?? value;
    return value;
  };
  return (
    <section aria-labelledby="conflict-heading" className="rounded-md border border-amber-400 bg-amber-50 p-4">
      <h3 id="conflict-heading" className="font-semibold text-amber-950">
        What changed since you opened it (now version {current.version})
      </h3>
      {changed.length === 0 ? (
        <p className="mt-1 text-sm text-stone-800">
          No field of this form changed; the claim&apos;s status, outcomes or visibility did.
        </p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-amber-300">
                <th scope="col" className="py-1 pr-3 font-medium">Field</th>
                <th scope="col" className="py-1 pr-3 font-medium">When you opened it</th>
                <th scope="col" className="py-1 font-medium">Now</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((field) => (
                <tr key={field} className="border-b border-amber-200 align-top">
                  <th scope="row" className="py-1 pr-3 font-medium">{CLAIM_FIELD_LABELS[field]}</th>
                  <td className="py-1 pr-3">{shown(field, opened[field])}</td>
                  <td className="py-1">{shown(field, now[field])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-2 text-sm text-stone-800">
        Your input is kept in the form below. Saving again replaces the current version with yours.
      </p>
    </section>
  );
}
