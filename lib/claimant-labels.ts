/** How a claimant's role and Wikidata item are shown, to readers and editors alike. */

type Role = { title: string | null; titleFrom: Date | null; titleUntil: Date | null };

/** "Foreign Minister of Azerbaijan, 2020–", "US President, 2021–2025", "Mayor, until 2019", or the title alone. */
export function claimantRole({ title, titleFrom, titleUntil }: Role): string | null {
  if (!title) return null;
  const from = titleFrom?.getUTCFullYear();
  const until = titleUntil?.getUTCFullYear();
  if (from === undefined) return until === undefined ? title : `${title}, until ${until}`;
  if (until === from) return `${title}, ${from}`;
  return `${title}, ${from}–${until ?? ""}`;
}

export const wikidataUrl = (id: string) => `https://www.wikidata.org/wiki/${id}`;
