import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  GraphQLError,
  Kind,
  OperationTypeNode,
  type ValidationRule,
  visit,
} from 'graphql';

/**
 * Input no field of the hub can mean, refused at the door with a coded 400 instead of reaching a database
 * (PostgreSQL cannot store NUL and fails on it). The gateway and every subgraph (for calls that do not come
 * through the gateway, such as `_entities` from another service) run it:
 * - control characters (C0 but tab, line feed and carriage return; DEL) in any string, in the variables or
 *   written in the query, whatever the field — ids, tracking codes, searches, text;
 * - subscriptions: the hub has none, and the gateway would fail on one with a 500.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTER_MESSAGE = 'Dữ liệu nhập có ký tự điều khiển không hợp lệ; hãy xóa ký tự đó.';

function refuse(field: string): GraphQLError {
  return new GraphQLError(CONTROL_CHARACTER_MESSAGE, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
}

/** The path of the first string holding a control character, or null. */
function controlCharacterAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return CONTROL.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = controlCharacterAt(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = controlCharacterAt(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** The argument (or input field) a string literal written in the query is given to. */
function literalWithControlCharacter(document: DocumentNode): string | null {
  let found: string | null = null;
  const names: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      if (!found && CONTROL.test(node.value)) found = names.join('.') || 'query';
    },
  });
  return found;
}

export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const field =
            controlCharacterAt(request.variables ?? {}, '') ?? literalWithControlCharacter(document);
          if (field) throw refuse(field);
        },
      };
    },
  };
}

/** Refuses a subscription while validating (HTTP 400, GRAPHQL_VALIDATION_FAILED). */
export const noSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.kind === Kind.OPERATION_DEFINITION && node.operation === OperationTypeNode.SUBSCRIPTION) {
      context.reportError(
        new GraphQLError('This hub has no subscriptions: use a query or a mutation.', { nodes: [node] }),
      );
    }
  },
});
