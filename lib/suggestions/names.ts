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
