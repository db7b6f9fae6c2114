import DataLoader from 'dataloader';

/** Loads rows by key in one batch, answering null for keys with no row. */
export function rowLoader<K, R>(
  load: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
): DataLoader<K, R | null> {
  return new DataLoader(async (keys) => {
    const rows = await load(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A loader for a value per parent that also depends on arguments (a page of children, a count over a date
 * range): parents asked with the same arguments in one tick share one batch, hence one statement.
 */
export function parentLoader<Args, R>(
  load: (parentIds: readonly string[], args: Args) => Promise<Map<string, R>>,
  empty: () => R,
): DataLoader<{ parentId: string; args: Args }, R, string> {
  return new DataLoader(
    async (requests) => {
      const groups = new Map<string, { args: Args; parentIds: string[] }>();
      for (const { parentId, args } of requests) {
        const key = JSON.stringify(args);
        const group = groups.get(key) ?? { args, parentIds: [] };
        group.parentIds.push(parentId);
        groups.set(key, group);
      }
      const results = new Map<string, Map<string, R>>();
      await Promise.all(
        [...groups].map(async ([key, group]) => {
          results.set(key, await load([...new Set(group.parentIds)], group.args));
        }),
      );
      return requests.map(
        ({ parentId, args }) => results.get(JSON.stringify(args))?.get(parentId) ?? empty(),
      );
    },
    { cacheKeyFn: ({ parentId, args }) => `${parentId}\u0000${JSON.stringify(args)}` },
  );
}
