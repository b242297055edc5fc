/**
 * /robots.txt: crawlers may read every public page and are sent to the sitemap, but not the
 * workbench, sign-in or the searches — every distinct search a crawler invents is rendered against
 * the database for it (lib/public/cached-pages.ts), and the claims it would find are all in the sitemap.
 */
export function robotsTxt(origin: string): string {
  return [
    "User-agent: *",
    "Disallow: /search",
    "Disallow: /?",
    "Disallow: /editor",
    "Disallow: /admin",
    "Disallow: /account",
    "Disallow: /signin",
    "Disallow: /api/",
    "",
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n");
}
