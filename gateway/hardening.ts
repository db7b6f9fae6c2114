import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { inputGuardPlugin, noSubscriptionsRule } from '../kit/inputGuard.ts';
import { costLimitError, requestPrice } from './costLimit.ts';
import { positiveIntFromEnv } from './envSettings.ts';
import { exceptIntrospection } from './introspectionExemption.ts';
import { rootFieldLimitRule } from './rootFieldLimit.ts';
import { loadTrustedDocuments, type TrustedDocuments } from './trustedDocuments.ts';

/**
 * The gateway's limits on what one request may ask. Every limit is on by default, with room above the
 * largest query the hub's own clients send (the province scorecard, agency lineage chains): see
 * tests/gateway-hardening.test.ts.
 */
export interface HardeningOptions {
  /** Nesting of selections (fragments counted where they are spread). */
  maxDepth: number;
  /** Aliased fields per operation (`__typename` aliases are free). */
  maxAliases: number;
  /** Lexical tokens in the query text: refused while parsing, before any other work. */
  maxTokens: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** Fields at the top of an operation. */
  maxRootFields: number;
  /** Operation cost, page sizes multiplied in (gateway/costLimit.ts). */
  maxCost: number;
  /** Request body size in bytes; larger bodies get 413. */
  maxBodyBytes: number;
  /** Production: no introspection, no "Did you mean …?" suggestions in errors. */
  production: boolean;
  /** Trusted-documents mode: only these operations run. Off (null) by default. */
  trustedDocuments: TrustedDocuments | null;
}

export const DEFAULT_HARDENING: HardeningOptions = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2000,
  maxDirectives: 20,
  maxRootFields: 10,
  maxCost: 5000,
  maxBodyBytes: 1_000_000,
  production: false,
  trustedDocuments: null,
};

/** GATEWAY_MAX_DEPTH, GATEWAY_MAX_ALIASES, … and NODE_ENV, GATEWAY_TRUSTED_DOCUMENTS (read in gateway/main.ts). */
export function hardeningFromEnv(env: NodeJS.ProcessEnv = process.env): HardeningOptions {
  const int = (name: string, fallback: number) => positiveIntFromEnv(env, name, fallback);
  const manifest = env.GATEWAY_TRUSTED_DOCUMENTS;
  return {
    maxDepth: int('GATEWAY_MAX_DEPTH', DEFAULT_HARDENING.maxDepth),
    maxAliases: int('GATEWAY_MAX_ALIASES', DEFAULT_HARDENING.maxAliases),
    maxTokens: int('GATEWAY_MAX_TOKENS', DEFAULT_HARDENING.maxTokens),
    maxDirectives: int('GATEWAY_MAX_DIRECTIVES', DEFAULT_HARDENING.maxDirectives),
    maxRootFields: int('GATEWAY_MAX_ROOT_FIELDS', DEFAULT_HARDENING.maxRootFields),
    maxCost: int('GATEWAY_MAX_COST', DEFAULT_HARDENING.maxCost),
    maxBodyBytes: int('GATEWAY_MAX_BODY_BYTES', DEFAULT_HARDENING.maxBodyBytes),
    production: env.NODE_ENV === 'production',
    trustedDocuments: manifest ? loadTrustedDocuments(manifest) : null,
  };
}

/** Codes of the refusals below; formatError keeps them (Apollo would otherwise relabel them all). */
export const LIMIT_CODES = [
  'DEPTH_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
  'ROOT_FIELD_LIMIT_EXCEEDED',
  'COST_LIMIT_EXCEEDED',
] as const;

/** Armor reports through the validation context with our code, instead of throwing. */
function reportAs(code: (typeof LIMIT_CODES)[number], message: string) {
  return {
    propagateOnRejection: false,
    exposeLimits: false,
    onReject: [
      (context: ValidationContext | null) =>
        context?.reportError(new GraphQLError(message, { extensions: { code } })),
    ],
  };
}

/** Cost needs the variables' values (`first: $n`), which validation does not see: checked once resolved. */
function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          if (requestPrice({ request, document, operation, schema }).cost > maxCost) throw costLimitError();
        },
      };
    },
  };
}

/** What ApolloServer is given: validation rules, plugins, parse options and the introspection switch. */
export function hardenedServerOptions(options: HardeningOptions): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: { maxTokens: number };
  introspection: boolean;
  allowBatchedHttpRequests: false;
} {
  const armor = new ApolloArmor({
    maxDepth: {
      n: options.maxDepth,
      ignoreIntrospection: false,
      flattenFragments: false,
      ...reportAs('DEPTH_LIMIT_EXCEEDED', 'Query is nested too deeply.'),
    },
    maxAliases: {
      n: options.maxAliases,
      ...reportAs('ALIAS_LIMIT_EXCEEDED', 'Query uses too many aliases.'),
    },
    maxDirectives: {
      n: options.maxDirectives,
      ...reportAs('DIRECTIVE_LIMIT_EXCEEDED', 'Query uses too many directives.'),
    },
    // Tokens: graphql-js's own parser limit (parseOptions below) refuses with a 400 parse error; Armor's
    // token plugin throws from a hook Apollo treats as an internal failure.
    maxTokens: { enabled: false },
    // Cost: our own, which multiplies by page sizes (Armor's counts depth, not `first`).
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
  return {
    validationRules: [
      // While introspection is on (not production), GraphiQL and codegen may introspect at the default limits.
      ...(options.production ? armor.validationRules : armor.validationRules.map(exceptIntrospection)),
      rootFieldLimitRule(options.maxRootFields),
      noSubscriptionsRule,
    ],
    // Armor's typings name the CommonJS build of @apollo/server; the plugin objects are the same at runtime.
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin[]),
      inputGuardPlugin(),
      costLimitPlugin(options.maxCost),
    ],
    parseOptions: { maxTokens: options.maxTokens },
    introspection: !options.production,
    allowBatchedHttpRequests: false,
  };
}
