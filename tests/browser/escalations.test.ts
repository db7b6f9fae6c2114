import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../kit/dates.ts';
import { launchChromium, screenshot, seriousViolations, signIn } from '../support/browser.ts';
import { type Hub, startHub } from '../support/hub.ts';
import { petitionInput, runCommand, SUBMIT, type Submitted } from '../support/petitionCommands.ts';

/**
 * The Government Office's work in the dashboard, in a real browser against a whole hub: the queue of petitions
 * escalated to the Government (Decree 20/2008 Art. 17) and the lifecycle of reporting simplification plans
 * (Decree 09/2019 Art. 27–28). Data is made through the API; what the page shows is checked against it, and
 * what the page does is confirmed by it.
 */
let hub: Hub;
let browser: Browser;
let base: string;
const contexts: BrowserContext[] = [];

const HANOI = 'tinh-01';
const JUSTICE = 'bo-btp';
const GOVERNMENT_OFFICE = 'bo-vpcp';
const TODAY = todayInVietnam();
const PERIOD = { from: `${TODAY.slice(0, 4)}-01-01`, to: TODAY };
const tokens: Record<string, string> = {};

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub({ devSignIn: true }), launchChromium()]);
  base = new URL('/', hub.gateway.url).href;
  tokens.hanoiOfficer = await hub.token({ subject: 'canbo.hanoi', role: 'OFFICER', agencyId: HANOI });
  tokens.central = await hub.token({
    subject: 'vpcp.giam-sat',
    role: 'CENTRAL_OFFICE',
    agencyId: GOVERNMENT_OFFICE,
  });
}, 300_000);
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await hub?.close();
});

/** A page in a Vietnamese browser: dates and numbers in the browser's own controls as a Vietnamese reader expects. */
async function newPage(width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    // axe-core is injected as an inline script, which the dashboard's own policy rightly forbids.
    bypassCSP: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

const integer = new Intl.NumberFormat('vi-VN');
/** "07/12/2026 06:17": Vietnam's clock. */
const vietnamTime = (instant: string) => {
  const local = new Date(Date.parse(instant) + 7 * 3_600_000).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
};
const dayMonthYear = (day: string) => day.split('-').reverse().join('/');

async function ok<T>(answer: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> {
  const { data, errors } = await answer;
  if (errors || !data) throw new Error(JSON.stringify(errors));
  return data;
}

// ─── Escalations (Decree 20/2008 Art. 17) ─────────────────────────────────────────────────────────────────

const ESCALATE = `mutation($id: ID!, $v: Int!, $input: EscalatePetitionInput!) {
  escalatePetition(id: $id, expectedVersion: $v, input: $input) { id escalatedAt petition { trackingCode title } } }`;
const STATS = `query($from: Date!, $to: Date!) { escalationStats(from: $from, to: $to) {
  escalated pending assigned answered byGround { ground count } } }`;
interface Stats {
  escalated: number;
  pending: number;
  assigned: number;
  answered: number;
  byGround: { ground: string; count: number }[];
}
const QUEUE_COUNT = `query($filter: EscalationFilter) { escalations(filter: $filter, first: 1) { totalCount } }`;

// One phone number per petition (a phone may send five an hour), different on every run.
const PHONE_BASE = 100_000 + Math.floor(Math.random() * 800_000);

/** A petition Hà Nội received at its desk, accepted and escalated on `ground`. */
async function escalated(n: number, ground: 'AGENCIES_DISAGREE' | 'GOVERNMENT_COMPETENCE') {
  const title = `Quy định thu phí chồng chéo số ${n}`;
  const { submitPetition } = await ok(
    hub.query<Submitted>(
      SUBMIT,
      {
        input: petitionInput({
          title,
          petitioner: {
            type: 'INDIVIDUAL',
            fullName: 'Trần Văn Nam',
            address: 'Số 3 phố Lý Thái Tổ, Hà Nội',
            phone: `0913${PHONE_BASE + n}`,
          },
        }),
      },
      { token: tokens.hanoiOfficer },
    ),
  );
  const id = submitPetition.petition.id;
  await ok(runCommand(hub, tokens.hanoiOfficer, 'accept', id, 1));
  const reason =
    ground === 'AGENCIES_DISAGREE'
      ? 'Bộ Tư pháp và Ủy ban nhân dân Thành phố Hà Nội có ý kiến khác nhau.'
      : 'Việc sửa quy định thuộc thẩm quyền của Chính phủ.';
  const answer = await ok(
    hub.query<{
      escalatePetition: {
        id: string;
        escalatedAt: string;
        petition: { trackingCode: string; title: string };
      };
    }>(
      ESCALATE,
      {
        id,
        v: 2,
        input: { ground, reason, involvedAgencyIds: ground === 'AGENCIES_DISAGREE' ? [JUSTICE] : null },
      },
      { token: tokens.hanoiOfficer },
    ),
  );
  return {
    petitionId: id,
    escalationId: answer.escalatePetition.id,
    escalatedAt: answer.escalatePetition.escalatedAt,
    reason,
    ...answer.escalatePetition.petition,
  };
}

const shownStats = (page: Page) =>
  page.$$eval('[data-testid="escalation-stats"] dd', (cells) =>
    Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-field'), cell.textContent])),
  );
const expectedStats = (stats: Stats) => ({
  escalated: integer.format(stats.escalated),
  pending: integer.format(stats.pending),
  assigned: integer.format(stats.assigned),
  answered: integer.format(stats.answered),
  ...Object.fromEntries(stats.byGround.map((row) => [row.ground, integer.format(row.count)])),
});
const queueRows = (page: Page) => page.locator('[data-testid="escalations"] tbody tr');

describe('Decree 20/2008 Art. 17: the Government Office’s queue of escalated petitions', () => {
  let first: Awaited<ReturnType<typeof escalated>>;
  let third: Awaited<ReturnType<typeof escalated>>;
  beforeAll(async () => {
    // 21 escalations, one more than a page: the oldest agencies disagreeing, every third within the Government's competence.
    first = await escalated(0, 'AGENCIES_DISAGREE');
    for (let n = 1; n <= 20; n++) {
      const made = await escalated(n, n % 3 ? 'AGENCIES_DISAGREE' : 'GOVERNMENT_COMPETENCE');
      if (n === 3) third = made;
    }
  }, 120_000);

  it('Decree 20/2008 Art. 17: the central office sees the queue with the API’s figures and assigns a petition to an agency', async () => {
    const before = (await ok(hub.asCentralOffice<{ escalationStats: Stats }>(STATS, PERIOD))).escalationStats;
    expect(before.pending).toBe(21);
    const page = await newPage();
    await signIn(page, base, 'CENTRAL_OFFICE', GOVERNMENT_OFFICE);
    await page.goto(`${base}#/escalations?from=${PERIOD.from}&to=${PERIOD.to}`);
    const row = page.locator(`tr[data-escalation-id="${first.escalationId}"]`);
    await row.waitFor();
    await page.locator('.chart canvas').waitFor();
    expect(await shownStats(page)).toEqual(expectedStats(before));

    const cell = async (field: string) =>
      (await row.locator(`[data-field="${field}"]`).textContent())?.trim();
    expect(await cell('code')).toBe(first.trackingCode);
    expect(await row.locator('th').textContent()).toBe(`${first.trackingCode}: ${first.title}`);
    expect(await cell('ground')).toBe('Các cơ quan có ý kiến khác nhau (Điều 17 Nghị định 20/2008/NĐ-CP)');
    expect(await cell('reason')).toBe(first.reason);
    expect(await cell('agencies')).toBe('Thành phố Hà Nội; Bộ Tư pháp');
    expect(await cell('escalated')).toBe(`${vietnamTime(first.escalatedAt)}, Thành phố Hà Nội`);
    expect(await cell('state')).toBe('Chờ Văn phòng Chính phủ xử lý');

    await row.getByText('Xử lý', { exact: true }).click();
    const form = row.getByTestId('assign-form');
    await form.locator(`select[name="agency"] option[value="${JUSTICE}"]`).waitFor({ state: 'attached' });
    await screenshot(page, 'escalations-queue');
    await expectAccessible(page);
    await form.locator('select[name="agency"]').selectOption(JUSTICE);
    await form.locator('input[name="note"]').fill('Bộ Tư pháp chủ trì, phối hợp với Hà Nội.');
    await form.getByRole('button', { name: 'Giao cơ quan xử lý' }).click();
    // The queue shows what is pending: the assigned petition leaves it, and the figures move.
    await row.waitFor({ state: 'detached' });
    const after = (await ok(hub.asCentralOffice<{ escalationStats: Stats }>(STATS, PERIOD))).escalationStats;
    expect(after).toEqual({ ...before, pending: before.pending - 1, assigned: before.assigned + 1 });
    await page.waitForFunction(
      (assigned) =>
        document.querySelector('[data-testid="escalation-stats"] [data-field="assigned"]')?.textContent ===
        assigned,
      integer.format(after.assigned),
    );
    expect(await shownStats(page)).toEqual(expectedStats(after));

    const petition = await ok(
      hub.asCentralOffice<{ petition: unknown }>(
        `query($id: ID!) { petition(id: $id) { status handlingAgency { id }
          escalation { id state decidedBy assignedAgency { id } } } }`,
        { id: first.petitionId },
      ),
    );
    expect(petition.petition).toEqual({
      status: 'ACCEPTED',
      handlingAgency: { id: JUSTICE },
      escalation: {
        id: first.escalationId,
        state: 'ASSIGNED',
        // The dashboard's development sign-in names the account after its role and agency.
        decidedBy: expect.any(String),
        assignedAgency: { id: JUSTICE },
      },
    });
  });

  it('Decree 20/2008 Art. 17: the central office answers a petition within the Government’s competence itself', async () => {
    const page = await newPage();
    await signIn(page, base, 'CENTRAL_OFFICE', GOVERNMENT_OFFICE);
    await page.goto(`${base}#/escalations?from=${PERIOD.from}&to=${PERIOD.to}`);
    const row = page.locator(`tr[data-escalation-id="${third.escalationId}"]`);
    await row.getByText('Xử lý', { exact: true }).click();
    const text = 'Chính phủ giao Bộ Tài chính sửa quy định thu phí trong quý tới.';
    await row.getByLabel('Nội dung trả lời').fill(text);
    await row.getByRole('button', { name: 'Chính phủ trả lời' }).click();
    await row.waitFor({ state: 'detached' });
    const petition = await ok(
      hub.asCentralOffice<{ petition: unknown }>(
        `query($id: ID!) { petition(id: $id) { status handlingAgency { id } escalation { state answer } } }`,
        { id: third.petitionId },
      ),
    );
    expect(petition.petition).toEqual({
      status: 'ANSWERED',
      handlingAgency: { id: GOVERNMENT_OFFICE },
      escalation: { state: 'ANSWERED', answer: text },
    });
    // Among the answered ones, with its state in words.
    await page.locator('select[name="state"]').selectOption('ANSWERED');
    await row.waitFor();
    expect(
      (await row.locator('[data-field="state"]').textContent())?.startsWith('Chính phủ đã trả lời ('),
    ).toBe(true);
  });

  it('pages the queue with "Xem thêm" and filters it by state and ground, as many rows as the API counts', async () => {
    const page = await newPage();
    await signIn(page, base, 'CENTRAL_OFFICE', GOVERNMENT_OFFICE);
    await page.goto(`${base}#/escalations?from=${PERIOD.from}&to=${PERIOD.to}`);
    await page.locator('select[name="state"]').selectOption('');
    const all = (await ok(hub.asCentralOffice<{ escalations: { totalCount: number } }>(QUEUE_COUNT, {})))
      .escalations.totalCount;
    expect(all).toBeGreaterThan(20);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="escalations"] tbody tr').length === 20,
    );
    await page.getByRole('button', { name: 'Xem thêm' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="escalations"] tbody tr').length === n,
      Math.min(all, 40),
    );
    await page.locator('select[name="ground"]').selectOption('GOVERNMENT_COMPETENCE');
    const competence = (
      await ok(
        hub.asCentralOffice<{ escalations: { totalCount: number } }>(QUEUE_COUNT, {
          filter: { ground: 'GOVERNMENT_COMPETENCE' },
        }),
      )
    ).escalations.totalCount;
    expect(competence).toBe(6);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="escalations"] tbody tr').length === n,
      competence,
    );
    const grounds = await queueRows(page).locator('[data-field="ground"]').allTextContents();
    expect(new Set(grounds)).toEqual(
      new Set(['Vụ việc thuộc thẩm quyền của Chính phủ (Điều 17 Nghị định 20/2008/NĐ-CP)']),
    );
  });

  it('a leader of an agency involved reads the queue without the decisions; an officer is told it is not theirs', async () => {
    const page = await newPage(390, 844);
    await signIn(page, base, 'LEADER', JUSTICE);
    await page.goto(`${base}#/escalations?from=${PERIOD.from}&to=${PERIOD.to}`);
    await page.locator('select[name="state"]').selectOption('');
    await page.locator(`tr[data-escalation-id="${first.escalationId}"]`).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Thao tác' }).count()).toBe(0);
    expect(await page.getByText('Xử lý', { exact: true }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'escalations-leader-phone');
    await expectAccessible(page);

    const officer = await newPage();
    await signIn(officer, base, 'OFFICER', HANOI);
    await officer.goto(`${base}#/escalations`);
    await officer.getByText('Tài khoản của bạn không có quyền xem mục này.').first().waitFor();
  });
});

// ─── Reporting simplification plans (Decree 09/2019 Art. 27–28) ───────────────────────────────────────────

const RUN = Date.now().toString(36).toUpperCase();
// A review year of its own: the page lists this test's plans alone.
const PLAN_YEAR = 2031;

/** The first day after today that opens a cut-off window of both a monthly and a quarterly regime (15 Mar, Jun, Sep, Dec). */
function nextQuarterStart(today: string): string {
  for (let months = 0; months < 16; months++) {
    const day = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 + months, 15));
    const iso = day.toISOString().slice(0, 10);
    if (iso > today && day.getUTCMonth() % 3 === 2) return iso;
  }
  throw new Error('unreachable');
}

async function monthlyRegimeWithPlan(suffix: string): Promise<{ regimeCode: string; planId: string }> {
  const regimeCode = `TD${RUN}-${suffix}`;
  await ok(
    hub.query(
      `mutation($input: NewReportingRegimeInput!) { createReportingRegime(input: $input) { code } }`,
      {
        input: {
          code: regimeCode,
          name: 'Báo cáo tình hình thực hiện nhiệm vụ (thử nghiệm giao diện)',
          content: 'Tình hình thực hiện nhiệm vụ được giao.',
          frequency: 'MONTHLY',
          reportingSubjects: ['MINISTRY'],
          receivingAgencyId: GOVERNMENT_OFFICE,
          // Issued by the Ministry of Justice, which may then propose to simplify it.
          issuingAgencyId: JUSTICE,
          sendingMethods: ['EMAIL', 'POST'],
          deadlineWorkingDays: 5,
          legalBasis: 'Nghị định 09/2019/NĐ-CP',
          dataCutOffRule: 'Từ ngày 15 tháng trước đến ngày 14 tháng báo cáo.',
          outlineTemplate: 'I. Kết quả\nII. Kiến nghị',
          effectiveFrom: TODAY,
          indicators: [{ code: 'SO_BAO_CAO', name: 'Số báo cáo', unit: 'báo cáo', dataType: 'INTEGER' }],
        },
      },
      { token: tokens.central },
    ),
  );
  const officer = await hub.token({ subject: 'canbo.btp', role: 'OFFICER', agencyId: JUSTICE });
  const { proposeReportingSimplification } = await ok(
    hub.query<{ proposeReportingSimplification: { id: string; status: string } }>(
      `mutation($input: ReportingSimplificationPlanInput!) { proposeReportingSimplification(input: $input) { id status } }`,
      {
        input: {
          regimeCode,
          year: PLAN_YEAR,
          action: 'REDUCE_FREQUENCY',
          newFrequency: 'QUARTERLY',
          reportingAgencies: 14,
          hoursPerReportBefore: 4,
          hoursPerReportAfter: 5,
          hourValueVnd: 62_500,
          description: 'Chuyển từ báo cáo hằng tháng sang hằng quý.',
        },
      },
      { token: officer },
    ),
  );
  expect(proposeReportingSimplification.status).toBe('DRAFT');
  return { regimeCode, planId: proposeReportingSimplification.id };
}

describe('Decree 09/2019 Art. 27–28: a reporting simplification plan from draft to implemented', () => {
  it('the central office submits, approves and implements it in the page; a day that opens no cut-off window is refused in Vietnamese', async () => {
    const { regimeCode, planId } = await monthlyRegimeWithPlan('A');
    const page = await newPage();
    await signIn(page, base, 'CENTRAL_OFFICE', GOVERNMENT_OFFICE);
    await page.goto(`${base}#/plans`);
    await page.locator('[data-testid="plans"]').waitFor();
    await page.getByLabel('Năm').fill(String(PLAN_YEAR));
    const row = page.locator(`tr[data-plan-id="${planId}"]`);
    const status = row.locator('[data-field="status"]');
    await row.waitFor();
    expect(await status.textContent()).toBe('Nháp');

    await row.getByRole('button', { name: 'Trình phương án' }).click();
    await page.locator(`tr[data-plan-id="${planId}"][data-status="SUBMITTED"]`).waitFor();
    expect(await status.textContent()).toBe('Đã trình');
    await row.getByRole('button', { name: 'Phê duyệt' }).click();
    await page.locator(`tr[data-plan-id="${planId}"][data-status="APPROVED"]`).waitFor();
    expect(await status.textContent()).toBe('Đã phê duyệt');

    // The 20th opens no monthly nor quarterly cut-off window (Art. 12): the API refuses, the page says why.
    const effectiveFrom = nextQuarterStart(TODAY);
    const misaligned = `${effectiveFrom.slice(0, 8)}20`;
    const date = row.getByLabel('Áp dụng từ ngày');
    await date.fill(misaligned);
    await row.getByRole('button', { name: 'Thực hiện' }).click();
    const refusal = row.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      `Tần suất chỉ đổi từ ngày bắt đầu chốt số liệu của cả kỳ hằng tháng và kỳ hằng quý (ngày 15, ví dụ 15/12 cho kỳ năm): ${dayMonthYear(misaligned)} không phải.`,
    );
    await screenshot(page, 'plans-refused');
    await expectAccessible(page);

    await date.fill(effectiveFrom);
    await row.getByRole('button', { name: 'Thực hiện' }).click();
    await page.locator(`tr[data-plan-id="${planId}"][data-status="IMPLEMENTED"]`).waitFor();
    expect(await status.textContent()).toBe('Đã thực hiện');
    expect(await row.locator('td').last().textContent()).toBe(`Áp dụng từ ${dayMonthYear(effectiveFrom)}`);

    const api = await ok(
      hub.asCentralOffice<{ reportingSimplificationPlan: unknown; reportingRegime: unknown }>(
        `query($id: ID!, $code: String!) {
          reportingSimplificationPlan(id: $id) { status effectiveFrom }
          reportingRegime(code: $code) { versions { effectiveFrom frequency } history { kind plan { id } } } }`,
        { id: planId, code: regimeCode },
      ),
    );
    expect(api).toEqual({
      reportingSimplificationPlan: { status: 'IMPLEMENTED', effectiveFrom },
      reportingRegime: {
        versions: [
          { effectiveFrom: TODAY, frequency: 'MONTHLY' },
          { effectiveFrom, frequency: 'QUARTERLY' },
        ],
        history: [
          { kind: 'CREATED', plan: null },
          { kind: 'AMENDED', plan: { id: planId } },
        ],
      },
    });

    // The regime's history, opened under its name.
    await row.getByText('Lịch sử chế độ báo cáo').click();
    const history = row.getByTestId('regime-history').locator(':scope > li');
    await history.nth(1).waitFor();
    expect(await history.count()).toBe(2);
    expect(await history.nth(0).textContent()).toContain(`Ban hành, áp dụng từ ${dayMonthYear(TODAY)}`);
    expect(await history.nth(1).textContent()).toContain(
      `Sửa đổi, áp dụng từ ${dayMonthYear(effectiveFrom)}`,
    );
    expect(await history.nth(1).textContent()).toContain(`theo phương án số ${planId}`);
    expect(await history.nth(1).locator('li').allTextContents()).toEqual(['Tần suất: hằng tháng → hằng quý']);

    // The status filter: the plan is among the implemented ones, not among the drafts.
    await page.locator('select[name="status"]').selectOption('IMPLEMENTED');
    await row.waitFor();
    await screenshot(page, 'plans-lifecycle');
    await expectAccessible(page);
    await page.locator('select[name="status"]').selectOption('DRAFT');
    await row.waitFor({ state: 'detached' });
  });

  it('an officer of the proposing agency submits its draft; another agency’s officer sees no action on it', async () => {
    const { planId } = await monthlyRegimeWithPlan('B');
    const other = await newPage();
    await signIn(other, base, 'OFFICER', 'bo-byt');
    await other.goto(`${base}#/plans`);
    await other.getByLabel('Năm').fill(String(PLAN_YEAR));
    const seen = other.locator(`tr[data-plan-id="${planId}"]`);
    await seen.waitFor();
    expect(await seen.locator('td').last().textContent()).toBe('—');

    const page = await newPage();
    await signIn(page, base, 'OFFICER', JUSTICE);
    await page.goto(`${base}#/plans`);
    await page.getByLabel('Năm').fill(String(PLAN_YEAR));
    const row = page.locator(`tr[data-plan-id="${planId}"]`);
    await row.getByRole('button', { name: 'Trình phương án' }).click();
    await page.locator(`tr[data-plan-id="${planId}"][data-status="SUBMITTED"]`).waitFor();
    // Approving is the central office's: the officer has nothing more to do.
    expect(await row.locator('td').last().textContent()).toBe('—');
    const api = await ok(
      hub.asCentralOffice<{ reportingSimplificationPlan: { status: string } }>(
        'query($id: ID!) { reportingSimplificationPlan(id: $id) { status } }',
        { id: planId },
      ),
    );
    expect(api.reportingSimplificationPlan.status).toBe('SUBMITTED');
  });
});
