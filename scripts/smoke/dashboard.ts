/**
 * The dashboard as a browser first meets it: the page at the gateway's /, and the script and stylesheet it
 * names. True when all answer 200 with their types.
 */
export async function dashboardServed(graphqlUrl: string): Promise<boolean> {
  const page = await fetch(new URL('/', graphqlUrl)).catch(() => null);
  if (!page?.ok || !page.headers.get('content-type')?.startsWith('text/html')) return false;
  const files = [...(await page.text()).matchAll(/\b(?:src|href)="(\/assets\/[^"]+)"/g)].map(
    (match) => match[1],
  );
  if (files.length === 0) return false;
  for (const file of files) {
    const asset = await fetch(new URL(file, graphqlUrl)).catch(() => null);
    if (!asset?.ok) return false;
  }
  return true;
}
