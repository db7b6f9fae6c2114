import { notFound, signInRequired } from '../../kit/errors.ts';
import type { Identity } from '../../kit/identity.ts';
import type { PageArgs } from '../../kit/pagination.ts';
import type { SubgraphContext } from '../../kit/subgraph.ts';
import type { {{Type}}Loaders } from './loaders.ts';
import { type {{Type}}Row, list{{Type}}Rows } from './{{type}}Store.ts';

type Context = SubgraphContext<{{Type}}Loaders>;

/** Signed-in callers only: who may read which records belongs in kit/policy.ts (ACCESS_RULES). */
function requireSignIn(identity: Identity): void {
  if (identity.role === 'ANONYMOUS' || !identity.subject) {
    throw signInRequired('Cần đăng nhập để xem nội dung này.');
  }
}

export const resolvers = {
  Query: {
    async {{type}}(_: unknown, { id }: { id: string }, { identity, loaders }: Context) {
      requireSignIn(identity);
      const row = await loaders.{{type}}.load(id);
      if (!row) throw notFound(`Không tìm thấy bản ghi "${id}".`, 'id');
      return row;
    },
    {{list}}(_: unknown, args: PageArgs, { identity, db }: Context) {
      requireSignIn(identity);
      return list{{Type}}Rows(db, args);
    },
  },
  {{Type}}: {
    __resolveReference(reference: { id: string }, { identity, loaders }: Context) {
      requireSignIn(identity);
      return loaders.{{type}}.load(reference.id);
    },
    recordedOn: (row: {{Type}}Row) => row.recorded_on,
    // The key alone: the gateway asks the agencies subgraph for the rest.
    agency: (row: {{Type}}Row) => ({ id: row.agency_id }),
  },
};
