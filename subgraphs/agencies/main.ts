import { runSubgraph } from '../../kit/subgraph.ts';
import { agencies } from './index.ts';

await runSubgraph(agencies);
