/**
 * True while `next build` prerenders. A cached public page without URL parameters (the index, the
 * lists, the feeds, the sitemap) is prerendered then, when there is no database; what it renders
 * then is never served: the app server's page cache starts empty, so each such page is rendered
 * from the database on its first request (lib/platform/page-cache/).
 */
export const isBuildPhase = () => process.env.NEXT_PHASE === "phase-production-build";
