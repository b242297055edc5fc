/** `text` as a regular expression matching it literally ("U.S." matches the full stops, not any character). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
