import { runSubgraph } from '../../kit/subgraph.ts';
import { {{identifier}} } from './index.ts';

await runSubgraph({{identifier}});
