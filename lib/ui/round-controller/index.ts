// The round controller's public face.

export {
  type ActiveRound,
  activeRoundOf,
  latestUnfinishedRound,
  type NewRoundRecord,
  newRoundRecord,
  withState,
} from '../../core/round-records';
export {
  type RoundController,
  type RoundControllerOptions,
  type RoundPort,
  useRoundController,
} from './useRoundController';
export {
  type PromptKind,
  type PromptRequest,
  type RoundSession,
  type RoundSessionBackend,
  type RoundSessionOptions,
  useRoundSession,
} from './useRoundSession';
