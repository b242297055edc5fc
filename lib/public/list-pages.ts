/**
 * Long public lists come in pages (`/claimants`, `/claimants/page/2`, …; a claimant's claims at
 * `/claimants/{slug}/page/2`): at a million claims there are 50,000 sources, and one page of them
 * never finished rendering.
 */
export const LIST_PAGE_SIZE = 100;

/**
 * A claimant's claims, each a card with its status and dates: as many to a page as the index shows
 * (search.ts's DEFAULT_LIMIT). At 50 a page of a prolific claimant weighed 200 KB and was the one
 * cached page serving under half the static file's rate (README, HTTP benchmark).
 */
export const CLAIMANT_CLAIMS_PAGE_SIZE = 20;

/** A paged list's first page (`/claimants`, `/claimants/{slug}`); the others are under `{list}/page/{n}`. */
export const listPagePath = (list: string, page: number) => (page === 1 ? list : `${list}/page/${page}`);

/** A page number as written in a URL: 2, not 02, +2 or 2.0; null for anything else. */
export function parsePageNumber(text: string): number | null {
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null;
}

export const pageCount = (total: number, size = LIST_PAGE_SIZE) => Math.max(1, Math.ceil(total / size));

/** Prisma's skip and take for a page. */
export const pageWindow = (page: number, size = LIST_PAGE_SIZE) => ({ skip: (page - 1) * size, take: size });
