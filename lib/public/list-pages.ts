/**
 * The claimant and source lists come in pages (`/claimants`, `/claimants/page/2`, …): at a million
 * claims there are 50,000 sources, and one page of them never finished rendering.
 */
export const LIST_PAGE_SIZE = 100;

export type PagedList = "/claimants" | "/sources";

export const listPagePath = (list: PagedList, page: number) => (page === 1 ? list : `${list}/page/${page}`);

/** A page number as written in a URL: 2, not 02, +2 or 2.0; null for anything else. */
export function parsePageNumber(text: string): number | null {
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null;
}

export const pageCount = (total: number) => Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));

/** Prisma's skip and take for a page. */
export const pageWindow = (page: number) => ({ skip: (page - 1) * LIST_PAGE_SIZE, take: LIST_PAGE_SIZE });
