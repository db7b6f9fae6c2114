import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../subgraphs/petitions/clock.ts';
import { launchChromium, screenshot, seriousViolations, signIn } from '../support/browser.ts';
import { type Hub, startHub } from '../support/hub.ts';
import { petitionInput, runCommand, SUBMIT, type Submitted } from '../support/petitionCommands.ts';

/**
 * Urging (đôn đốc) in the dashboard. Decree 20/2008: the Government Office monitors and urges ministries and
 * provinces so that answers come on time. The central office urges Cao Bằng (tinh-04) from its overdue list;
 * Cao Bằng's officer sees the urging and acknowledges it; Hà Nội's leader (tinh-01), whose reach does not
 * hold Cao Bằng, is offered no urging.
 */
const CAO_BANG = 'tinh-04';
// After the sample history (to 2026-10-31), so the petition is among the newest of the list; its 15-day
// deadline has long passed on the day the test runs.
const EARLY_NOVEMBER = new Date('2026-11-03T09:00:00+07:00');
const MESSAGE = `Đề nghị Ủy ban nhân dân tỉnh Cao Bằng trả lời ngay phản ánh quá hạn (${Date.now()}).`;

let hub: Hub;
let browser: Browser;
let base: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub({ devSignIn: true }), launchChromium()]);
  base = new URL('/', hub.gateway.url).href;
}, 300_000);
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await hub?.close();
});
afterEach(() => clock.set(null));

/** A page in its own browser context: each user signs in on their own, as in their own browser. */
async function newPage(width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN', bypassCSP: true });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

async function submitToCaoBang(
  receivedAt: Date | null,
): Promise<{ id: string; trackingCode: string; version: number }> {
  clock.set(receivedAt);
  const answer = await hub.query<Submitted>(SUBMIT, { input: petitionInput({ targetAgencyId: CAO_BANG }) });
  clock.set(null);
  expect(answer.errors).toBeUndefined();
  const submitted = answer.data?.submitPetition;
  return {
    id: submitted?.petition.id as string,
    trackingCode: submitted?.trackingCode as string,
    version: submitted?.petition.version as number,
  };
}

const URGINGS = `query($id: ID!) { agency(id: $id) { urgings(first: 5) { nodes {
  id message expectedBy petitionCount petitions { id } urgedBy urgedByAgency { id } acknowledgedAt acknowledgedBy } } } }`;

interface UrgingsAnswer {
  agency: {
    urgings: {
      nodes: {
        id: string;
        message: string;
        expectedBy: string;
        petitionCount: number;
        petitions: { id: string }[];
        urgedBy: string;
        urgedByAgency: { id: string };
        acknowledgedAt: string | null;
        acknowledgedBy: string | null;
      }[];
    };
  };
}

const FIGURES = `query($id: ID!, $from: Date!, $to: Date!) { agency(id: $id) { petitionStats(from: $from, to: $to) {
  received overdue urged resolvedAfterUrging } } }`;

describe('urging from the overdue list', () => {
  it("shows up for the urged agency's officer, who acknowledges it (Decree 20/2008: the Government Office urges)", async () => {
    const overdue = await submitToCaoBang(EARLY_NOVEMBER);
    const fresh = await submitToCaoBang(null);

    // The central office opens Cao Bằng, whose list holds the overdue petition, and urges it from its row.
    const central = await newPage();
    await signIn(central, base, 'CENTRAL_OFFICE', 'bo-vpcp');
    await central.goto(`${base}#/agency/${CAO_BANG}?from=2026-11-01&to=2026-11-30`);
    const row = central.locator(`[data-testid="overdue-list"] tr[data-petition-id="${overdue.id}"]`);
    await row.getByRole('button', { name: `Đôn đốc ${overdue.trackingCode}` }).click();
    const form = central.getByTestId('urge-form');
    await form.waitFor();
    // Focus moves into the form; the new date is ten days on by default.
    expect(await central.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('message');
    expect(await form.locator('h3').textContent()).toBe(
      `Đôn đốc phản ánh, kiến nghị ${overdue.trackingCode}`,
    );
    const expectedBy = await form.locator('[name="expectedBy"]').inputValue();
    expect(expectedBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await form.locator('[name="message"]').fill(MESSAGE);
    await screenshot(central, 'agency-urge-form');
    await expectAccessible(central);
    await form.getByRole('button', { name: 'Gửi đôn đốc' }).click();
    const result = central.getByTestId('urge-result-petitions');
    await result.waitFor();
    const { data: named } = await hub.query<{ agency: { name: string } }>(
      'query($id: ID!) { agency(id: $id) { name } }',
      { id: CAO_BANG },
    );
    expect(await result.textContent()).toBe(
      `Đã gửi văn bản đôn đốc tới ${named?.agency.name} về 1 phản ánh, kiến nghị; hạn mới ${expectedBy.split('-').reverse().join('/')}.`,
    );

    // What the API stored is what was sent, from the central office.
    const stored = await hub.asCentralOffice<UrgingsAnswer>(URGINGS, { id: CAO_BANG });
    const urging = stored.data?.agency.urgings.nodes.find((node) => node.message === MESSAGE);
    expect(urging).toMatchObject({
      expectedBy,
      petitionCount: 1,
      petitions: [{ id: overdue.id }],
      urgedByAgency: { id: 'bo-vpcp' },
      acknowledgedAt: null,
      acknowledgedBy: null,
    });

    // The page's figures are the API's: the urged petition counts among the period's urged.
    const api = await hub.asCentralOffice<{ agency: { petitionStats: Record<string, number> } }>(FIGURES, {
      id: CAO_BANG,
      from: '2026-11-01',
      to: '2026-11-30',
    });
    const stats = api.data?.agency.petitionStats;
    expect(stats?.urged).toBeGreaterThanOrEqual(1);
    await central.waitForFunction(
      (urged) => document.querySelector('[data-field="urged"]')?.textContent === urged,
      new Intl.NumberFormat('vi-VN').format(stats?.urged ?? -1),
    );
    const shownFigures = await central.$$eval('[data-testid="urging-figures"] dd', (cells) =>
      Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-field'), cell.textContent])),
    );
    const integer = new Intl.NumberFormat('vi-VN');
    expect(shownFigures).toEqual({
      received: integer.format(stats?.received ?? -1),
      overdue: integer.format(stats?.overdue ?? -1),
      urged: integer.format(stats?.urged ?? -1),
      resolvedAfterUrging: integer.format(stats?.resolvedAfterUrging ?? -1),
    });

    // The scorecard's columns for urging, on Cao Bằng's row, are the same figures.
    await central.goto(`${base}#/scorecard?from=2026-11-01&to=2026-11-30`);
    const scorecardRow = central.locator(`[data-testid="scorecard"] tr[data-agency-id="${CAO_BANG}"]`);
    await scorecardRow.waitFor();
    expect(await scorecardRow.locator('[data-field="urged"]').textContent()).toBe(
      integer.format(stats?.urged ?? -1),
    );
    expect(await scorecardRow.locator('[data-field="resolvedAfterUrging"]').textContent()).toBe(
      integer.format(stats?.resolvedAfterUrging ?? -1),
    );

    // A petition still within its deadline cannot be urged: the list never offers it, and the API refuses.
    await central.goto(`${base}#/agency/${CAO_BANG}?from=2026-11-01&to=2026-11-30`);
    await central.locator(`tr[data-petition-id="${overdue.id}"]`).waitFor();
    expect(await central.locator(`tr[data-petition-id="${fresh.id}"]`).count()).toBe(0);
    const refused = await hub.asCentralOffice(
      `mutation($input: UrgePetitionsInput!) { urgePetitions(input: $input) { id } }`,
      { input: { agencyId: CAO_BANG, petitionIds: [fresh.id], message: MESSAGE, expectedBy } },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_OVERDUE');
    expect(refused.errors?.[0]?.extensions?.petitionIds).toEqual([fresh.id]);

    // Cao Bằng's officer, in their own browser, is told at the top of their page and reads the message.
    const officer = await newPage(390, 844);
    await signIn(officer, base, 'OFFICER', CAO_BANG);
    expect(await officer.evaluate(() => location.hash)).toBe(`#/agency/${CAO_BANG}`);
    const alert = officer.getByTestId('unacknowledged-urgings');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('văn bản đôn đốc chưa xác nhận');
    await alert.getByRole('button', { name: 'Xem văn bản đôn đốc' }).click();
    expect(await officer.evaluate(() => document.activeElement?.id)).toBe('urgings-title');
    const received = officer.locator(`[data-testid="urgings-petitions"] tr[data-urging-id="${urging?.id}"]`);
    expect(await received.locator('[data-field="message"]').textContent()).toBe(MESSAGE);
    // No urging for an officer: only the central office and leaders over the agency urge.
    expect(await officer.getByRole('button', { name: /^Đôn đốc/ }).count()).toBe(0);
    // At phone width nothing is wider than the screen but the tables, which scroll in their boxes.
    expect(await officer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(officer, 'agency-urged-officer');
    await expectAccessible(officer);

    await received.getByRole('button', { name: /^Xác nhận đã nhận/ }).click();
    await officer.waitForFunction(
      (id) =>
        document
          .querySelector(`tr[data-urging-id="${id}"] [data-field="acknowledged"]`)
          ?.textContent?.startsWith('Đã xác nhận'),
      urging?.id,
    );
    const acknowledged = await hub.asCentralOffice<UrgingsAnswer>(URGINGS, { id: CAO_BANG });
    const after = acknowledged.data?.agency.urgings.nodes.find((node) => node.id === urging?.id);
    expect(after?.acknowledgedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(after?.acknowledgedBy).toBe(`officer-${CAO_BANG}`);
  });

  it('a petition rejected while the form is open is refused in Vietnamese (NOT_OVERDUE); "urge all" then urges the rest', async () => {
    const rejected = await submitToCaoBang(EARLY_NOVEMBER);
    const kept = await submitToCaoBang(EARLY_NOVEMBER);
    const page = await newPage();
    await signIn(page, base, 'CENTRAL_OFFICE', 'bo-vpcp');
    await page.goto(`${base}#/agency/${CAO_BANG}`);
    await page.getByRole('button', { name: `Đôn đốc ${rejected.trackingCode}` }).click();
    const form = page.getByTestId('urge-form');
    await form.waitFor();

    // Meanwhile Cao Bằng does not accept it (a complaint, out of scope): it owes no answer, so it is not overdue.
    const officer = await hub.token({ subject: 'canbo.caobang', role: 'OFFICER', agencyId: CAO_BANG });
    const rejection = await runCommand(hub, officer, 'reject', rejected.id, rejected.version);
    expect(rejection.errors).toBeUndefined();
    await form.getByRole('button', { name: 'Gửi đôn đốc' }).click();
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'Không thể đôn đốc: phản ánh, kiến nghị đã chọn chưa quá hạn hoặc đã có kết quả.',
    );
    expect(await refusal.getAttribute('data-code')).toBe('NOT_OVERDUE');
    await screenshot(page, 'agency-urge-refused');
    await expectAccessible(page);
    // Nothing was stored.
    const urgingsOf = `query($id: ID!) { petition(id: $id) { urgings { id } } }`;
    const none = await hub.asCentralOffice<{ petition: { urgings: unknown[] } }>(urgingsOf, {
      id: rejected.id,
    });
    expect(none.data?.petition.urgings).toEqual([]);

    await form.getByRole('button', { name: 'Hủy' }).click();
    await page.getByRole('button', { name: 'Đôn đốc tất cả', exact: true }).click();
    await page.getByTestId('urge-form').getByRole('button', { name: 'Gửi đôn đốc' }).click();
    const result = page.getByTestId('urge-result-petitions');
    await result.waitFor();
    const all = await hub.asCentralOffice<UrgingsAnswer>(URGINGS, { id: CAO_BANG });
    const newest = all.data?.agency.urgings.nodes[0];
    expect(newest?.petitions.map((petition) => petition.id)).toContain(kept.id);
    expect(newest?.petitions.map((petition) => petition.id)).not.toContain(rejected.id);
    expect(await result.textContent()).toContain(`về ${newest?.petitionCount} phản ánh, kiến nghị`);
  });

  it("a leader outside the agency's reach is offered no urging, and the API refuses them", async () => {
    const overdue = await submitToCaoBang(EARLY_NOVEMBER);
    const page = await newPage();
    await signIn(page, base, 'LEADER', 'tinh-01');
    await page.goto(`${base}#/agency/${CAO_BANG}`);
    await page.getByText('Tài khoản của bạn không có quyền xem mục này.').first().waitFor();
    await page.locator('.loading').first().waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: /^Đôn đốc/ }).count()).toBe(0);
    const leader = await hub.token({ subject: 'lanhdao.hanoi', role: 'LEADER', agencyId: 'tinh-01' });
    const refused = await hub.query(
      `mutation($input: UrgePetitionsInput!) { urgePetitions(input: $input) { id } }`,
      {
        input: { agencyId: CAO_BANG, petitionIds: [overdue.id], message: MESSAGE, expectedBy: '2099-01-01' },
      },
      { token: leader },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("Cao Bằng's own leader urges about its overdue reports from the reports list", async () => {
    const page = await newPage();
    await signIn(page, base, 'LEADER', CAO_BANG);
    const late = page.locator('[data-testid="late-reports"] tbody tr').first();
    await late.waitFor();
    const obligationId = await late.getAttribute('data-obligation-id');
    await late.getByRole('button', { name: /^Đôn đốc báo cáo/ }).click();
    const form = page.getByTestId('urge-form');
    await form.getByRole('button', { name: 'Gửi đôn đốc' }).click();
    const result = page.getByTestId('urge-result-reports');
    await result.waitFor();
    expect(await result.textContent()).toMatch(
      /^Đã gửi văn bản đôn đốc về 1 báo cáo; hạn mới \d{2}\/\d{2}\/\d{4}\.$/,
    );
    const stored = await hub.asCentralOffice<{
      agency: {
        reportingUrgings: { nodes: { obligations: { id: string }[]; urgedByAgency: { id: string } }[] };
      };
    }>(
      `query($id: ID!) { agency(id: $id) { reportingUrgings(first: 1) { nodes { obligations { id } urgedByAgency { id } } } } }`,
      { id: CAO_BANG },
    );
    expect(stored.data?.agency.reportingUrgings.nodes[0]).toEqual({
      obligations: [{ id: obligationId }],
      urgedByAgency: { id: CAO_BANG },
    });
    // The leader is Cao Bằng's own staff: the urging waits for their acknowledgement, in the reports section.
    await page
      .locator('[data-testid="urgings-reports"] tbody tr')
      .first()
      .getByRole('button', { name: /^Xác nhận đã nhận/ })
      .waitFor();
    await expectAccessible(page);
  });
});
