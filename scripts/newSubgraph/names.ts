/** The names a new subgraph's code uses, all derived from its folder name (`land-records`). */
export interface SubgraphNames {
  /** The folder, the key in kit/config.ts SUBGRAPHS and the service name: `land-records`. */
  name: string;
  /** The definition's export: `landRecords`. */
  identifier: string;
  /** The same, capitalized, in function names: `LandRecords`. */
  Identifier: string;
  /** The entity type: `LandRecord`. */
  Type: string;
  /** The by-id Query field, the loader and the store's prefix: `landRecord`. */
  type: string;
  /** Constants: `LAND_RECORD`. */
  TYPE: string;
  /** The list Query field: `landRecords`. */
  list: string;
  /** The table: `land_records`. */
  table: string;
  /** The prefix of its settings (`LAND_RECORDS_PORT`, …). */
  env: string;
}

/** Lowercase words of letters and digits joined by single hyphens, the first starting with a letter. */
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Database names are built from it (`pakn_test_<name>_<pid>_<random>`) and PostgreSQL keeps 63 bytes. */
const MAX_LENGTH = 30;

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false ' +
    'finally for function if implements import in instanceof interface let new null package private ' +
    'protected public return static super switch this throw true try typeof var void while with yield ' +
    'await arguments eval subgraphDefinitions'
  ).split(' '),
);

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const camel = (words: string[]) => words[0] + words.slice(1).map(capitalize).join('');

function singular(word: string): string {
  if (word.length > 3 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 1 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function plural(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The derived names, or why the name cannot be a subgraph's. */
export function subgraphNames(name: string): SubgraphNames | string {
  if (!NAME.test(name)) {
    return `"${name}" is not a subgraph name: use lowercase letters and digits, words joined by single hyphens, starting with a letter (e.g. inspections, land-records).`;
  }
  if (name.length > MAX_LENGTH) return `"${name}" is too long: at most ${MAX_LENGTH} characters.`;
  const words = name.split('-');
  const last = words[words.length - 1];
  const one = [...words.slice(0, -1), singular(last)];
  const many = singular(last) === last ? [...words.slice(0, -1), plural(last)] : words;
  const identifier = camel(words);
  if (RESERVED.has(identifier)) return `"${name}" cannot name a subgraph: "${identifier}" is reserved.`;
  const Type = one.map(capitalize).join('');
  return {
    name,
    identifier,
    Identifier: capitalize(identifier),
    Type,
    type: camel(one),
    TYPE: one.join('_').toUpperCase(),
    list: camel(many),
    table: words.join('_'),
    env: words.join('_').toUpperCase(),
  };
}

/** A template's text with every `{{key}}` replaced; an unknown key is an error, never left in the output. */
export function fillTemplate(template: string, names: SubgraphNames): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = (names as unknown as Record<string, string>)[key];
    if (value === undefined) throw new Error(`template asks for an unknown name {{${key}}}`);
    return value;
  });
}
