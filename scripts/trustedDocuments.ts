/**
 * Writes a trusted-documents manifest for GATEWAY_TRUSTED_DOCUMENTS from the .graphql files of a folder
 * (one operation per file; the text is kept exactly, since the hash is of the exact text the client sends).
 *   npx tsx scripts/trustedDocuments.ts <folder> [manifest.json]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { documentHash } from '../gateway/trustedDocuments.ts';

const [folder, out = 'trusted-documents.json'] = process.argv.slice(2);
if (!folder) {
  console.error('usage: tsx scripts/trustedDocuments.ts <folder of .graphql files> [manifest.json]');
  process.exit(2);
}
const manifest: Record<string, string> = {};
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.graphql'))
  .sort()) {
  const text = readFileSync(join(folder, file), 'utf8');
  parse(text); // A broken document fails here, not at the gateway.
  manifest[documentHash(text)] = text;
  console.log(`${documentHash(text)}  ${file}`);
}
writeFileSync(out, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${Object.keys(manifest).length} documents → ${out}`);
