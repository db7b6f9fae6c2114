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
 * What an agency answers for, as the gateway sends it: its id and its lineage (Agency.lineageUnitIds, read
 * with @requires): the agency, the units under it, the agencies it succeeded and theirs.
 */
export interface AgencyScope {
  id: string;
  unitIds: readonly string[];
}

/** Scopes as two parallel arrays (root id, unit id) for `unnest(?::text[], ?::text[])` in one statement. */
export function scopePairs(scopes: readonly AgencyScope[]): { roots: string[]; units: string[] } {
  const roots: string[] = [];
  const units: string[] = [];
  for (const scope of scopes) {
    for (const unit of new Set(scope.unitIds)) {
      roots.push(scope.id);
      units.push(unit);
    }
  }
  return { roots, units };
}

/** A parent is its id, or an object carrying its id and what the statement needs (e.g. @requires fields). */
export type Parent = string | { id: string };

const parentIdOf = (parent: Parent) => (typeof parent === 'string' ? parent : parent.id);

/**
 * A loader for a value per parent that also depends on arguments (a page of children, a count over a date
 * range): parents asked with the same arguments in one tick share one batch, hence one statement. A parent
 * object's id stands for the whole object: within a request, what travels with an entity does not change.
 */
export function parentLoader<Args, R, P extends Parent = string>(
  load: (parents: readonly P[], args: Args) => Promise<Map<string, R>>,
  empty: () => R,
): DataLoader<{ parent: P; args: Args }, R, string> {
  return new DataLoader(
    async (requests) => {
      const groups = new Map<string, { args: Args; parents: Map<string, P> }>();
      for (const { parent, args } of requests) {
        const key = JSON.stringify(args);
        const group = groups.get(key) ?? { args, parents: new Map() };
        group.parents.set(parentIdOf(parent), parent);
        groups.set(key, group);
      }
      const results = new Map<string, Map<string, R>>();
      await Promise.all(
        [...groups].map(async ([key, group]) => {
          results.set(key, await load([...group.parents.values()], group.args));
        }),
      );
      return requests.map(
        ({ parent, args }) => results.get(JSON.stringify(args))?.get(parentIdOf(parent)) ?? empty(),
      );
    },
    { cacheKeyFn: ({ parent, args }) => `${parentIdOf(parent)}\u0000${JSON.stringify(args)}` },
  );
}
