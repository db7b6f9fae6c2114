import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../kit/config.ts';

/** Where the browser tests save a screenshot of every page (CI keeps the folder as artifacts). */
export const SCREENSHOTS = join(PROJECT_ROOT, 'artifacts', 'screenshots');

/**
 * The Debian chromium package (CHROMIUM_PATH for another), headless, reaching nothing but the hub. Its
 * interface in Vietnamese (LANGUAGE, with the chromium-l10n package): a date input then reads 20/12/2026,
 * as a Vietnamese user sees it; a context's locale alone changes navigator.language, not the controls.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    env: { ...process.env, LANGUAGE: 'vi' },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's scan of the page as it stands: the violations of serious or critical impact. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations as {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[] }[];
    }[];
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** Signs in on the dashboard's sign-in page as a user would: role, then agency (none for a citizen). */
export async function signIn(page: Page, base: string, role: string, agencyId?: string): Promise<void> {
  await page.goto(`${base}#/sign-in`);
  await page.locator('select[name="role"]').selectOption(role);
  if (agencyId) {
    await page.locator('select[name="agency"] option').first().waitFor({ state: 'attached' });
    await page.locator('select[name="agency"]').selectOption(agencyId);
  }
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForFunction(() => !location.hash.startsWith('#/sign-in'));
}
