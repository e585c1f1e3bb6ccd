// Issue 8, "People trickle in", in the shipped build: the panel opens when the host is admitted,
// before the others arrive. Tiles are added and removed in the Meet fixture while it runs, as
// people join and leave a real call.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  addTile,
  CREW_CALL,
  crewCallSuite,
  meetColours,
  panel,
  removeTile,
} from './call-helpers.ts';
import { collectConsole, openPage } from './harness/browser.ts';
import { shootBothThemes } from './harness/screenshots.ts';

// Two people at first: Ada (the host, this browser) and Bashir.
const call = crewCallSuite('meet/in-call-2.html');

const checkboxes = (page: Page) =>
  panel(page).getByRole('group', { name: 'Who is here' }).getByRole('checkbox');
const ticked = (page: Page) =>
  checkboxes(page).evaluateAll((boxes) =>
    boxes.map((box) => [box.parentElement?.textContent?.trim(), (box as HTMLInputElement).checked]),
  );
const order = (page: Page) =>
  panel(page).getByRole('list', { name: 'Speaking order' }).textContent();

describe('people trickle into a crew call', () => {
  let page: Page;

  test('whoever joins before the start is ticked, crew or guest; a hand-unticked one stays off', async () => {
    page = await openPage(call.ext.context, CREW_CALL);
    await meetColours(page);
    await panel(page).waitFor({ timeout: 10_000 });
    await expect
      .poll(() => ticked(page))
      .toEqual([
        ['Ada', true],
        ['Bashir', true],
      ]);
    await panel(page).getByRole('checkbox', { name: 'Bashir' }).uncheck();

    await addTile(page, 3, 'chiara bianchi');
    await addTile(page, 9, 'Zoë Guest');
    await expect
      .poll(() => ticked(page), { timeout: 5_000 })
      .toEqual([
        ['Ada', true],
        ['Bashir', false],
        ['Chiara', true],
        ['Zoë Guest', true],
      ]);
  });

  test('during the round one click adds who arrived and skips who left', async () => {
    await panel(page).getByRole('checkbox', { name: 'Bashir' }).check();
    await panel(page).getByRole('button', { name: 'Show the order' }).click();
    await panel(page).getByRole('button', { name: 'Start round' }).click();
    await panel(page).getByRole('timer').waitFor();
    expect(await order(page)).not.toContain('Dmitri');

    await addTile(page, 4, 'Dmitri');
    await panel(page).getByText('Dmitri joined the call.').waitFor({ timeout: 5_000 });
    await removeTile(page, 'Zoë Guest');
    await panel(page).getByText('Zoë Guest left the call.').waitFor({ timeout: 5_000 });
    // Nothing happens on its own: the guest is still in the order, Dmitri not yet.
    expect(await order(page)).toContain('Zoë Guest');
    expect(await order(page)).not.toContain('Dmitri');
    await shootBothThemes(page, 'meet-people-changes');

    await panel(page).getByRole('button', { name: 'Add Dmitri' }).click();
    await expect.poll(() => order(page)).toContain('Dmitri');
    await panel(page).getByRole('button', { name: 'Skip Zoë Guest' }).click();
    await expect.poll(() => order(page)).not.toContain('Zoë Guest');
    expect(
      await panel(page)
        .getByText(/joined the call|left the call/)
        .count(),
    ).toBe(0);
    expect(collectConsole(page).errors).toEqual([]);
  });
});
