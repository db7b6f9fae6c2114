import { type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Knex } from 'knex';
import { hubTracer } from './tracing.ts';

// The database conventions' names these spans use (db.system, db.statement, db.operation).
const ATTR_DB_SYSTEM = 'db.system';
const ATTR_DB_STATEMENT = 'db.statement';
const ATTR_DB_OPERATION = 'db.operation';

/** Long generated statements (a many-row insert) are cut here: the shape is what a trace needs. */
const MAX_STATEMENT = 4_000;

interface QueryEvent {
  __knexQueryUid?: string;
  sql?: string;
}

/**
 * A span per SQL statement, from knex's own events: they fire for PGlite (whose statements run in a worker
 * thread, out of reach of any driver instrumentation) and for `pg` alike. The statement is knex's text with
 * its placeholders, never the bound values, and a failure records the SQLSTATE only (knex's error message
 * quotes the values). A statement outside a traced request (migrations, seeding, upkeep) makes no span.
 */
export function traceStatements(db: Knex): void {
  const open = new Map<string, Span>();
  db.on('query', (query: QueryEvent) => {
    const tracer = hubTracer();
    if (!tracer || !query.__knexQueryUid || !trace.getActiveSpan()) return;
    const sql = query.sql ?? '';
    const operation = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
    open.set(
      query.__knexQueryUid,
      tracer.startSpan(operation, {
        kind: SpanKind.CLIENT,
        attributes: {
          [ATTR_DB_SYSTEM]: 'postgresql',
          [ATTR_DB_OPERATION]: operation,
          [ATTR_DB_STATEMENT]: sql.length > MAX_STATEMENT ? `${sql.slice(0, MAX_STATEMENT)}…` : sql,
        },
      }),
    );
  });
  const end = (query: QueryEvent | undefined, error?: Error & { code?: unknown }) => {
    const uid = query?.__knexQueryUid;
    const span = uid === undefined ? undefined : open.get(uid);
    if (!span || uid === undefined) return;
    open.delete(uid);
    if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: String(error.code ?? 'error') });
    span.end();
  };
  db.on('query-response', (_response: unknown, query: QueryEvent) => end(query));
  db.on('query-error', (error: Error, query: QueryEvent) => end(query, error));
}
