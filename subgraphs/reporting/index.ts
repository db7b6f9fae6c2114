import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeResolvers } from '../../kit/resolvers.ts';
import type { SubgraphDefinition } from '../../kit/subgraph.ts';
import { createReportingLoaders, type ReportingLoaders } from './loaders.ts';
import { reportingMetrics } from './metrics.ts';
import { startObligationPlanning } from './planningSchedule.ts';
import { hasRegimes } from './regimeStore.ts';
import { resolvers } from './resolvers.ts';
import { seedReporting } from './seed.ts';
import { urgingResolvers } from './urgingResolvers.ts';

/** The reporting subgraph: Decree 09/2019 reporting regimes, the obligations they create and compliance. */
export const reporting: SubgraphDefinition<ReportingLoaders> = {
  name: 'reporting',
  folder: dirname(fileURLToPath(import.meta.url)),
  resolvers: mergeResolvers(resolvers, urgingResolvers),
  createLoaders: (db) => createReportingLoaders(db),
  isSeeded: hasRegimes,
  seed: (db, options) => seedReporting(db, options),
  metrics: reportingMetrics,
  // Obligations of periods closed after the seed day: planned on start and daily after.
  onStart: startObligationPlanning,
};
