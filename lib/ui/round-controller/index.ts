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
  handleRoundCommand,
  ROUND_COMMANDS,
  type RoundCommand,
  type RoundCommandDeps,
} from '../../store/round-commands';
export {
  type RoundController,
  type RoundControllerOptions,
  type RoundPort,
  useRoundController,
} from './useRoundController';
