/** Downloads of the current view's claims and their history as CSV, with the same filters. */
export function ExportLinks({ query }: { query: string }) {
  const withBom = (path: string) => `${path}${query ? `${query}&` : "?"}bom=1`;
  const link = "font-medium underline underline-offset-2";
  return (
    <p className="mt-2 text-sm text-stone-700">
      Export this list as CSV:{" "}
      <a href={`/api/export/claims.csv${query}`} className={link} download>
        claims
      </a>{" "}
      (<a href={withBom("/api/export/claims.csv")} className={link} download aria-label="claims for Excel">for Excel</a>) ·{" "}
      <a href={`/api/export/history.csv${query}`} className={link} download>
        status history
      </a>{" "}
      (<a href={withBom("/api/export/history.csv")} className={link} download aria-label="status history for Excel">for Excel</a>)
    </p>
  );
}
