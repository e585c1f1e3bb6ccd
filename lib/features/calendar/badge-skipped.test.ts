// @vitest-environment happy-dom
// A skipped session's chip (issue 9): a calm "Tuesday Crew · skipped" badge, the whole sentence as
// its accessible name and tooltip, in English and German; no number and no host on it.
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { book } from '../../../tests/support/calendar-book';
import { badgeReader, type SessionBadge } from '../../core/calendar-session';
import { badgeForms, badgeParts } from './badge-text';
import { badgeRenderer } from './badge-view';

const skippedBook = () => {
  const b = book();
  return {
    ...b,
    sessions: b.sessions.map((s) => (s.id === 's2' ? { ...s, status: 'skipped' as const } : s)),
  };
};
const s2 = () => skippedBook().sessions.find((s) => s.id === 's2') ?? (undefined as never);

describe('the skipped badge', () => {
  it('is read only where asked for: chips get it, the rotation and shared tags never count it', () => {
    expect(badgeReader(skippedBook())(s2())).toBeNull();
    expect(badgeReader(skippedBook(), { skipped: true })(s2())).toEqual({
      crewId: 'tuesday',
      crewName: 'Tuesday Crew',
      sessionId: 's2',
      index: 2,
      skipped: true,
    });
  });

  it('says "Tuesday Crew · skipped", calmly, with the whole sentence as name and tooltip', () => {
    const badge = badgeReader(skippedBook(), { skipped: true })(s2()) as SessionBadge;
    expect(badgeParts(badge).map((p) => [p.kind, p.short])).toEqual([
      ['skipped', 'skipped'],
      ['crew', 'Tuesday Crew'],
    ]);
    const chip = document.createElement('div');
    document.body.append(chip);
    const view = badgeRenderer(document, new AbortController().signal).render(chip, badge);
    const sentence =
      'Tuesday Crew skipped this session: it is no crew session, and the sessions after it moved up one number.';
    expect(view.host.getAttribute('role')).toBe('note');
    expect(view.host.getAttribute('aria-label')).toBe(sentence);
    expect(view.host.title).toBe(sentence);
    expect(view.host.classList.contains('ck-skipped')).toBe(true);
    // "skipped" is the form a narrow pill keeps (badge-text.ts badgeForms)
    expect(badgeForms(badge)).toEqual([
      'Tuesday Crew · skipped',
      'Tuesday Crew · skipped',
      'skipped',
    ]);
    expect(view.host.querySelector('[aria-hidden="true"]')?.textContent).toBe(
      'Tuesday Crew · skipped',
    );
    view.remove();
  });

  it('has its German words', async () => {
    const de = generateChromeMessages(await parseMessagesFile(resolve('locales/de.yml')));
    const text = (name: string) => de[name]?.message;
    expect(text('calendar_badgeSkipped')).toBe('ausgelassen');
    expect(text('calendar_badgeSkippedFull')).toMatch(
      /^{crew} lässt dieses Treffen aus: es ist kein Crew-Treffen/,
    );
  });
});
