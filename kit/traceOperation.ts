import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { hubTracer } from './tracing.ts';

// The GraphQL semantic conventions' names (still "incubating" in the package, so written out here).
const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';

/**
 * Names the request's server span (kit/traceHttp.ts) after its operation, as the GraphQL conventions ask
 * (`query ProvinceScorecard`), and marks it failed with the errors' codes: codes only, never messages, which
 * may quote what the caller sent. The document itself is not recorded. Off, it does nothing per request.
 */
export function traceOperationPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      if (!hubTracer()) return;
      const span = trace.getActiveSpan();
      if (!span) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          const type = operation.operation;
          span.updateName(operationName ? `${type} ${operationName}` : type);
          span.setAttribute(ATTR_GRAPHQL_OPERATION_TYPE, type);
          if (operationName) span.setAttribute(ATTR_GRAPHQL_OPERATION_NAME, operationName);
        },
        async didEncounterErrors({ errors }) {
          const codes = new Set(
            errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
          );
          span.setStatus({ code: SpanStatusCode.ERROR, message: [...codes].join(',') });
        },
      };
    },
  };
}
