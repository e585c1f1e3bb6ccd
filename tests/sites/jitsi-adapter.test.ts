// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { CallFacts } from '../../lib/sites/adapter';
import { createJitsiAdapter, jitsiAdapter, readJitsi } from '../../lib/sites/jitsi/adapter';
import { JITSI_URL, loadIntoDocument, parseFixture } from './fixtures';

const frames = () => new Promise((resolve) => setTimeout(resolve, 60));
let controller = new AbortController();
afterEach(() => controller.abort());

describe('Jitsi read per fixture', () => {
  test('prejoin is the lobby', () => {
    const facts = readJitsi(parseFixture('jitsi', 'prejoin.html'), JITSI_URL);
    expect(facts).toMatchObject({ site: 'jitsi', meetingCode: 'crew-tuesday', callState: 'lobby' });
    expect(facts.roster).toEqual([]);
  });

  test('in the call with 4: self first from the local display name, then remote tiles', () => {
    const facts = readJitsi(parseFixture('jitsi', 'in-call-4.html'), JITSI_URL);
    expect(facts.callState).toBe('in-call');
    expect(facts.rosterSource).toBe('tiles');
    expect(facts.roster).toEqual([
      { id: 'local', name: 'Ada Lovelace', isSelf: true },
      { id: 'a1b2c3d4', name: 'Bashir Rahimi', isSelf: false },
      { id: 'e5f6a7b8', name: 'chiara bianchi', isSelf: false },
      { id: '0c9d8e7f', name: 'Dmitri', isSelf: false },
    ]);
    expect(facts.missing).toEqual([]);
  });

  test('left page alone reads as no call, and says the conference page is missing', () => {
    const facts = readJitsi(parseFixture('jitsi', 'left.html'), JITSI_URL);
    expect(facts.callState).toBe('none');
    expect(facts.missing).toEqual(['conference-page']);
  });

  test('a Meet page on a Jitsi URL is not a call; the welcome page has no room', () => {
    expect(readJitsi(parseFixture('meet', 'in-call-5.html'), JITSI_URL).callState).toBe('none');
    expect(
      readJitsi(parseFixture('jitsi', 'in-call-4.html'), 'https://meet.jit.si/'),
    ).toMatchObject({ meetingCode: null, callState: 'none' });
  });

  test('self-hosted origins only when added', () => {
    const url = 'https://jitsi.example.org/Crew';
    expect(jitsiAdapter.matches(url)).toBe(false);
    const selfHosted = createJitsiAdapter(['https://meet.jit.si', 'https://jitsi.example.org']);
    expect(selfHosted.matches(url)).toBe(true);
    expect(selfHosted.read(parseFixture('jitsi', 'in-call-4.html'), url).meetingCode).toBe('crew');
  });
});

describe('jitsiAdapter.watch', () => {
  test('prejoin, then the call, then hanging up: lobby, in-call, left', async () => {
    loadIntoDocument('jitsi', 'prejoin.html');
    controller = new AbortController();
    const seen: CallFacts[] = [];
    jitsiAdapter.watch(document, (facts) => seen.push(facts), controller.signal, {
      getUrl: () => JITSI_URL,
      leftGraceMs: 50,
      batchMs: 10,
    });
    await frames();
    loadIntoDocument('jitsi', 'in-call-4.html');
    await frames();
    loadIntoDocument('jitsi', 'left.html');
    await frames();
    await frames();
    expect(seen.map((facts) => facts.callState)).toEqual(['lobby', 'in-call', 'left']);
    expect(seen[1]?.roster).toHaveLength(4);
    expect(seen[2]?.missing).toEqual([]); // leaving is not "support degraded"
  });
});
