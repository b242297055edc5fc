/**
 * Which searches are worth caching: those asked before, recently, in this process (a "doorkeeper",
 * as in TinyLFU). Most searches are asked once. Rendering one for the cache costs Next.js two to
 * three times a render per request (measured: README, "Cached public pages"), and one-off searches
 * would push the pages readers share out of the cache; a search asked a second time is likely to be
 * asked again — on a viral day, thousands of times.
 *
 * Memory is bounded: keys are remembered in two generations of at most `generation` each.
 */
export class RepeatedSearches {
  #current = new Set<string>();
  #previous = new Set<string>();

  constructor(private readonly generation = 10_000) {}

  /** Whether `key` was asked before; it is remembered as asked either way. */
  askedBefore(key: string): boolean {
    if (this.#current.has(key)) return true;
    const seen = this.#previous.has(key);
    if (this.#current.size >= this.generation) {
      this.#previous = this.#current;
      this.#current = new Set();
    }
    this.#current.add(key);
    return seen;
  }
}
