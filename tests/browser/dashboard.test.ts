import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_MANIFEST } from '../../gateway/dashboard/files.ts';
import { launchChromium, screenshot, seriousViolations, signIn } from '../support/browser.ts';
import { type Hub, SEED_UNTIL, startHub } from '../support/hub.ts';

/**
 * The central office's dashboard in a real browser, against a whole hub: what a user sees is what the API
 * answers. Every page is screenshot (artifacts/screenshots/) and scanned with axe-core.
 */
let hub: Hub;
let browser: Browser;
let base: string;
const contexts: BrowserContext[] = [];

// The sample history ends at SEED_UNTIL: its last three full months.
const PERIOD = { from: '2026-08-01', to: SEED_UNTIL };
const manifest = JSON.parse(readFileSync(DASHBOARD_MANIFEST, 'utf8')) as Record<string, string>;
const documentNamed = (name: string) =>
  Object.values(manifest).find((text) => text.startsWith(`query ${name}(`)) as string;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub({ devSignIn: true }), launchChromium()]);
  base = new URL('/', hub.gateway.url).href;
}, 300_000);
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await hub?.close();
});

async function newPage(width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'vi-VN',
    // axe-core is injected as an inline script, which the dashboard's own policy rightly forbids.
    bypassCSP: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

const integer = new Intl.NumberFormat('vi-VN');
const percent = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const count = (value: number | undefined) => (value === undefined ? '—' : integer.format(value));
const rate = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${percent.format(value * 100)} %`;

interface ScorecardAnswer {
  agencies: {
    totalCount: number;
    nodes: {
      id: string;
      code: string;
      name: string;
      petitionStats: {
        received: number;
        publishedOnTime: number;
        publishedLate: number;
        overdue: number;
        onTimeRate: number | null;
        urged: number;
        resolvedAfterUrging: number;
      } | null;
      reportingCompliance: { due: number; submittedOnTime: number; onTimeRate: number | null } | null;
    }[];
  };
}

/** The scorecard's rows as the page shows them: agency id → field → text. */
async function shownRows(page: Page): Promise<{ id: string; cells: Record<string, string> }[]> {
  return page.$$eval('[data-testid="scorecard"] tbody tr', (rows) =>
    rows.map((row) => ({
      id: row.getAttribute('data-agency-id') as string,
      cells: Object.fromEntries(
        [...row.querySelectorAll('[data-field]')].map((cell) => [
          cell.getAttribute('data-field'),
          (cell.textContent ?? '').trim(),
        ]),
      ),
    })),
  );
}

async function scorecardPage(page: Page): Promise<void> {
  await signIn(page, base, 'CENTRAL_OFFICE', 'bo-vpcp');
  await page.goto(`${base}#/scorecard?from=${PERIOD.from}&to=${PERIOD.to}`);
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="scorecard"] tbody tr').length === 34,
  );
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

describe('the national scorecard', () => {
  it('shows the 34 provinces with the figures the API gives for the period, every row and column', async () => {
    const page = await newPage();
    await scorecardPage(page);
    const api = await hub.asCentralOffice<ScorecardAnswer>(documentNamed('DashboardScorecard'), {
      kind: 'PROVINCE',
      on: PERIOD.to,
      ...PERIOD,
    });
    expect(api.errors).toBeUndefined();
    const nodes = api.data?.agencies.nodes ?? [];
    expect(nodes).toHaveLength(34);
    const expected = nodes
      .map((node) => ({
        id: node.id,
        cells: {
          code: node.code,
          name: node.name,
          received: count(node.petitionStats?.received),
          publishedOnTime: count(node.petitionStats?.publishedOnTime),
          publishedLate: count(node.petitionStats?.publishedLate),
          overdue: count(node.petitionStats?.overdue),
          onTimeRate: rate(node.petitionStats?.onTimeRate),
          urged: count(node.petitionStats?.urged),
          resolvedAfterUrging: count(node.petitionStats?.resolvedAfterUrging),
          reportsDue: count(node.reportingCompliance?.due),
          reportsOnTime: count(node.reportingCompliance?.submittedOnTime),
          reportingRate: rate(node.reportingCompliance?.onTimeRate),
        },
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
    const shown = (await shownRows(page)).sort((a, b) => a.id.localeCompare(b.id));
    expect(shown).toEqual(expected);
    // Not a table of dashes: the sample history gives every province petitions in the period.
    expect(nodes.every((node) => (node.petitionStats?.received ?? 0) > 0)).toBe(true);
    // The bar chart by province and the monthly trend.
    await page.waitForFunction(() => document.querySelectorAll('.chart canvas').length === 2);
    await screenshot(page, 'scorecard');
    await expectAccessible(page);
  });

  it('sorts by on-time rate, overdue and reporting compliance, each way', async () => {
    const page = await newPage();
    await scorecardPage(page);
    const column = async (field: string) =>
      (await shownRows(page)).map((row) => Number(row.cells[field].replace(/[^\d,]/g, '').replace(',', '.')));
    const descending = (values: number[]) => values.every((value, i) => i === 0 || values[i - 1] >= value);
    const ascending = (values: number[]) => values.every((value, i) => i === 0 || values[i - 1] <= value);
    // Opened sorted by on-time rate, best first.
    expect(descending(await column('onTimeRate'))).toBe(true);
    for (const [sort, field] of [
      ['overdue', 'overdue'],
      ['reporting', 'reportingRate'],
      ['onTimeRate', 'onTimeRate'],
    ]) {
      const button = page.locator(`button[data-sort="${sort}"]`);
      await button.click();
      expect(descending(await column(field)), `${sort} descending`).toBe(true);
      await button.click();
      expect(ascending(await column(field)), `${sort} ascending`).toBe(true);
      expect(await page.locator(`th:has(button[data-sort="${sort}"])`).getAttribute('aria-sort')).toBe(
        'ascending',
      );
    }
  });

  it('lists the ministries on their tab', async () => {
    const page = await newPage();
    await scorecardPage(page);
    await page.getByRole('tab', { name: 'Bộ, ngành' }).click();
    const api = await hub.asCentralOffice<ScorecardAnswer>(documentNamed('DashboardScorecard'), {
      kind: 'MINISTRY',
      on: PERIOD.to,
      ...PERIOD,
    });
    const total = api.data?.agencies.totalCount ?? 0;
    expect(total).toBeGreaterThan(10);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="scorecard"] tbody tr').length === n,
      total,
    );
    expect((await shownRows(page)).map((row) => row.id).sort()).toEqual(
      (api.data?.agencies.nodes ?? []).map((node) => node.id).sort(),
    );
  });

  it('fits a phone (390 px): nothing wider than the screen but the table, which scrolls in its box', async () => {
    const page = await newPage(390, 844);
    await scorecardPage(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'scorecard-phone');
    await expectAccessible(page);
  });

  it('a failed request shows a Vietnamese error with a retry, which then loads the table', async () => {
    const page = await newPage();
    await signIn(page, base, 'CENTRAL_OFFICE', 'bo-vpcp');
    await page.route('**/graphql', (route) => route.fulfill({ status: 502, body: 'Bad Gateway' }));
    await page.goto(`${base}#/scorecard?from=${PERIOD.from}&to=${PERIOD.to}`);
    const alert = page.getByRole('alert').first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Không tải được dữ liệu');
    await screenshot(page, 'scorecard-error');
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Thử lại' }).first().click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="scorecard"] tbody tr').length === 34,
    );
  });
});

interface OverdueAnswer {
  agencies: { nodes: { id: string; petitions: { totalCount: number } | null }[] };
}

describe('one agency', () => {
  it("its officer sees the agency's overdue petitions, as many as the API counts", async () => {
    const open = ['RECEIVED', 'ACCEPTED', 'PROCESSING', 'ANSWERED', 'RETURNED', 'TRANSFERRED'];
    // The province with the most open overdue petitions: one the sign-in page lists.
    const provinces = await hub.asCentralOffice<OverdueAnswer>(
      `query($status: [PetitionStatus!]) { agencies(filter: { kind: PROVINCE }, first: 100) { nodes {
        id petitions(filter: { overdue: true, status: $status }, first: 1) { totalCount } } } }`,
      { status: open },
    );
    const nodes = provinces.data?.agencies.nodes ?? [];
    const agencyId = nodes.reduce((best, node) =>
      (node.petitions?.totalCount ?? 0) > (best.petitions?.totalCount ?? 0) ? node : best,
    ).id;
    expect(agencyId).toBeTruthy();
    const officer = await hub.token({ subject: 'officer', role: 'OFFICER', agencyId });
    const api = await hub.query<{ agency: { petitions: { totalCount: number; nodes: { id: string }[] } } }>(
      documentNamed('DashboardOverduePetitions'),
      { id: agencyId, first: 50 },
      { token: officer },
    );
    const listed = api.data?.agency.petitions;
    expect(listed?.totalCount).toBeGreaterThan(0);

    const page = await newPage();
    await signIn(page, base, 'OFFICER', agencyId);
    expect(await page.evaluate(() => location.hash)).toBe(`#/agency/${agencyId}`);
    await page.locator('[data-testid="overdue-list"] tbody tr').first().waitFor();
    const shown = await page.$$eval('[data-testid="overdue-list"] tbody tr', (rows) =>
      rows.map((row) => row.getAttribute('data-petition-id')),
    );
    expect(shown.sort()).toEqual((listed?.nodes ?? []).map((node) => node.id).sort());
    // Statistics are for leaders and the central office: the officer is told so, in Vietnamese.
    expect(await page.getByText('Tài khoản của bạn không có quyền xem mục này.').count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });

  it('the central office sees its petitions by category and by field, and its reports', async () => {
    const page = await newPage();
    await signIn(page, base, 'CENTRAL_OFFICE', 'bo-vpcp');
    await page.goto(`${base}#/agency/tinh-01?from=${PERIOD.from}&to=${PERIOD.to}`);
    await page.locator('[data-testid="by-category"] tbody tr').first().waitFor();
    await page.locator('[data-testid="late-reports"]').waitFor();
    await page.getByText('đã quá hạn công khai kết quả').waitFor();
    expect(await page.locator('[data-testid="by-category"] tbody tr').count()).toBe(8);
    await page.locator('[data-testid="by-field"]').waitFor();
    await screenshot(page, 'agency');
    await expectAccessible(page);
  });
});

interface TrackAnswer {
  petitionByTrackingCode: {
    trackingCode: string;
    title: string;
    status: string;
    handlingAgency: { id: string };
  };
}

describe('a citizen', () => {
  it('submits a petition in the form, then tracks it by the code shown', async () => {
    const page = await newPage();
    await page.goto(`${base}#/citizen`);
    const title = `Đèn đường hỏng ở ngõ ${Date.now()}`;
    await page.locator('[name="fullName"]').fill('Nguyễn Thị Lan');
    await page.locator('[name="phone"]').fill('0912 345 678');
    await page.locator('[name="address"]').fill('12 Phố Huế, Hà Nội');
    await page.locator('select[name="target"] option[value="tinh-01"]').waitFor({ state: 'attached' });
    await page.locator('select[name="target"]').selectOption('tinh-01');
    await page.locator('[name="title"]').fill(title);
    await page.locator('[name="content"]').fill('Đèn đường ngõ 12 hỏng đã hai tuần, đề nghị sửa.');
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    const code = (await page.getByTestId('tracking-code').textContent()) ?? '';
    expect(code).toMatch(/^PA-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await screenshot(page, 'citizen');

    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByTestId('tracked').waitFor();
    expect(await page.getByTestId('tracked-status').textContent()).toBe('Đã tiếp nhận');
    expect(await page.getByTestId('tracked').textContent()).toContain(title);
    const api = await hub.query<TrackAnswer>(
      'query($code: String!) { petitionByTrackingCode(trackingCode: $code) { trackingCode title status handlingAgency { id } } }',
      { code },
    );
    expect(api.data?.petitionByTrackingCode).toEqual({
      trackingCode: code,
      title,
      status: 'RECEIVED',
      handlingAgency: { id: 'tinh-01' },
    });
    await screenshot(page, 'citizen-tracked');
    await expectAccessible(page);
  });

  it('a code that does not exist is said so in Vietnamese', async () => {
    const page = await newPage();
    await page.goto(`${base}#/citizen`);
    await page.locator('[name="code"]').fill('PA-0000-0000');
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByText('Không tìm thấy phản ánh, kiến nghị có mã PA-0000-0000.').waitFor();
  });
});

describe('the other pages', () => {
  it('sign-in, reporting plans and the escalation queue render and pass the accessibility scan', async () => {
    const page = await newPage();
    await page.goto(`${base}#/sign-in`);
    await page.locator('select[name="agency"] option[value="bo-vpcp"]').waitFor({ state: 'attached' });
    await screenshot(page, 'sign-in');
    await expectAccessible(page);
    await signIn(page, base, 'CENTRAL_OFFICE', 'bo-vpcp');
    await page.goto(`${base}#/plans`);
    await page.locator('[data-testid="plans"]').waitFor();
    await screenshot(page, 'plans');
    await expectAccessible(page);
    await page.goto(`${base}#/escalations`);
    await page.getByRole('heading', { name: 'Phản ánh, kiến nghị chuyển Chính phủ xem xét' }).waitFor();
    await screenshot(page, 'escalations');
    await expectAccessible(page);
  });
});
