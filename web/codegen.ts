import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run web:codegen`: types for every document in web/src, against the API the gateway serves, and the
 * trusted-documents manifest (sha256 of each document's text) the gateway loads to run them by hash alone.
 * `npm run web:codegen -- --check` fails when the committed web/src/gql/ is not current.
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  // Imports with their extension, as the project's NodeNext type-check and Vite both resolve them.
  emitLegacyCommonJSImports: false,
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Only what the documents use: an addition elsewhere in the API leaves the generated files current.
        onlyOperationTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
