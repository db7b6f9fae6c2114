/**
 * Answers kept a while per key, for reference data asked of another subgraph (the agency directory changes
 * with a decree, not with a request). Callers share one pending answer; a failed one is not remembered, so
 * the next caller asks again. At most `maxKeys` are kept: past that the store starts afresh.
 */
export function keptAnswers<T>(
  ask: (key: string) => Promise<T>,
  options: { ttlMs: number; maxKeys: number },
): (key: string) => Promise<T> {
  const kept = new Map<string, { answer: Promise<T>; until: number }>();
  return (key) => {
    const now = Date.now();
    const hit = kept.get(key);
    if (hit && hit.until > now) return hit.answer;
    const answer = ask(key);
    if (kept.size >= options.maxKeys) kept.clear();
    kept.set(key, { answer, until: now + options.ttlMs });
    answer.catch(() => kept.delete(key));
    return answer;
  };
}
