import { runSubgraph } from '../../kit/subgraph.ts';
import { reporting } from './index.ts';

await runSubgraph(reporting);
