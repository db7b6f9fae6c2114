import { type ReactNode, useEffect, useState } from 'react';
import { currentSession, type Session, signOut } from './api/session.ts';
import { defaultPeriod, type Period } from './components/PeriodPicker.tsx';
import { ROLE_LABELS } from './labels.ts';
import { Agency } from './pages/Agency.tsx';
import { Citizen } from './pages/Citizen.tsx';
import { Escalations } from './pages/Escalations.tsx';
import { Plans } from './pages/Plans.tsx';
import { Scorecard } from './pages/Scorecard.tsx';
import { SignIn } from './pages/SignIn.tsx';
import { navigate, useRoute } from './router.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Where a role starts: the central office on the scorecard, an agency's staff on their agency, a citizen on theirs. */
function home(session: Session | null): string {
  if (!session) return '/sign-in';
  if (session.role === 'CITIZEN') return '/citizen';
  if (session.role === 'CENTRAL_OFFICE') return '/scorecard';
  return `/agency/${session.agencyId}`;
}

export function App() {
  const route = useRoute();
  const [session, setSession] = useState(currentSession);
  const [period, setPeriod] = useState<Period>(() => {
    const from = route.params.get('from');
    const to = route.params.get('to');
    return from && to && DATE.test(from) && DATE.test(to) ? { from, to } : defaultPeriod();
  });
  // A link with a period (#/scorecard?from=2026-08-01&to=2026-10-31) sets it.
  const linkFrom = route.params.get('from');
  const linkTo = route.params.get('to');
  useEffect(() => {
    if (linkFrom && linkTo && DATE.test(linkFrom) && DATE.test(linkTo))
      setPeriod({ from: linkFrom, to: linkTo });
  }, [linkFrom, linkTo]);
  const [page, id] = route.path;
  const links = [
    {
      path: '/scorecard',
      label: 'Bảng theo dõi',
      show: session?.role === 'CENTRAL_OFFICE',
    },
    {
      path: `/agency/${session?.agencyId ?? ''}`,
      label: 'Cơ quan của tôi',
      show: session?.role === 'OFFICER' || session?.role === 'LEADER',
    },
    {
      path: '/escalations',
      label: 'Chuyển Chính phủ',
      show: session?.role === 'CENTRAL_OFFICE' || session?.role === 'LEADER',
    },
    { path: '/plans', label: 'Đơn giản hóa báo cáo', show: session !== null && session.role !== 'CITIZEN' },
    { path: '/citizen', label: 'Người dân', show: true },
  ];

  const known = ['sign-in', 'scorecard', 'agency', 'escalations', 'plans', 'citizen'].includes(page ?? '');
  useEffect(() => {
    if (!known) navigate(home(session));
  }, [known, session]);

  let content: ReactNode;
  switch (page) {
    case 'sign-in':
      content = (
        <SignIn
          onSignedIn={(signedIn) => {
            setSession(signedIn);
            navigate(home(signedIn));
          }}
        />
      );
      break;
    case 'scorecard':
      content = <Scorecard period={period} onPeriod={setPeriod} />;
      break;
    case 'agency':
      content = id ? (
        <Agency key={id} id={id} period={period} onPeriod={setPeriod} />
      ) : (
        <p>Chưa chọn cơ quan.</p>
      );
      break;
    case 'escalations':
      content = <Escalations period={period} onPeriod={setPeriod} />;
      break;
    case 'plans':
      content = <Plans />;
      break;
    case 'citizen':
      content = <Citizen />;
      break;
    default:
      content = <p role="status">Đang chuyển trang…</p>;
  }

  return (
    <>
      <a className="skip" href="#main">
        Bỏ qua điều hướng
      </a>
      <header className="top">
        <p className="brand">Hệ thống giám sát phản ánh, kiến nghị</p>
        <nav aria-label="Trang">
          <ul>
            {links
              .filter((link) => link.show)
              .map((link) => (
                <li key={link.path}>
                  <a
                    href={`#${link.path}`}
                    aria-current={`/${route.path.join('/')}` === link.path ? 'page' : undefined}
                  >
                    {link.label}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
        <p className="who">
          {session ? (
            <>
              {ROLE_LABELS[session.role]}
              {session.agencyName ? ` · ${session.agencyName}` : ''}{' '}
              <button
                type="button"
                className="signout"
                onClick={() => {
                  signOut();
                  setSession(null);
                  navigate('/sign-in');
                }}
              >
                Đăng xuất
              </button>
            </>
          ) : (
            <a href="#/sign-in">Đăng nhập</a>
          )}
        </p>
      </header>
      <main id="main">{content}</main>
    </>
  );
}
