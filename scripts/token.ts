/**
 * Prints a development token signed with the key pair under data/dev-keys:
 *   npm run token -- --role officer --agency tinh-01 [--subject officer-1] [--expires 1h]
 * Roles: citizen, officer, leader, central_office.
 */
import { parseArgs } from 'node:util';
import { devKeys, signToken } from '../gateway/identity.ts';
import { isRole } from '../kit/identity.ts';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    agency: { type: 'string' },
    subject: { type: 'string' },
    expires: { type: 'string', default: '1h' },
  },
});
const role = (values.role ?? '').toUpperCase();
if (!isRole(role) || role === 'ANONYMOUS') {
  console.error(
    'Usage: npm run token -- --role <citizen|officer|leader|central_office> [--agency <agency id>]',
  );
  process.exit(2);
}
if (role !== 'CITIZEN' && !values.agency) {
  console.error(`A ${role.toLowerCase()} token needs --agency <agency id> (e.g. tinh-01, bo-vpcp).`);
  process.exit(2);
}
const { privateJwk } = await devKeys();
const subject = values.subject ?? `${role.toLowerCase()}-${values.agency ?? 'citizen'}`;
console.log(
  await signToken(privateJwk, { subject, role, agencyId: values.agency, expiresIn: values.expires }),
);
