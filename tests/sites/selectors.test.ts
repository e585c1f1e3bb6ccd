// @vitest-environment happy-dom
// Each selector's match count on every fixture page (CONVENTIONS.md 3): when Meet or Jitsi
// changes and a fixture is updated, this table says which selectors the change touched.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type JitsiSelectorName, jitsiSelectors } from '../../lib/sites/jitsi/selectors';
import { type MeetSelectorName, meetSelectors } from '../../lib/sites/meet/selectors';
import { JITSI_FIXTURES, MEET_FIXTURES, parseFixture } from './fixtures';

// The fixture lists come from the folders (./fixtures.ts); a page without a count here fails.
type MeetFixture = string;
type JitsiFixture = string;

// Counts derived from how each fixture is built: icons = 8 call controls + 4 side-panel buttons
// x 2 icons + 2 per tile (self: visual_effects, more_vert; others: keep_outline, more_vert);
// voice levels = ring + bars per tile.
const MEET_COUNTS: Record<MeetSelectorName, Record<MeetFixture, number>> = {
  iconLigature: {
    'lobby.html': 4,
    'waiting.html': 4,
    'in-call-2.html': 20,
    'in-call-5.html': 26,
    'in-call-5-chat.html': 26,
    'in-call-5-quotes.html': 26,
    'in-call-12-paginated.html': 28,
    'in-call-older-layout.html': 9,
    'in-call-newer-layout.html': 31,
    'in-call-thai.html': 22,
    'left.html': 0,
    'ended.html': 0,
    'hostile-names.html': 24,
    'unrecognised.html': 0,
  },
  participantTile: {
    'lobby.html': 1,
    'waiting.html': 1,
    'in-call-2.html': 2,
    'in-call-5.html': 5,
    'in-call-5-chat.html': 5,
    'in-call-5-quotes.html': 5,
    'in-call-12-paginated.html': 6,
    'in-call-older-layout.html': 3,
    'in-call-newer-layout.html': 6,
    'in-call-thai.html': 3,
    'left.html': 0,
    'ended.html': 0,
    'hostile-names.html': 4,
    'unrecognised.html': 0,
  },
  tileName: {
    'lobby.html': 0,
    'waiting.html': 0,
    'in-call-2.html': 2,
    'in-call-5.html': 5,
    'in-call-5-chat.html': 5,
    'in-call-5-quotes.html': 5,
    'in-call-12-paginated.html': 6,
    'in-call-older-layout.html': 3,
    'in-call-newer-layout.html': 5,
    'in-call-thai.html': 3,
    'left.html': 0,
    'ended.html': 0,
    'hostile-names.html': 4,
    'unrecognised.html': 0,
  },
  tileTooltip: {
    'lobby.html': 2,
    'waiting.html': 2,
    'in-call-2.html': 15,
    'in-call-5.html': 24,
    'in-call-5-chat.html': 24,
    'in-call-5-quotes.html': 24,
    'in-call-12-paginated.html': 27,
    'in-call-older-layout.html': 0,
    'in-call-newer-layout.html': 24,
    'in-call-thai.html': 18,
    'left.html': 0,
    'ended.html': 0,
    'hostile-names.html': 21,
    'unrecognised.html': 0,
  },
  participantElement: {
    'lobby.html': 1,
    'waiting.html': 1,
    'in-call-2.html': 2,
    'in-call-5.html': 5,
    'in-call-5-chat.html': 5,
    'in-call-5-quotes.html': 5,
    'in-call-12-paginated.html': 18,
    'in-call-older-layout.html': 3,
    'in-call-newer-layout.html': 11,
    'in-call-thai.html': 6,
    'left.html': 0,
    'ended.html': 0,
    'hostile-names.html': 4,
    'unrecognised.html': 0,
  },
  selfNameAttribute: {
    'lobby.html': 0,
    'waiting.html': 0,
    'in-call-2.html': 0,
    'in-call-5.html': 0,
    'in-call-5-chat.html': 0,
    'in-call-5-quotes.html': 0,
    'in-call-12-paginated.html': 0,
    'in-call-older-layout.html': 1,
    'in-call-newer-layout.html': 0,
    'in-call-thai.html': 0,
    'left.html': 0,
    'ended.html': 0,
    'hostile-names.html': 0,
    'unrecognised.html': 0,
  },
  peoplePanelRow: {
    'lobby.html': 0,
    'waiting.html': 0,
    'in-call-2.html': 0,
    'in-call-5.html': 0,
    'in-call-5-chat.html': 0,
    'in-call-5-quotes.html': 0,
    'in-call-12-paginated.html': 12,
    'in-call-older-layout.html': 0,
    'in-call-newer-layout.html': 5,
    'in-call-thai.html': 3,
    'left.html': 0,
    'ended.html': 0,
    'hostile-names.html': 0,
    'unrecognised.html': 0,
  },
  peopleRowText: {
    'lobby.html': 8,
    'waiting.html': 6,
    'in-call-2.html': 35,
    'in-call-5.html': 56,
    'in-call-5-chat.html': 58,
    'in-call-5-quotes.html': 60,
    'in-call-12-paginated.html': 76,
    'in-call-older-layout.html': 14,
    'in-call-newer-layout.html': 72,
    'in-call-thai.html': 46,
    'left.html': 4,
    'ended.html': 3,
    'hostile-names.html': 49,
    'unrecognised.html': 2,
  },
  peopleControl: {
    'lobby.html': 0,
    'waiting.html': 0,
    'in-call-2.html': 1,
    'in-call-5.html': 1,
    'in-call-5-chat.html': 1,
    'in-call-5-quotes.html': 1,
    'in-call-12-paginated.html': 1,
    'in-call-older-layout.html': 1,
    'in-call-newer-layout.html': 1,
    'in-call-thai.html': 1,
    'left.html': 0,
    'ended.html': 0,
    'hostile-names.html': 1,
    'unrecognised.html': 0,
  },
  voiceLevel: {
    'lobby.html': 0,
    'waiting.html': 0,
    'in-call-2.html': 4,
    'in-call-5.html': 10,
    'in-call-5-chat.html': 10,
    'in-call-5-quotes.html': 10,
    'in-call-12-paginated.html': 12,
    'in-call-older-layout.html': 3,
    'in-call-newer-layout.html': 10,
    'in-call-thai.html': 6,
    'left.html': 0,
    'ended.html': 0,
    'hostile-names.html': 8,
    'unrecognised.html': 0,
  },
  chatBox: {
    'lobby.html': 0,
    'waiting.html': 0,
    'in-call-2.html': 0,
    'in-call-5.html': 0,
    'in-call-5-chat.html': 1,
    'in-call-5-quotes.html': 1,
    'in-call-12-paginated.html': 0,
    'in-call-older-layout.html': 0,
    'in-call-newer-layout.html': 0,
    'in-call-thai.html': 0,
    'left.html': 0,
    'ended.html': 0,
    'hostile-names.html': 0,
    'unrecognised.html': 0,
  },
};

const JITSI_COUNTS: Record<JitsiSelectorName, Record<JitsiFixture, number>> = {
  conferencePage: {
    'prejoin.html': 0,
    'in-call-4.html': 1,
    'in-call-4-quotes.html': 1,
    'left.html': 0,
  },
  localVideo: {
    'prejoin.html': 0,
    'in-call-4.html': 1,
    'in-call-4-quotes.html': 1,
    'left.html': 0,
  },
  localDisplayName: {
    'prejoin.html': 0,
    'in-call-4.html': 1,
    'in-call-4-quotes.html': 1,
    'left.html': 0,
  },
  remoteTile: {
    'prejoin.html': 0,
    'in-call-4.html': 3,
    'in-call-4-quotes.html': 3,
    'left.html': 0,
  },
  prejoin: { 'prejoin.html': 2, 'in-call-4.html': 0, 'in-call-4-quotes.html': 0, 'left.html': 0 },
};

describe('Meet selectors: match counts per fixture', () => {
  for (const file of MEET_FIXTURES) {
    test(file, () => {
      const doc = parseFixture('meet', file);
      const counts = Object.fromEntries(
        Object.entries(meetSelectors).map(([name, selector]) => [
          name,
          doc.querySelectorAll(selector).length,
        ]),
      );
      const expected = Object.fromEntries(
        Object.entries(MEET_COUNTS).map(([name, perFile]) => [name, perFile[file]]),
      );
      expect(counts).toEqual(expected);
    });
  }
});

describe('Jitsi selectors: match counts per fixture', () => {
  for (const file of JITSI_FIXTURES) {
    test(file, () => {
      const doc = parseFixture('jitsi', file);
      const counts = Object.fromEntries(
        Object.entries(jitsiSelectors).map(([name, selector]) => [
          name,
          doc.querySelectorAll(selector).length,
        ]),
      );
      const expected = Object.fromEntries(
        Object.entries(JITSI_COUNTS).map(([name, perFile]) => [name, perFile[file]]),
      );
      expect(counts).toEqual(expected);
    });
  }
});

describe('guards', () => {
  test('the fixture lists are the fixture folders, so a saved page cannot go uncounted', () => {
    const folder = (site: string) =>
      readdirSync(join(process.cwd(), 'tests/fixtures/pages', site))
        .filter((name) => name.endsWith('.html'))
        .sort();
    expect([...MEET_FIXTURES].sort()).toEqual(folder('meet'));
    expect([...JITSI_FIXTURES].sort()).toEqual(folder('jitsi'));
  });

  test('every exported selector has a row in the count table, and no row is stale', () => {
    expect(Object.keys(MEET_COUNTS).sort()).toEqual(Object.keys(meetSelectors).sort());
    expect(Object.keys(JITSI_COUNTS).sort()).toEqual(Object.keys(jitsiSelectors).sort());
  });

  test('every selector matches on at least one fixture (none is dead)', () => {
    for (const [name, perFile] of [
      ...Object.entries(MEET_COUNTS),
      ...Object.entries(JITSI_COUNTS),
    ]) {
      expect(Math.max(...Object.values(perFile)), name).toBeGreaterThan(0);
    }
  });

  test('every selector parses', () => {
    for (const selector of [...Object.values(meetSelectors), ...Object.values(jitsiSelectors)]) {
      expect(() => document.querySelector(selector)).not.toThrow();
    }
  });

  test('each fixture starts with a comment naming the reference facts it encodes', () => {
    const pages = [
      ...MEET_FIXTURES.map((file) => parseFixture('meet', file)),
      ...JITSI_FIXTURES.map((file) => parseFixture('jitsi', file)),
    ];
    for (const doc of pages) {
      const first = doc.firstChild;
      expect(first?.nodeType).toBe(8 /* COMMENT_NODE */);
      expect(first?.textContent ?? '').toMatch(/20\d\d/);
    }
  });
});
