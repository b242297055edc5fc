/** Case- and accent-insensitive form of a name or word, for comparisons. */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function lastWord(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? "";
}

/** The key a surname is known by: "al-Kuwari" and "Kuwari" are one ("Majed bin Rashid al-Kuwari" … "Kuwari said"). */
export function surnameKey(name: string): string {
  return foldName(lastWord(name)).replace(/^(?:al|el)-/u, "");
}

const NICKNAME = /[^\S\n]+["“‘']\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,2}["”’'](?=[^\S\n])/gu;

/** `Ramon "Monching" T. Villaraza` is offered as Ramon T. Villaraza: the nickname is how the article calls him, not his name. */
export function withoutNickname(name: string): string {
  return name.replace(NICKNAME, "");
}

/**
 * "Son of" and "daughter of" in a name, between the given name and the father's ("Majed bin Rashid al-Kuwari", "Nur Hidayah
 * binte Abdul Rahman", Singapore's "s/o") or closing it in lowercase (Kyrgyz "Eldiyar Mirlan uulu", "Aidana Nurbek kyzy";
 * Azerbaijani "oglu", "qizi"). Read by the name runs (entities.ts), the verb finder (attribution.ts) and gender.ts.
 */
export const PATRONYMIC_WORDS = {
  son: { inside: ["bin", "ibn", "s/o", "a/l"], closing: ["uulu", "ogly", "oglu", "ogli"] },
  daughter: { inside: ["bint", "binti", "binte", "d/o", "a/p"], closing: ["kyzy", "qizi", "kizi", "gyzy"] },
} as const;

/** Initials of two letters, a name's first sound written in Latin letters: Mongolian "Ts. Batbayar", "Ch. Enkhtaivan". */
export const TWO_LETTER_INITIALS = "Ts|Ch|Sh|Kh|Zh";
/** A letter standing for a name: "J", "Ch" (written "J." and "Ch." before a surname). */
export const INITIAL_LETTERS = String.raw`(?:\p{Lu}|${TWO_LETTER_INITIALS})`;
