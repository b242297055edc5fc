/**
 * "@Ann Editor" in a note names the editor Ann Editor: an @ at the start or after a space or
 * punctuation, then an active editor's name as written in their account (case and accents aside),
 * ending at a word's end. The longest name wins ("@Ann Editor" is Ann Editor, not Ann), so names
 * need no quoting; an @ that names nobody (an e-mail address, "@home") is plain text.
 */

export type Mentionable = { id: number; name: string };

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** `text` folded one code unit at a time, each to one: positions in it are positions in `text`. */
const foldInPlace = (text: string) =>
  text
    .split("")
    .map((unit) => {
      const folded = fold(unit);
      return folded.length === 1 ? folded : unit;
    })
    .join("");

/** Where each mention is in `body`, and whom it names, in order. */
export function findMentions(body: string, editors: readonly Mentionable[]): { start: number; end: number; user: Mentionable }[] {
  const folded = foldInPlace(body);
  const names = editors
    .map((user) => ({ user, name: fold(user.name.trim()) }))
    .filter(({ name }) => name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);
  const found: { start: number; end: number; user: Mentionable }[] = [];
  for (let at = folded.indexOf("@"); at !== -1; at = folded.indexOf("@", at + 1)) {
    if (at > 0 && /[\p{L}\p{N}_.+-]/u.test(folded[at - 1]!)) continue;
    const rest = folded.slice(at + 1);
    const match = names.find(({ name }) => rest.startsWith(name) && !/[\p{L}\p{N}_]/u.test(rest[name.length] ?? " "));
    if (match) {
      const end = at + 1 + match.name.length;
      found.push({ start: at, end, user: match.user });
      at = end - 1;
    }
  }
  return found;
}

/** The ids of the editors a note names, each once. */
export function mentionedIds(body: string, editors: readonly Mentionable[]): number[] {
  return [...new Set(findMentions(body, editors).map((mention) => mention.user.id))];
}
