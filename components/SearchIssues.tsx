import type { SearchIssue } from "@/lib/public/search.ts";

/** The search parameters that were not understood and were left out (the index's and the editor's list). */
export function SearchIssues({ issues }: { issues: SearchIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="mt-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">Some of the search settings were not understood and were left out:</p>
      <ul className="mt-1 list-disc pl-5">
        {issues.map((issue) => (
          <li key={`${issue.param}:${issue.message}`}>
            <code>{issue.param}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
