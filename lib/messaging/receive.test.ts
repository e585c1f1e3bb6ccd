import { describe, expect, it } from 'vitest';
import { checkMessage, isFromOwnExtension, RejectedMessageError } from './receive';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const ownTab = { id: OWN, tab: { id: 4, url: 'https://meet.google.com/abc-defg-hij' } };

describe('checkMessage at the receiving end', () => {
  it('accepts a well-formed message from this extension and returns the parsed payload', () => {
    expect(checkMessage('cs:callPanelState', { meetCode: 'abc-defg-hij' }, ownTab, OWN)).toEqual({
      meetCode: 'abc-defg-hij',
    });
    expect(
      checkMessage('cs:reportSiteHealth', { site: 'meet', missing: ['roster'] }, ownTab, OWN),
    ).toEqual({ site: 'meet', missing: ['roster'] });
  });

  it('refuses a message from another extension or a web page', () => {
    expect(isFromOwnExtension({ id: 'someoneelse' }, OWN)).toBe(false);
    expect(isFromOwnExtension(undefined, OWN)).toBe(false);
    expect(() => checkMessage('cs:loadPanel', { panel: 'call' }, { id: 'other' }, OWN)).toThrow(
      RejectedMessageError,
    );
  });

  it('refuses malformed payloads and names where they are wrong', () => {
    expect(() => checkMessage('cs:callPanelState', { meetCode: 'ABC' }, ownTab, OWN)).toThrow(
      /cs:callPanelState: malformed meetCode/,
    );
    expect(() =>
      checkMessage('cs:reportSiteHealth', { site: 'meet', missing: 'roster' }, ownTab, OWN),
    ).toThrow(/malformed missing/);
    expect(() =>
      checkMessage('cs:reportSiteHealth', { site: 'evil.example', missing: [] }, ownTab, OWN),
    ).toThrow(/malformed site/);
    // Panels are asked for by a name on the list, never by a file.
    expect(checkMessage('cs:loadPanel', { panel: 'call' }, ownTab, OWN)).toEqual({ panel: 'call' });
    expect(() =>
      checkMessage('cs:loadPanel', { panel: '/content-scripts/meet.js' }, ownTab, OWN),
    ).toThrow(/malformed panel/);
    // A reflection is opened by ids only (each escaped into the options page's hash, see
    // lib/core/pathway/reflect-link.test.ts): an address given instead is refused.
    expect(() =>
      checkMessage('cs:openReflection', { crewId: 'c1', url: 'https://x.test' }, ownTab, OWN),
    ).toThrow(RejectedMessageError);
    // Extra fields are refused too: the contract is exact.
    expect(() =>
      checkMessage('page:storeChanged', { kinds: [], crewIds: [], extra: 1 }, ownTab, OWN),
    ).toThrow(RejectedMessageError);
    expect(() =>
      checkMessage(
        'page:storeChanged',
        { kinds: Array(51).fill('crew'), crewIds: [] },
        ownTab,
        OWN,
      ),
    ).toThrow(RejectedMessageError);
  });
});

describe('the Calendar dialog messages a page could forge', () => {
  const calTab = { id: OWN, tab: { id: 5, url: 'https://calendar.google.com/calendar/u/0/r' } };
  it('skip takes an event id and a yes or no, nothing else', () => {
    expect(
      checkMessage('cs:calendarSkip', { eventId: 'abc_20261201T180000Z', skip: true }, calTab, OWN),
    ).toEqual({
      eventId: 'abc_20261201T180000Z',
      skip: true,
    });
    expect(() =>
      checkMessage('cs:calendarSkip', { eventId: 'a b', skip: true }, calTab, OWN),
    ).toThrow(/malformed eventId/);
    expect(() =>
      checkMessage('cs:calendarSkip', { eventId: 'abc', skip: 'yes' }, calTab, OWN),
    ).toThrow(/malformed skip/);
    expect(() =>
      checkMessage('cs:calendarSkip', { eventId: 'abc', skip: true, status: 'held' }, calTab, OWN),
    ).toThrow(RejectedMessageError);
  });

  it('tagging into a full series names one of the two choices', () => {
    const tag = {
      event: { calendarId: 'alex@gmail.com', eventId: 'abc' },
      crewId: 'tuesday',
      beyond: 'grow',
    };
    expect(checkMessage('cs:calendarTag', tag, calTab, OWN)).toEqual(tag);
    expect(() => checkMessage('cs:calendarTag', { ...tag, beyond: 'shrink' }, calTab, OWN)).toThrow(
      /malformed beyond/,
    );
  });
});
