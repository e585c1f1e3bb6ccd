// The page's side of site health (issue 8): its first report goes out even when nothing is
// missing, so a page that works again clears what the tab's earlier page reported.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MissingSignal } from '../sites/health';
import { observable } from './feature';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('../messaging/messenger', () => ({
  sendMessage: async (type: string, data: unknown) => {
    sent.push({ type, data });
  },
}));
const { siteHealthFeature } = await import('./site-health');

afterEach(() => {
  sent.length = 0;
});

describe('site-health feature', () => {
  it('reports a healthy page once as it starts, then only changes', () => {
    const missing = observable<readonly MissingSignal[]>([]);
    const controller = new AbortController();
    siteHealthFeature.init(controller.signal, { health: { site: 'meet', missing } });
    missing.set([]);
    missing.set(['tile-names']);
    missing.set(['tile-names']);
    missing.set([]);
    controller.abort();
    missing.set(['call-controls']);
    expect(sent).toEqual([
      { type: 'cs:reportSiteHealth', data: { site: 'meet', missing: [] } },
      { type: 'cs:reportSiteHealth', data: { site: 'meet', missing: ['tile-names'] } },
      { type: 'cs:reportSiteHealth', data: { site: 'meet', missing: [] } },
    ]);
  });
});
