/**
 * `npm run new-subgraph -- <name>`: a fifth (sixth, …) subgraph that works from the start. Writes
 * subgraphs/<name>/ (schema, definition, resolvers, a migration, a small seed) and tests/<name>.test.ts from
 * the templates in scripts/newSubgraph/, adds it to the two registries (kit/config.ts SUBGRAPHS with the next
 * free port, subgraphs/index.ts SUBGRAPH_DEFINITIONS), formats what it wrote and composes schema/*.graphql
 * (`npm run compose`). On any failure it puts everything back as it was and exits 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Kind, parse } from 'graphql';
import { PROJECT_ROOT, SUBGRAPHS } from '../kit/config.ts';
import { fillTemplate, type SubgraphNames, subgraphNames } from './newSubgraph/names.ts';
import { withConfigEntry, withDefinitionEntry } from './newSubgraph/registry.ts';

const TEMPLATES = join(PROJECT_ROOT, 'scripts', 'newSubgraph');
const CONFIG = join(PROJECT_ROOT, 'kit', 'config.ts');
const DEFINITIONS = join(PROJECT_ROOT, 'subgraphs', 'index.ts');

function fail(message: string): never {
  console.error(`new-subgraph: ${message}`);
  process.exit(1);
}

/** Why the subgraph cannot be added as named, or null. */
function refusal(names: SubgraphNames): string | null {
  const { name } = names;
  if (name in SUBGRAPHS) return `"${name}" is already a subgraph (kit/config.ts SUBGRAPHS).`;
  for (const path of [join('subgraphs', name), join('tests', `${name}.test.ts`)]) {
    if (existsSync(join(PROJECT_ROOT, path))) return `${path} already exists.`;
  }
  // The supergraph's types and Query fields: the new ones must not collide with another subgraph's.
  const supergraph = parse(readFileSync(join(PROJECT_ROOT, 'schema', 'supergraph.graphql'), 'utf8'));
  const taken = new Set(['String', 'Int', 'Float', 'Boolean', 'ID', 'Query', 'Mutation', 'Subscription']);
  const queryFields = new Set<string>();
  for (const definition of supergraph.definitions) {
    if (!('name' in definition) || !definition.name) continue;
    taken.add(definition.name.value);
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Query') {
      for (const field of definition.fields ?? []) queryFields.add(field.name.value);
    }
  }
  const types = [names.Type, `${names.Type}Connection`, `${names.Type}Edge`].filter((type) =>
    taken.has(type),
  );
  if (types.length > 0) return `the schema already has the type ${types.join(', ')}: choose another name.`;
  const fields = [names.type, names.list].filter((field) => queryFields.has(field));
  if (fields.length > 0)
    return `the schema already has Query.${fields.join(', Query.')}: choose another name.`;
  return null;
}

/** YYYYMMDDHHMMSS, UTC: the migration's place in the folder's order. */
const migrationStamp = () => new Date().toISOString().replace(/\D/g, '').slice(0, 14);

function filesOf(names: SubgraphNames): [path: string, template: string][] {
  const folder = join('subgraphs', names.name);
  return [
    [join(folder, 'schema.graphql'), 'schema.graphql.tpl'],
    [join(folder, 'index.ts'), 'index.ts.tpl'],
    [join(folder, 'main.ts'), 'main.ts.tpl'],
    [join(folder, 'resolvers.ts'), 'resolvers.ts.tpl'],
    [join(folder, 'loaders.ts'), 'loaders.ts.tpl'],
    [join(folder, `${names.type}Store.ts`), 'store.ts.tpl'],
    [join(folder, 'seed.ts'), 'seed.ts.tpl'],
    [join(folder, 'migrations', `${migrationStamp()}_create_${names.table}.ts`), 'migration.ts.tpl'],
    [join('tests', `${names.name}.test.ts`), 'test.ts.tpl'],
  ];
}

function run(args: string[], what: string): void {
  const result = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
}

const positionals = process.argv.slice(2).filter((arg) => arg !== '--');
if (positionals.length !== 1 || positionals[0].startsWith('-')) {
  fail('usage: npm run new-subgraph -- <name>   (e.g. npm run new-subgraph -- inspections)');
}
const names = subgraphNames(positionals[0]);
if (typeof names === 'string') fail(names);
const refused = refusal(names);
if (refused) fail(refused);

const originals = new Map([CONFIG, DEFINITIONS].map((path) => [path, readFileSync(path, 'utf8')]));
const folder = join(PROJECT_ROOT, 'subgraphs', names.name);
const written: string[] = [];
try {
  for (const [path, template] of filesOf(names)) {
    const target = join(PROJECT_ROOT, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, fillTemplate(readFileSync(join(TEMPLATES, template), 'utf8'), names));
    written.push(target);
  }
  const config = withConfigEntry(originals.get(CONFIG) as string, names);
  writeFileSync(CONFIG, config.source);
  writeFileSync(DEFINITIONS, withDefinitionEntry(originals.get(DEFINITIONS) as string, names));
  // Templates hold names of any length: the formatter lays out the lines they make, as the lint expects.
  const biome = join(PROJECT_ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
  run([biome, 'check', '--write', '--no-errors-on-unmatched', ...written, CONFIG, DEFINITIONS], 'biome');
  run(['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'compose.ts')], 'npm run compose');
  console.log(`\nnew-subgraph: "${names.name}" is served on port ${config.port} (${names.env}_PORT). Wrote:`);
  for (const path of [...written, CONFIG, DEFINITIONS]) console.log(`  ${relative(PROJECT_ROOT, path)}`);
  console.log(`Try it: npx vitest run tests/${names.name}.test.ts, or npm run dev -- ${names.name}`);
} catch (error) {
  for (const [path, source] of originals) writeFileSync(path, source);
  rmSync(folder, { recursive: true, force: true });
  for (const path of written) rmSync(path, { force: true });
  fail(`${(error as Error).message}; nothing was changed.`);
}
