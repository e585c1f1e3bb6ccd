// The call feature every call page loads: watches the call through the site adapter; when the
// user has joined a crew's call (or any call, if they chose that) it opens the panel, otherwise
// it offers a small launcher. When the call ends it closes the crew session through the
// background. The panel itself is loaded into the tab only when first opened (frame-host.ts).
import { browser } from 'wxt/browser';
import { type AttendanceLog, attendanceLog } from '../../core/attendance';
import { callPeople } from '../../core/call-people';
import { askAgainOnFailure } from '../../messaging/ask-again';
import { checkPayload } from '../../messaging/check';
import { messenger, sendMessage } from '../../messaging/messenger';
import type { CallPanelState, CallProgress, NextHostQuestion } from '../../messaging/protocol';
import { EmptySchema } from '../../messaging/schemas';
import type { CallFacts, SiteAdapter } from '../../sites/adapter';
import { observe } from '../../sites/dom/observe';
import { type Observable, observable, type PageFeature } from '../feature';
import type { CallBackend } from './backend';
import { type CallBridge, type PanelMode, publishBridge, takeBridge } from './bridge';
import { createLauncher } from './launcher';

/** Record kinds the call's loaded state is read from (store-change.ts lists them all). */
const CALL_STATE_KINDS: ReadonlySet<string> = new Set([
  'crew',
  'series',
  'session',
  'deck',
  'settings',
]);

export interface CallWatchDeps {
  adapter: SiteAdapter;
  /** The page's call facts, kept current by the one watch in ./index.ts. */
  facts: Observable<CallFacts>;
  backend: CallBackend;
  /** Put text into the call's chat box; false when the chat is closed. */
  fillChat?: ((text: string) => boolean) | undefined;
}

const ENDED = new Set(['left', 'ended']);

/**
 * Where the call stands for the background. `attendance` is this call's log: the members now in
 * the roster are noted in it, and everyone seen so far goes with the progress.
 */
export function progressOf(
  facts: CallFacts,
  state: CallPanelState,
  url: string,
  attendance: AttendanceLog,
  now: number,
): CallProgress | null {
  if (!state.crew) return null;
  const people = callPeople(facts.roster, state.crew.members);
  const presentIds = people.members.map((m) => m.personId);
  attendance.see(presentIds, now);
  return {
    ...(facts.site === 'meet' && facts.meetingCode ? { meetCode: facts.meetingCode } : { url }),
    crewId: state.crew.id,
    ...(state.crewContext?.sessionId ? { sessionId: state.crewContext.sessionId } : {}),
    presentIds,
    ...(people.selfId ? { selfId: people.selfId } : {}),
    sightings: attendance.sightings(now).slice(0, MAX_SIGHTINGS),
  };
}

/** The message's limit (lib/messaging/schemas.ts CallProgressSchema); crews are smaller. */
const MAX_SIGHTINGS = 50;

export const callWatchFeature: PageFeature<CallWatchDeps> = {
  name: 'call-watch',
  // The call script runs only where its site adapter matches (the manifest's matches for Meet,
  // the registered origins for Jitsi); the watch itself follows the meeting code in place.
  include: () => true,
  init(signal, { adapter, facts, backend, fillChat }) {
    const state = observable<CallPanelState | null>(null);
    const mode = observable<PanelMode>('closed');
    const nextHost = observable<NextHostQuestion | null>(null);
    const bridge: CallBridge = { facts, state, mode, nextHost, backend, fillChat, signal };
    // Passive: woken with the call watch's batches, never one of its own (the talk sampler).
    bridge.pageChanged = (callback, until) =>
      observe(document, () => callback(), { signal: until, passive: true });
    publishBridge(bridge);

    let loadedFor: string | null | undefined;
    let lastProgress: CallProgress | null = null;
    /** Who came and went in this call (issue 8: who was there is everyone who came). */
    let attendance = attendanceLog();
    let wasInCall = false;
    let panelRequested = false;

    const loadState = async () => {
      const code = facts.get().meetingCode;
      const call = adapter.site === 'meet' && code ? { meetCode: code } : { url: location.href };
      const loaded = await sendMessage('cs:callPanelState', call);
      loadedFor = code;
      state.set(loaded);
      return loaded;
    };
    const openPanel = async () => {
      if (!state.get() || loadedFor !== facts.get().meetingCode) await loadState();
      launcher.hide();
      mode.set('open');
      if (!panelRequested) {
        panelRequested = true;
        // The panel script reads the bridge and mounts itself; it is added once per page.
        await askAgainOnFailure(() => sendMessage('cs:loadPanel', { panel: 'call' }), signal).catch(
          (error) => {
            panelRequested = false;
            throw error;
          },
        );
      }
    };
    const launcher = createLauncher(() => {
      // The launcher had the focus and is hidden now: the panel takes it over.
      bridge.focusOnOpen = true;
      openPanel().catch(() => {});
    }, signal);
    mode.subscribe((next) => {
      if (next !== 'closed' || !wasInCall) return;
      // Closed with the keyboard (the panel's × had the focus): the launcher that replaces the
      // panel takes it, so focus is not dropped to the page's top (issue 11). Focus elsewhere on
      // Meet's page (its own controls) is left alone. From outside its shadow root, focus inside
      // the panel shows as its host element.
      const active = document.activeElement;
      const panelHadFocus =
        !active || active === document.body || active.localName === 'crewkit-call';
      launcher.show({ focus: panelHadFocus });
    });

    const onFacts = async (current: CallFacts) => {
      if (current.callState === 'in-call') {
        if (!wasInCall || loadedFor !== current.meetingCode) {
          wasInCall = true;
          attendance = attendanceLog();
          nextHost.set(null);
          // The background may be starting again: asked again, and if it still cannot answer,
          // the next change of the call asks once more.
          const loaded = await askAgainOnFailure(loadState, signal).catch((error) => {
            wasInCall = false;
            throw error;
          });
          if (mode.get() === 'closed') {
            if (loaded.crew || loaded.settings.panelOnEveryCall) await openPanel();
            else launcher.show();
          }
        }
        const loaded = state.get();
        const progress =
          loaded && progressOf(current, loaded, location.href, attendance, Date.now());
        if (progress && JSON.stringify(progress) !== JSON.stringify(lastProgress)) {
          lastProgress = progress;
          backend.reportProgress(progress);
        }
      } else if (ENDED.has(current.callState) && wasInCall) {
        wasInCall = false;
        launcher.hide();
        // The roster is gone once the call has ended: close with who was there during it.
        if (lastProgress) {
          // Those still there at the end stayed until now.
          const final = { ...lastProgress, sightings: attendance.sightings(Date.now()) };
          nextHost.set(await sendMessage('cs:callEnded', final));
          await openPanel();
        }
      }
    };

    // The crew, its sessions or the settings changed elsewhere (options page, another tab):
    // the panel shows the new state without a reload. Round saves are left to the round
    // controller, which reads rounds itself; a calendar sync's notice ('calendar-sync') is for
    // calendar tabs, so a call re-reads only for the kinds its state is made of.
    backend.onStoreChange((change) => {
      const relevant = change.kinds.some((kind) => CALL_STATE_KINDS.has(kind));
      if (relevant && state.get() && wasInCall) loadState().catch(() => {});
    }, signal);

    const stopFacts = facts.subscribe((current) => {
      if (!signal.aborted) onFacts(current).catch(() => {});
    });
    onFacts(facts.get()).catch(() => {});

    // The toolbar popup opens the panel on any call, even one Crewkit cannot read.
    const stop = messenger.onMessage('popup:openCallPanel', (message) => {
      checkPayload(
        'popup:openCallPanel',
        EmptySchema,
        message.data,
        message.sender,
        browser.runtime.id,
      );
      openPanel().catch(() => {});
      return true;
    });
    signal.addEventListener(
      'abort',
      () => {
        stop();
        stopFacts();
        if (takeBridge() === bridge) publishBridge(undefined as unknown as CallBridge);
      },
      { once: true },
    );
  },
};
