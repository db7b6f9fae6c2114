import { type FormEvent, useState } from 'react';
import { type Role, type Session, signIn } from '../api/session.ts';
import { useQuery } from '../api/useQuery.ts';
import { ErrorBox, Loading } from '../components/States.tsx';
import { graphql } from '../gql/index.ts';
import { ROLE_LABELS } from '../labels.ts';

const AGENCIES = graphql(`
  query SignInAgencies($on: Date!) {
    ministries: agencies(filter: { kind: MINISTRY, activeOn: $on }, first: 100) {
      nodes {
        id
        name
      }
    }
    ministerialAgencies: agencies(filter: { kind: MINISTERIAL_AGENCY, activeOn: $on }, first: 100) {
      nodes {
        id
        name
      }
    }
    provinces: agencies(filter: { kind: PROVINCE, activeOn: $on }, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/**
 * Development sign-in: pick a role and, except for a citizen, an agency of the sample data; the gateway signs
 * a short-lived token with its development keys. A production hub has no such endpoint: its users come with
 * their identity provider's token.
 */
export function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const agencies = useQuery(AGENCIES, { on: new Date().toISOString().slice(0, 10) });
  const [role, setRole] = useState<Role>('CENTRAL_OFFICE');
  const [agencyId, setAgencyId] = useState('bo-vpcp');
  const [error, setError] = useState<string | null>(null);
  const groups = agencies.data
    ? [
        { label: 'Bộ', nodes: agencies.data.ministries.nodes },
        { label: 'Cơ quan ngang bộ', nodes: agencies.data.ministerialAgencies.nodes },
        { label: 'Tỉnh, thành phố', nodes: agencies.data.provinces.nodes },
      ]
    : [];
  const nameOf = (id: string) =>
    groups.flatMap((group) => group.nodes).find((node) => node.id === id)?.name ?? null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const agency = role === 'CITIZEN' ? null : agencyId;
      onSignedIn(await signIn(role, agency, agency ? nameOf(agency) : null));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Đăng nhập (môi trường phát triển)</h1>
      <form className="card" onSubmit={submit}>
        <label>
          Vai trò
          <select name="role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {Object.entries(ROLE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {role !== 'CITIZEN' && (
          <label>
            Cơ quan
            {agencies.loading && <Loading what="danh sách cơ quan" />}
            {agencies.error && <ErrorBox error={agencies.error} retry={agencies.retry} />}
            <select name="agency" value={agencyId} onChange={(event) => setAgencyId(event.target.value)}>
              {groups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.nodes.map((agency) => (
                    <option key={agency.id} value={agency.id}>
                      {agency.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">Đăng nhập</button>
      </form>
    </section>
  );
}
