// What a facilitation panel needs from wherever it is mounted (side panel now, a shadow root in
// Google Meet later). Everything arrives as props; the panel owns no storage and no browser API.
import type { AgendaPhase, Id, RoundKind, Settings } from '../../core/model';
import type { RoundEvent, RoundPerson, RoundState } from '../../core/round';
import type { ChimeScheduler } from '../audio/chime';

export interface PanelContext {
  crewName?: string | undefined;
  sessionLabel?: { index: number; of?: number | undefined } | undefined;
  hostName?: string | undefined;
  agreements: string[];
}

export interface PanelPrompt {
  text: string;
}

/** Who and what a new round can be made from. */
export interface SetupSource {
  /** The crew's members in rotation order; undefined for a quick round with typed names. */
  members?: RoundPerson[] | undefined;
  hostId?: Id | undefined;
  /** Who spoke first last time, so someone else can start. */
  lastFirstSpeakerId?: Id | undefined;
  /** Names typed for the last quick round, offered again. */
  quickRoundNames: string[];
  /** This session's agenda, if the crew has one planned; the host may adjust it. */
  sessionAgenda?: AgendaPhase[] | undefined;
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
  /** Id source for new rounds; random by default. */
  newId?: (() => string) | undefined;
  /** Seed source for shuffles; random by default. */
  random?: (() => number) | undefined;
}
