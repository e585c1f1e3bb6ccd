// The round controller's public face.
export {
  handleRoundCommand,
  ROUND_COMMANDS,
  type RoundCommand,
  type RoundCommandDeps,
} from './commands';
export {
  type ActiveRound,
  activeRoundOf,
  latestUnfinishedRound,
  type NewRoundRecord,
  newRoundRecord,
  withState,
} from './records';
export {
  type RoundController,
  type RoundControllerOptions,
  type RoundPort,
  useRoundController,
} from './useRoundController';
