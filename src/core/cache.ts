/**
 * The one kind of module-level state the kit keeps: a named, bounded cache. Each is listed in
 * ARCHITECTURE.md ("Caches") with its bound, and `test/house.test.ts` fails on module-level state
 * made any other way. Past `limit` entries a cache starts over, so a host that keeps asking for new
 * keys (locales, labels, options objects) cannot grow it without end.
 */
export interface BoundedCache<K, V> {
  /** The name ARCHITECTURE.md lists it under. */
  readonly name: string;
  /** The most entries it holds before it starts over. */
  readonly limit: number;
  /** The value kept under `key`, made by `make` the first time. A `make` that throws keeps nothing. */
  get(key: K, make: () => V): V;
  /** True the first time `key` is seen (it is then kept): a warning given once per message. */
  first(key: K): boolean;
  /** Forgets every entry. */
  clear(): void;
}

/** A cache named `name` holding at most `limit` entries. */
export function boundedCache<K, V>(name: string, limit: number): BoundedCache<K, V> {
  const entries = new Map<K, V>();
  return {
    name,
    limit,
    get(key, make) {
      let value = entries.get(key);
      if (value === undefined && !entries.has(key)) {
        value = make();
        if (entries.size >= limit) entries.clear();
        entries.set(key, value);
      }
      return value as V;
    },
    first(key) {
      let fresh = false;
      this.get(key, () => ((fresh = true) as unknown as V));
      return fresh;
    },
    clear: () => entries.clear(),
  };
}
