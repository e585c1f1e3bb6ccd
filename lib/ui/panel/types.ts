// What a facilitation panel needs from wherever it is mounted (side panel now, a shadow root in
// Google Meet later). Everything arrives as props; the panel owns no storage and no browser API.
import type { PanelContext, SetupSource } from '../../core/crew-context';
import type { RoundKind, Settings } from '../../core/model';
import type { KickoffSchedule } from '../../core/pathway/kickoff-schedule';
import type { ScheduleProposal } from '../../core/pathway/schedule-proposal';
import type { RoundEvent, RoundPerson, RoundState } from '../../core/round';
import type { ChimeScheduler } from '../audio/chime';

export type { PanelContext, SetupSource } from '../../core/crew-context';

export interface PanelPrompt {
  text: string;
}

export interface RoundSetupResult {
  kind: RoundKind;
  /** A round in its `ready` state: the order is shown before anyone starts. */
  state: RoundState;
  /** Set for a quick round: the names to remember for next time. */
  quickRoundNames?: string[];
}

export type PanelSettings = Pick<Settings, 'chimeVolume' | 'warnBeforeEndSeconds' | 'autoAdvance'>;

export interface FacilitationPanelProps {
  round: RoundState | null;
  /** The clock; injected so tests run exact. */
  now: () => number;
  dispatch: (event: RoundEvent) => void;
  context: PanelContext;
  prompt: PanelPrompt | null;
  onAnotherPrompt?: (() => void) | undefined;
  settings: PanelSettings;
  setup: SetupSource;
  onStartRound: (setup: RoundSetupResult) => void;
  /** Leave a finished round's summary, or drop a round set up but not started. */
  onNewRound: () => void;
  chime?: ChimeScheduler | null | undefined;
  /**
   * Who is in the call now (crew members and guests), when the page tells; undefined in the side
   * panel. The running round offers to add whoever arrives and to skip whoever leaves.
   */
  inCall?: RoundPerson[] | undefined;
  /** What the host noted in a meeting's phases, by phase id, and how to keep a change. */
  notes?: Record<string, string> | undefined;
  onNote?: ((phaseId: string, text: string) => void) | undefined;
  /**
   * The kickoff's schedule (issue 10): the series as planned, what the host kept in this meeting,
   * and how to keep a change. Without `onSchedule` the panel asks for none.
   */
  scheduleProposal?: ScheduleProposal | undefined;
  schedule?: KickoffSchedule | undefined;
  onSchedule?: ((schedule: KickoffSchedule) => void) | undefined;
  /** Id source for new rounds; random by default. */
  newId?: (() => string) | undefined;
  /** Seed source for shuffles; random by default. */
  random?: (() => number) | undefined;
}
