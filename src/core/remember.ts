/**
 * The value kept in `cache` under `key`, made by `make` the first time. Past `limit` entries the cache
 * starts over, so a host that keeps asking for new keys (locales, labels, dates) cannot grow it
 * without end. A `make` that throws keeps nothing.
 */
export function remember<K, V>(cache: Map<K, V>, key: K, limit: number, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
  }
  return value;
}
