import { runSubgraph } from '../../kit/subgraph.ts';
import { procedures } from './index.ts';

await runSubgraph(procedures);
