// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { CallFacts } from '../../lib/sites/adapter';
import { meetAdapter, readMeet } from '../../lib/sites/meet/adapter';
import { cleanDisplayName } from '../../lib/sites/meet/roster';
import { MEET_URL, parseFixture } from './fixtures';

const read = (file: string, url = MEET_URL): CallFacts => readMeet(parseFixture('meet', file), url);
const names = (facts: CallFacts) => facts.roster.map((entry) => entry.name);
const selfNames = (facts: CallFacts) =>
  facts.roster.filter((entry) => entry.isSelf).map((entry) => entry.name);

const FIVE = ['Ada Lovelace', 'Bashir Rahimi', 'chiara bianchi', 'Dmitri', 'Eun-ji Park'];

describe('Meet call state per fixture', () => {
  test.each([
    ['lobby.html', 'lobby'],
    ['waiting.html', 'waiting'],
    ['in-call-2.html', 'in-call'],
    ['in-call-5.html', 'in-call'],
    ['in-call-12-paginated.html', 'in-call'],
    ['in-call-older-layout.html', 'in-call'],
    ['in-call-newer-layout.html', 'in-call'],
    ['in-call-thai.html', 'in-call'],
    ['left.html', 'left'],
    ['ended.html', 'ended'],
    ['hostile-names.html', 'in-call'],
    ['unrecognised.html', 'none'],
  ])('%s reads as %s, with the meeting code', (file, state) => {
    const facts = read(file);
    expect(facts.callState).toBe(state);
    expect(facts.meetingCode).toBe('abc-defg-hij');
    expect(facts.site).toBe('meet');
  });

  test('the lobby is never in the call although it has a tile and the leave button', () => {
    const facts = read('lobby.html');
    expect(facts.roster).toEqual([]);
    expect(facts.rosterSource).toBe('none');
  });

  test('waiting text wins over controls of the call (never a false "joined")', () => {
    const doc = parseFixture('meet', 'waiting.html');
    const captions = doc.createElement('i');
    captions.className = 'google-symbols notranslate';
    captions.textContent = 'closed_caption_off';
    doc.body.append(captions);
    expect(readMeet(doc, MEET_URL).callState).toBe('waiting');
  });

  test('a chat message quoting a state text does not change the state', () => {
    const doc = parseFixture('meet', 'in-call-5.html');
    const message = doc.createElement('div');
    message.textContent = 'lol I thought you left the meeting, Call ended for me earlier';
    doc.body.append(message);
    expect(readMeet(doc, MEET_URL).callState).toBe('in-call');
  });

  test('not a meeting page: landing has no code, no state, nothing missing', () => {
    const facts = read('in-call-5.html', 'https://meet.google.com/landing');
    expect(facts).toMatchObject({ meetingCode: null, callState: 'none', roster: [], missing: [] });
  });
});

describe('Meet roster per fixture', () => {
  test('2 people, from tiles', () => {
    const facts = read('in-call-2.html');
    expect(names(facts)).toEqual(['Ada Lovelace', 'Bashir Rahimi']);
    expect(selfNames(facts)).toEqual(['Ada Lovelace']);
    expect(facts.rosterSource).toBe('tiles');
    expect(facts.roster[1]?.id).toBe('spaces/AAAAq2c9Xy0/devices/2');
  });

  test('5 people from tiles: hover labels and ligatures stay out of the names', () => {
    const facts = read('in-call-5.html');
    expect(names(facts)).toEqual(FIVE);
    expect(selfNames(facts)).toEqual(['Ada Lovelace']);
    expect(facts.missing).toEqual([]);
  });

  test('12 people, tiles paginated: the open People panel gives all 12, self by "(You)"', () => {
    const facts = read('in-call-12-paginated.html');
    expect(facts.rosterSource).toBe('people-panel');
    expect(facts.roster).toHaveLength(12);
    expect(names(facts).slice(0, 6)).toEqual([...FIVE, 'Farah Haddad']);
    expect(names(facts).at(-1)).toBe('Lena Vogel');
    expect(selfNames(facts)).toEqual(['Ada Lovelace']);
    expect(new Set(facts.roster.map((entry) => entry.id)).size).toBe(12);
  });

  test('older layout: google-material-icons, People button data-panel-id=1, data-self-name', () => {
    const facts = read('in-call-older-layout.html');
    expect(names(facts)).toEqual(['Ada Lovelace', 'Bashir Rahimi', 'chiara bianchi']);
    expect(selfNames(facts)).toEqual(['Ada Lovelace']);
  });

  test('newer layout: wrappers, duplicate ids, Merged audio rows, "(You)" on the tile', () => {
    const facts = read('in-call-newer-layout.html');
    expect(facts.rosterSource).toBe('people-panel');
    expect(names(facts)).toEqual(FIVE);
    expect(selfNames(facts)).toEqual(['Ada Lovelace']);
  });

  test('Thai UI: same ligatures; self from the tile button, not the English "(You)"', () => {
    const facts = read('in-call-thai.html');
    expect(names(facts)).toEqual(['Ada Lovelace', 'สมชาย ใจดี', 'Bashir Rahimi']);
    expect(selfNames(facts)).toEqual(['Ada Lovelace']);
  });

  test('hostile names stay plain text; junk placeholders are dropped', () => {
    const doc = parseFixture('meet', 'hostile-names.html');
    const facts = readMeet(doc, MEET_URL);
    expect(names(facts)).toEqual([
      'Ada Lovelace',
      '<img src=x onerror=alert(1)>',
      "Zoë O'Brien (Acme Corp)",
    ]);
    expect(doc.querySelectorAll('img[src="x"]')).toHaveLength(0);
  });

  test('unrecognised page: nothing found, and says what is missing', () => {
    const facts = read('unrecognised.html');
    expect(facts.roster).toEqual([]);
    expect(facts.missing).toEqual(['icon-ligatures', 'call-controls']);
  });

  test('in the call but tiles lost their names: reported missing', () => {
    const doc = parseFixture('meet', 'in-call-2.html');
    for (const span of doc.querySelectorAll('span.notranslate, [role="tooltip"]')) span.remove();
    const facts = readMeet(doc, MEET_URL);
    expect(facts.callState).toBe('in-call');
    expect(facts.missing).toEqual(['tile-names']);
  });
});

describe('cleanDisplayName', () => {
  test.each([
    ['  Ada   Lovelace (You) ', 'Ada Lovelace'],
    ['keep_outline Bashir Rahimi more_vert', 'Bashir Rahimi'],
    ['visual_effects', null],
    ['Google Participant (spaces/x/devices/9)', null],
    ['spaces/AAAA/devices/3', null],
    ['', null],
    ["Zoë O'Brien (Acme Corp)", "Zoë O'Brien (Acme Corp)"],
  ])('%j -> %j', (raw, clean) => {
    expect(cleanDisplayName(raw)).toBe(clean);
  });
});

describe('meetAdapter', () => {
  test('matches every page on meet.google.com and nothing else', () => {
    expect(meetAdapter.matches('https://meet.google.com/landing')).toBe(true);
    expect(meetAdapter.matches('https://meet.jit.si/crew')).toBe(false);
  });

  test('read never throws, even on a document without a body', () => {
    const doc = document.implementation.createDocument(null, 'x', null);
    expect(() => meetAdapter.read(doc, MEET_URL)).not.toThrow();
    expect(meetAdapter.read(doc, MEET_URL).callState).toBe('none');
  });
});
