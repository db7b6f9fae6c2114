/** The reference agencies are shared facts (fixtures/agencies): the agencies subgraph seeds its tables from them. */
export * from '../../../fixtures/agencies/referenceAgencies.ts';
