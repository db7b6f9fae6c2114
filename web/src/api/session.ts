/** The signed-in user of this tab: a token from the sign-in, kept in sessionStorage (gone with the tab). */
export type Role = 'CITIZEN' | 'OFFICER' | 'LEADER' | 'CENTRAL_OFFICE';

export interface Session {
  token: string;
  role: Role;
  agencyId: string | null;
  agencyName: string | null;
  /** Milliseconds since the epoch, from the token's exp. */
  expiresAt: number;
}

const KEY = 'pakn.session';

export function currentSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as Session;
  if (session.expiresAt <= Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return session;
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

function expiryOf(token: string): number {
  const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as {
    exp: number;
  };
  return payload.exp * 1000;
}

/** Asks the gateway's development sign-in for a token (absent in production: an error then). */
export async function signIn(
  role: Role,
  agencyId: string | null,
  agencyName: string | null,
): Promise<Session> {
  const response = await fetch('/dev/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, agencyId }),
  });
  if (!response.ok) throw new Error(`Không đăng nhập được (mã ${response.status}).`);
  const { token } = (await response.json()) as { token: string };
  const session: Session = { token, role, agencyId, agencyName, expiresAt: expiryOf(token) };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}
