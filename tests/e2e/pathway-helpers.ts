// Shared checks of the pathway e2e files (pathway, pathway-series, the side panel's meetings):
// each member's hosting log on the pathway page, and the .ics download parsed back.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type ParsedIcsEvent, parseIcsEvents } from '../../lib/core/ics.ts';
import type { Member } from '../../lib/core/model.ts';

/** On the pathway page: each member's log shows exactly the sessions `hosts` (by index) gives them. */
export async function expectHostingLogs(
  page: Page,
  members: readonly Pick<Member, 'name'>[],
  hosts: readonly string[],
): Promise<void> {
  for (const member of members) {
    await page.getByLabel('Whose pathway').selectOption({ label: member.name });
    const expected = hosts.flatMap((name, i) => (name === member.name ? [i + 1] : []));
    const entries = page.locator('.ck-timeline__entry', { hasText: /: host/ });
    await expect.poll(() => entries.count()).toBe(expected.length);
    const indexes = (await entries.allInnerTexts())
      .map((t) => Number(/session (\d+): host/.exec(t)?.[1]))
      .sort((a, b) => a - b);
    expect(indexes, member.name).toEqual(expected);
  }
}

/** On the pathway page: the crew's .ics download ("Download .ics: <series> of <crew>"), parsed. */
export async function downloadIcs(
  page: Page,
  crewName: string,
  seriesTitle: string,
): Promise<{ filename: string; events: ParsedIcsEvent[] }> {
  await page.getByLabel('Crew', { exact: true }).selectOption({ label: crewName });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: `Download .ics: ${seriesTitle} of ${crewName}`, exact: true })
      .click(),
  ]);
  const events = parseIcsEvents(readFileSync(await download.path(), 'utf8'));
  return { filename: download.suggestedFilename(), events };
}

/** The host named in each event's title ("… hosted by Ada"). */
export const icsHosts = (events: readonly ParsedIcsEvent[]) =>
  events.map((e) => /hosted by (.+)$/.exec(e.summary)?.[1]);
