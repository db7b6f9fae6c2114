import { type FormEvent, useState } from 'react';
import { ApiError, request } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { ErrorBox, Loading } from '../components/States.tsx';
import type { PetitionCategory, TrackPetitionQuery } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { CATEGORY_LABELS, formatDate, formatDateTime, STATUS_LABELS } from '../labels.ts';

const TARGETS = graphql(`
  query CitizenTargets($on: Date!) {
    provinces: agencies(filter: { kind: PROVINCE, activeOn: $on }, first: 100) {
      nodes {
        id
        name
      }
    }
    ministries: agencies(filter: { kind: MINISTRY, activeOn: $on }, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

const SUBMIT = graphql(`
  mutation CitizenSubmitPetition($key: String!, $input: SubmitPetitionInput!) {
    submitPetition(idempotencyKey: $key, input: $input) {
      trackingCode
      petition {
        id
        dueDate
        handlingAgency {
          name
        }
      }
    }
  }
`);

const TRACK = graphql(`
  query TrackPetition($code: String!) {
    petitionByTrackingCode(trackingCode: $code) {
      trackingCode
      title
      category
      status
      receivedAt
      dueDate
      publishedAt
      answer
      handlingAgency {
        name
      }
    }
  }
`);

const PUBLISHED = graphql(`
  query PublishedAnswers {
    publishedPetitions(first: 10) {
      nodes {
        id
        trackingCode
        title
        answer
        publishedAt
        handlingAgency {
          name
        }
      }
    }
  }
`);

const today = () => new Date().toISOString().slice(0, 10);

/** A citizen's page: send a petition, follow it by its code, read the answers agencies have published. */
export function Citizen() {
  const [code, setCode] = useState('');
  return (
    <section aria-labelledby="citizen-title">
      <h1 id="citizen-title">Phản ánh, kiến nghị của người dân, doanh nghiệp</h1>
      <SubmitForm onSubmitted={setCode} />
      <TrackForm initial={code} key={code} />
      <Published />
    </section>
  );
}

function SubmitForm({ onSubmitted }: { onSubmitted: (code: string) => void }) {
  const targets = useQuery(TARGETS, { on: today() });
  const [sent, setSent] = useState<{ code: string; agency: string; due: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per petition being written: a retry after a lost answer does not file it twice.
  const [key, setKey] = useState(() => crypto.randomUUID());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    setBusy(true);
    setError(null);
    try {
      const result = await request(SUBMIT, {
        key,
        input: {
          category: value('category') as PetitionCategory,
          title: value('title'),
          content: value('content'),
          targetAgencyId: value('target') || null,
          petitioner: {
            type: 'INDIVIDUAL',
            fullName: value('fullName'),
            phone: value('phone'),
            address: value('address'),
            email: value('email') || null,
          },
        },
      });
      const payload = result.submitPetition;
      setSent({
        code: payload.trackingCode,
        agency: payload.petition.handlingAgency.name,
        due: payload.petition.dueDate,
      });
      setKey(crypto.randomUUID());
      onSubmitted(payload.trackingCode);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(String(caught), null));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="submit-title">
      <h2 id="submit-title">Gửi phản ánh, kiến nghị</h2>
      <label>
        Họ và tên
        <input name="fullName" required autoComplete="name" />
      </label>
      <label>
        Số điện thoại
        <input name="phone" required type="tel" autoComplete="tel" />
      </label>
      <label>
        Địa chỉ
        <input name="address" required autoComplete="street-address" />
      </label>
      <label>
        Thư điện tử (không bắt buộc)
        <input name="email" type="email" autoComplete="email" />
      </label>
      <label>
        Nhóm nội dung
        <select name="category" required defaultValue="CONDUCT">
          {Object.entries(CATEGORY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Gửi tới
        <select name="target" defaultValue="">
          <option value="">Văn phòng Chính phủ (chuyển cơ quan có thẩm quyền)</option>
          {targets.data && (
            <>
              <optgroup label="Tỉnh, thành phố">
                {targets.data.provinces.nodes.map((agency) => (
                  <option key={agency.id} value={agency.id}>
                    {agency.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Bộ, ngành">
                {targets.data.ministries.nodes.map((agency) => (
                  <option key={agency.id} value={agency.id}>
                    {agency.name}
                  </option>
                ))}
              </optgroup>
            </>
          )}
        </select>
      </label>
      <label>
        Tiêu đề
        <input name="title" required maxLength={250} />
      </label>
      <label>
        Nội dung
        <textarea name="content" required rows={5} />
      </label>
      {error && (
        <div className="error" role="alert">
          <p>Chưa gửi được: {error.message}</p>
          {error.fields.length > 0 && (
            <ul>
              {error.fields.map((problem) => (
                <li key={problem.field}>{problem.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Đang gửi…' : 'Gửi'}
      </button>
      {sent && (
        <output className="success" data-testid="submitted">
          Đã tiếp nhận. Mã theo dõi: <strong data-testid="tracking-code">{sent.code}</strong>. Cơ quan xử lý:{' '}
          {sent.agency}; hạn công khai kết quả: {formatDate(sent.due)}.
        </output>
      )}
    </form>
  );
}

function TrackForm({ initial }: { initial: string }) {
  const [code, setCode] = useState(initial);
  const [asked, setAsked] = useState<string | null>(null);
  const [found, setFound] = useState<TrackPetitionQuery['petitionByTrackingCode'] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function track(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    setFound(null);
    setAsked(code.trim());
    try {
      setFound((await request(TRACK, { code: code.trim() })).petitionByTrackingCode);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(String(caught), null));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={track} aria-labelledby="track-title">
      <h2 id="track-title">Tra cứu theo mã theo dõi</h2>
      <label>
        Mã theo dõi
        <input name="code" required value={code} onChange={(event) => setCode(event.target.value)} />
      </label>
      <button type="submit" disabled={busy}>
        Tra cứu
      </button>
      {busy && <Loading what="kết quả tra cứu" />}
      {error &&
        (error.code === 'NOT_FOUND' ? (
          <p role="alert">Không tìm thấy phản ánh, kiến nghị có mã {asked}.</p>
        ) : (
          <ErrorBox error={error} retry={() => void track()} />
        ))}
      {found && (
        <dl className="tracked" data-testid="tracked">
          <dt>Mã theo dõi</dt>
          <dd>{found.trackingCode}</dd>
          <dt>Tiêu đề</dt>
          <dd>{found.title}</dd>
          <dt>Nhóm nội dung</dt>
          <dd>{CATEGORY_LABELS[found.category]}</dd>
          <dt>Trạng thái</dt>
          <dd data-testid="tracked-status">{STATUS_LABELS[found.status]}</dd>
          <dt>Cơ quan xử lý</dt>
          <dd>{found.handlingAgency.name}</dd>
          <dt>Ngày tiếp nhận</dt>
          <dd>{formatDateTime(found.receivedAt)}</dd>
          <dt>Hạn công khai kết quả</dt>
          <dd>{formatDate(found.dueDate)}</dd>
          {found.answer && (
            <>
              <dt>Kết quả trả lời</dt>
              <dd>{found.answer}</dd>
            </>
          )}
        </dl>
      )}
    </form>
  );
}

function Published() {
  const query = useQuery(PUBLISHED, {});
  return (
    <section className="card" aria-labelledby="published-title">
      <h2 id="published-title">Kết quả trả lời đã công khai</h2>
      {query.loading && <Loading what="kết quả đã công khai" />}
      {query.error && <ErrorBox error={query.error} retry={query.retry} />}
      <ul className="answers">
        {query.data?.publishedPetitions.nodes.map((petition) => (
          <li key={petition.id}>
            <h3>{petition.title}</h3>
            <p className="meta">
              {petition.trackingCode} · {petition.handlingAgency.name}
              {petition.publishedAt && ` · công khai ${formatDateTime(petition.publishedAt)}`}
            </p>
            <p>{petition.answer}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
