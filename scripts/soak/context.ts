import type { Database } from '../../kit/db.ts';
import type { WorkloadInputs } from '../bench/workloads.ts';
import type { Hub } from './hub.ts';
import type { SoakOptions } from './options.ts';

/** What every scenario gets: the running hub, the petitions database to count in, tokens and samples. */
export interface SoakContext {
  hub: Hub;
  petitionsDb: Database;
  inputs: WorkloadInputs;
  /** The same, with the submissions' target agency outside the inbox agency's tree. */
  submissionInputs: WorkloadInputs;
  options: SoakOptions;
}
