// The round engine's public face: import from 'lib/core/round'.
export { phaseMs, projectedShareMs, shareFor } from './budget.ts';
export {
  type AgendaRoundOptions,
  createAgendaRound,
  createTurnRound,
  type TurnRoundOptions,
} from './create.ts';
export { applyRoundEvent, settle } from './engine.ts';
export { type RoundLog, type RoundLogPerson, type RoundLogPhase, roundLog } from './log.ts';
export { activeTurns, isTurnPhase, stageRound } from './meeting.ts';
export { type MeetingPlace, meetingPlace } from './meeting-view.ts';
export {
  applyOrder,
  explicitOrder,
  hostFirstOrder,
  mulberry32,
  type RoundOrder,
  seededShuffle,
  startWithSomeoneElse,
} from './order.ts';
export { parseRoundState } from './parse.ts';
export * from './types.ts';
export {
  type FinishedSlot,
  nextChimeAt,
  nextWarningAt,
  type RoundView,
  roundView,
} from './view.ts';
