import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import KeyvRedis, { Keyv } from '@keyv/redis';
import { log } from '../kit/log.ts';

export interface SharedCache {
  cache: KeyValueCache<string>;
  close(): Promise<void>;
}

/**
 * What every gateway replica must agree on, in Redis: the automatic persisted queries (a hash one replica
 * registered is served by the next behind the load balancer). Rate limits need nothing here: they are
 * counted in the petitions database every replica reaches. Without REDIS_URL each replica keeps its own.
 */
export function sharedCacheFromUrl(url: string, namespace = 'pakn-hub'): SharedCache {
  const store = new KeyvRedis(url);
  const keyv = new Keyv<string>({ store, namespace });
  // A Redis outage must not fail requests: Apollo then treats the query as unregistered.
  keyv.on('error', (error: Error) => log.error({ service: 'gateway', err: error }, 'shared cache'));
  return {
    // One Keyv, typed twice (its ESM and CommonJS declarations): the adapter takes either.
    cache: new KeyvAdapter(keyv as never),
    async close() {
      await keyv.disconnect();
    },
  };
}
