import type { SubgraphNames } from './names.ts';

/** A key of an object literal, quoted only when it is not an identifier (`'land-records'`). */
const objectKey = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

const SUBGRAPHS_TABLE = /(export const SUBGRAPHS = \{\n)([\s\S]*?\n)(\} as const;)/;
const PORT = /\{ port: (\d+),/g;

/** kit/config.ts with the subgraph added last to SUBGRAPHS, on the port after the highest there. */
export function withConfigEntry(source: string, names: SubgraphNames): { source: string; port: number } {
  const table = SUBGRAPHS_TABLE.exec(source);
  if (!table) throw new Error('kit/config.ts: found no `export const SUBGRAPHS = { … } as const;` table');
  const ports = [...table[2].matchAll(PORT)].map((match) => Number(match[1]));
  if (ports.length === 0) throw new Error('kit/config.ts: found no `{ port: N, … }` entry in SUBGRAPHS');
  const port = Math.max(...ports) + 1;
  const line = `  ${objectKey(names.name)}: { port: ${port}, env: '${names.env}' },\n`;
  return { source: source.replace(SUBGRAPHS_TABLE, `$1$2${line}$3`), port };
}

const DEFINITION_IMPORT = /^import \{ \w+ \} from '\.\/([a-z0-9-]+)\/index\.ts';\n/gm;
const DEFINITIONS_TABLE = /(export const SUBGRAPH_DEFINITIONS\b[^=]*= \{\n)([\s\S]*?\n)(\};)/;

/** subgraphs/index.ts with the definition's import (among the others, by folder) and its entry last. */
export function withDefinitionEntry(source: string, names: SubgraphNames): string {
  const imports = [...source.matchAll(DEFINITION_IMPORT)];
  if (imports.length === 0)
    throw new Error("subgraphs/index.ts: found no `import { … } from './<name>/index.ts';`");
  const importLine = `import { ${names.identifier} } from './${names.name}/index.ts';\n`;
  const next = imports.find((match) => match[1] > names.name);
  const last = imports[imports.length - 1];
  const at = next ? (next.index as number) : (last.index as number) + last[0].length;
  const withImport = source.slice(0, at) + importLine + source.slice(at);
  if (!DEFINITIONS_TABLE.test(withImport)) {
    throw new Error('subgraphs/index.ts: found no `export const SUBGRAPH_DEFINITIONS … = { … };` table');
  }
  const entry = `  ${objectKey(names.name)}: ${names.identifier} as SubgraphDefinition<unknown>,\n`;
  return withImport.replace(DEFINITIONS_TABLE, `$1$2${entry}$3`);
}
