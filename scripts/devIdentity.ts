/**
 * `npm run dev-identity -- --role officer --agency tinh-01`: prints a fresh `x-pakn-identity` token for a
 * subgraph run alone (`npm run dev -- <subgraph>`), signed with the development internal secret. It lives
 * 60 s, as every internal token does: sign one per request, e.g. inside the curl command.
 */
import {
  identityFromFlags,
  parseIdentityArgs,
  refuseInProduction,
  signDevIdentity,
} from './dev/devIdentity.ts';

refuseInProduction('npm run dev-identity');
const identity = identityFromFlags(parseIdentityArgs(process.argv.slice(2)).values);
if (typeof identity === 'string') {
  console.error(identity);
  process.exit(2);
}
console.log(await signDevIdentity(identity));
