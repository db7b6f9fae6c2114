import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../subgraphs/petitions/clock.ts';
import { launchChromium, screenshot, seriousViolations, signIn } from '../support/browser.ts';
import { type Hub, startHub } from '../support/hub.ts';
import { petitionInput, SUBMIT, type Submitted } from '../support/petitionCommands.ts';

/**
 * Escalation to the Government from the agency page (Decree 20/2008 Art. 17): the officer of the agency
 * handling an overdue petition reports it to the Government on the ground that it is within the
 * Government's competence; the petition then waits for the Government Office, and a second report is
 * refused in Vietnamese.
 */
const CAO_BANG = 'tinh-04';
// After the sample history (to 2026-10-31): its 15-day deadline has long passed on the day the test runs.
const EARLY_NOVEMBER = new Date('2026-11-03T09:00:00+07:00');
const REASON = `Vụ việc liên quan chính sách đất đai thuộc thẩm quyền quyết định của Chính phủ (${Date.now()}).`;

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

async function newPage(width = 390, height = 844): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN', bypassCSP: true });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

const ESCALATION = `query($id: ID!) { petition(id: $id) { status escalation {
  ground reason state agencies { id } escalatedByAgency { id } } } }`;

interface EscalationAnswer {
  petition: {
    status: string;
    escalation: {
      ground: string;
      reason: string;
      state: string;
      agencies: { id: string }[];
      escalatedByAgency: { id: string };
    } | null;
  };
}

describe('escalating from the overdue list', () => {
  it("the handling agency's officer reports an overdue petition to the Government, once (Decree 20/2008 Art. 17)", async () => {
    clock.set(EARLY_NOVEMBER);
    const submitted = await hub.query<Submitted>(SUBMIT, {
      input: petitionInput({ targetAgencyId: CAO_BANG }),
    });
    clock.set(null);
    expect(submitted.errors).toBeUndefined();
    const petition = submitted.data?.submitPetition.petition as { id: string };
    const trackingCode = submitted.data?.submitPetition.trackingCode as string;

    // Cao Bằng's officer opens the agency page at phone width; the overdue row offers "Chuyển Chính phủ".
    const page = await newPage();
    await signIn(page, base, 'OFFICER', CAO_BANG);
    await page.goto(`${base}#/agency/${CAO_BANG}?from=2026-11-01&to=2026-11-30`);
    const row = page.locator(`[data-testid="overdue-list"] tr[data-petition-id="${petition.id}"]`);
    const action = row.getByRole('button', { name: `Chuyển Chính phủ ${trackingCode}` });
    await action.click();
    const form = page.getByTestId('escalate-form');
    await form.waitFor();
    expect(await form.locator('h3').textContent()).toBe(
      `Chuyển Chính phủ xem xét phản ánh, kiến nghị ${trackingCode}`,
    );
    // The three grounds of Art. 17 in Vietnamese; the Government's competence first chosen.
    expect(await form.locator('[name="ground"] option').allTextContents()).toEqual([
      'Các cơ quan có ý kiến khác nhau (Điều 17 Nghị định 20/2008/NĐ-CP)',
      'Vụ việc đã được xử lý nay gửi lại (Điều 17 Nghị định 20/2008/NĐ-CP)',
      'Vụ việc thuộc thẩm quyền của Chính phủ (Điều 17 Nghị định 20/2008/NĐ-CP)',
    ]);
    await form.locator('[name="ground"]').selectOption('GOVERNMENT_COMPETENCE');
    await form.locator('[name="reason"]').fill(REASON);
    await screenshot(page, 'agency-escalate');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Chuyển Chính phủ' }).click();
    const result = page.getByTestId('escalate-result');
    await result.waitFor();
    expect(await result.textContent()).toBe(
      `Đã chuyển phản ánh, kiến nghị ${trackingCode} lên Chính phủ; đang chờ Văn phòng Chính phủ xử lý.`,
    );

    // The API holds it: pending with the Government Office, on that ground and reason, from Cao Bằng.
    const stored = await hub.asCentralOffice<EscalationAnswer>(ESCALATION, { id: petition.id });
    expect(stored.errors).toBeUndefined();
    expect(stored.data?.petition).toEqual({
      status: 'RECEIVED',
      escalation: {
        ground: 'GOVERNMENT_COMPETENCE',
        reason: REASON,
        state: 'PENDING',
        agencies: [{ id: CAO_BANG }],
        escalatedByAgency: { id: CAO_BANG },
      },
    });

    // The petition stays overdue in the list (its status stays); a second report is refused in Vietnamese.
    await action.click();
    await form.locator('[name="reason"]').fill(REASON);
    await form.getByRole('button', { name: 'Chuyển Chính phủ' }).click();
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'Phản ánh, kiến nghị đã được báo cáo Chính phủ và đang chờ Văn phòng Chính phủ quyết định (Điều 17 Nghị định 20/2008/NĐ-CP).',
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('is not offered to the central office, which urges instead', async () => {
    clock.set(EARLY_NOVEMBER);
    const submitted = await hub.query<Submitted>(SUBMIT, {
      input: petitionInput({ targetAgencyId: CAO_BANG }),
    });
    clock.set(null);
    const id = submitted.data?.submitPetition.petition.id as string;
    const page = await newPage(1280, 900);
    await signIn(page, base, 'CENTRAL_OFFICE', 'bo-vpcp');
    await page.goto(`${base}#/agency/${CAO_BANG}?from=2026-11-01&to=2026-11-30`);
    const row = page.locator(`[data-testid="overdue-list"] tr[data-petition-id="${id}"]`);
    await row.getByRole('button', { name: /^Đôn đốc / }).waitFor();
    expect(await row.getByRole('button', { name: /^Chuyển Chính phủ/ }).count()).toBe(0);
  });
});
