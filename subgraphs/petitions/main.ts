import { runSubgraph } from '../../kit/subgraph.ts';
import { petitions } from './index.ts';

await runSubgraph(petitions);
