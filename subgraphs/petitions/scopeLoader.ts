import DataLoader from 'dataloader';
import type { AgencyScope } from './petitionStore.ts';

/**
 * Like the kit's parentLoader, but each parent carries its lineage (the @requires'd lineageUnitIds), which the
 * statement needs: agencies asked with the same arguments in one tick share ONE statement. (The kit's
 * parentLoader only passes parent ids; this is the variant for parents that bring their own data.)
 */
export function scopeLoader<Args, R>(
  load: (scopes: readonly AgencyScope[], args: Args) => Promise<Map<string, R>>,
  empty: () => R,
): DataLoader<{ scope: AgencyScope; args: Args }, R, string> {
  return new DataLoader(
    async (requests) => {
      const groups = new Map<string, { args: Args; scopes: Map<string, AgencyScope> }>();
      for (const { scope, args } of requests) {
        const key = JSON.stringify(args);
        const group = groups.get(key) ?? { args, scopes: new Map() };
        group.scopes.set(scope.id, scope);
        groups.set(key, group);
      }
      const results = new Map<string, Map<string, R>>();
      await Promise.all(
        [...groups].map(async ([key, group]) => {
          results.set(key, await load([...group.scopes.values()], group.args));
        }),
      );
      return requests.map(({ scope, args }) => results.get(JSON.stringify(args))?.get(scope.id) ?? empty());
    },
    // An agency's lineage is fixed within a request, so its id stands for the whole scope.
    { cacheKeyFn: ({ scope, args }) => `${scope.id}\u0000${JSON.stringify(args)}` },
  );
}
