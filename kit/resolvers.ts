/** A resolver map: type name → field name → resolver (or a scalar's definition). */
export type ResolverMap = Record<string, object>;

/**
 * Resolver maps of one subgraph joined type by type: a part of the subgraph (urging, say) adds fields to the
 * types the rest also resolves (Mutation, Agency) without listing them again. A field defined twice keeps the
 * later map's resolver.
 */
export function mergeResolvers(...maps: readonly ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...(merged[type] ?? {}), ...fields };
  }
  return merged;
}
