import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeResolvers } from '../../kit/resolvers.ts';
import type { SubgraphDefinition } from '../../kit/subgraph.ts';
import { startCountsUpkeep } from './countsSchedule.ts';
import { escalationResolvers } from './escalationResolvers.ts';
import { createPetitionLoaders, type PetitionLoaders } from './loaders.ts';
import { petitionMetrics } from './metrics.ts';
import { hasPetitions } from './petitionStore.ts';
import { resolvers } from './resolvers.ts';
import { seedPetitions } from './seed.ts';
import { urgingResolvers } from './urgingResolvers.ts';

/** The petitions subgraph: phản ánh, kiến nghị under Decree 20/2008, their tracking and scorecards. */
export const petitions: SubgraphDefinition<PetitionLoaders> = {
  name: 'petitions',
  folder: dirname(fileURLToPath(import.meta.url)),
  resolvers: mergeResolvers(resolvers, escalationResolvers, urgingResolvers),
  createLoaders: (db, identity) => createPetitionLoaders(db, identity),
  isSeeded: hasPetitions,
  seed: (db, options) => seedPetitions(db, options),
  metrics: petitionMetrics,
  onStart: startCountsUpkeep,
};
