// The first experiment a new crew can run: six one-hour meetings (kickoff, four peer-coaching
// meetings, retrospective), after reference/microsolidarity.md "How You Can Get Started".
// Every title and guidance line here is written for Crewkit; nothing is copied from a source.
import type { AgendaPhase, SeriesTemplate, SessionPlan } from './model';

function phase(
  id: string,
  kind: AgendaPhase['kind'],
  minutes: number,
  title: string,
  guidance: string,
): AgendaPhase {
  return { id, kind, minutes, title, guidance };
}

/**
 * Case Clinic timings (3/10/2/10/20/10 = 55 minutes). The closing round gives everyone a turn,
 * so it is a round; mirroring is too, one coach after another.
 */
export const CASE_CLINIC_PHASES: AgendaPhase[] = [
  phase(
    'case-setup',
    'phase',
    3,
    'Set-up',
    'Agree who brings the case today and who keeps time. Everyone else is a coach.',
  ),
  phase(
    'case-intention',
    'phase',
    10,
    'Intention statement',
    'The case giver describes the situation and the question they hold. Coaches only listen, and may ask to clarify at the end.',
  ),
  phase(
    'case-stillness',
    'phase',
    2,
    'Stillness',
    'Two quiet minutes. Notice what the story stirs in you: an image, a feeling, a question.',
  ),
  phase(
    'case-mirroring',
    'round',
    10,
    'Mirroring',
    'Each coach in turn offers the image, feeling or gesture that came up, without advice. The case giver just receives.',
  ),
  phase(
    'case-dialogue',
    'phase',
    20,
    'Generative dialogue',
    'The case giver responds, then the crew explores the question together. Stay curious rather than solving.',
  ),
  phase(
    'case-closing',
    'round',
    10,
    'Closing round',
    'Each coach shares a last thought for the case giver; the case giver speaks last about what they are taking away.',
  ),
];

/** For any crew meeting without a plan of its own; adds up to one hour. */
export const DEFAULT_SESSION_AGENDA: AgendaPhase[] = [
  phase(
    'check-in',
    'check-in',
    15,
    'Check-in round',
    'One at a time, say how you are arriving today. Everyone else listens; anyone may pass.',
  ),
  phase(
    'open-time',
    'phase',
    35,
    'Open time',
    'Whatever the crew chose for today. The host keeps an eye on the time and on quieter voices.',
  ),
  phase(
    'check-out',
    'check-out',
    10,
    'Check-out round',
    'One at a time, name what you are leaving with. Then agree who hosts next time.',
  ),
];

const kickoff: SessionPlan = {
  title: 'Kickoff',
  purpose: 'Meet as a crew, say why each of us came, and agree how we will meet.',
  focusOnOneMember: false,
  agenda: [
    phase(
      'check-in',
      'check-in',
      10,
      'Check-in round',
      'One at a time, say how you are arriving and what made you say yes to this crew.',
    ),
    phase(
      'intentions',
      'round',
      15,
      'Intentions',
      'Each person shares what they hope to get from these six meetings and what they can offer.',
    ),
    phase(
      'agreements',
      'phase',
      15,
      'Agreements',
      'Settle a few agreements that help you feel safe: what stays in the crew, how to say no, what to do if you cannot come.',
    ),
    phase(
      'schedule',
      'phase',
      10,
      'Schedule and hosting',
      'Confirm the dates, who hosts each meeting and who brings a case to each peer-coaching meeting.',
    ),
    phase(
      'check-out',
      'check-out',
      10,
      'Check-out round',
      'One at a time, say how you feel about the crew now.',
    ),
  ],
};

/** Check-in 3 + Case Clinic 55 + check-out 2: one hour with the Case Clinic timings intact. */
const peerCoaching: SessionPlan = {
  title: 'Peer coaching: Case Clinic',
  purpose: 'One member brings a real question; the rest of the crew coaches by listening deeply.',
  focusOnOneMember: true,
  agenda: [
    phase(
      'check-in',
      'check-in',
      3,
      'Check-in round',
      'A word or a sentence each about how you are arriving. Keep it short: today belongs to the case.',
    ),
    ...CASE_CLINIC_PHASES,
    phase(
      'check-out',
      'check-out',
      2,
      'Check-out round',
      'One word each to close. The host confirms who brings the case next time.',
    ),
  ],
};

const retrospective: SessionPlan = {
  title: 'Retrospective',
  purpose: 'Look back on the six meetings together and decide what comes next.',
  focusOnOneMember: false,
  agenda: [
    phase(
      'check-in',
      'check-in',
      5,
      'Check-in round',
      'One at a time, say how you are arriving at our last meeting of this series.',
    ),
    phase(
      'liked',
      'round',
      15,
      'What we liked',
      'Each person names moments, practices or habits of this crew that worked for them.',
    ),
    phase(
      'improve',
      'round',
      15,
      'What we would improve',
      'Each person names what they would do differently. Speak about the crew, not about one person.',
    ),
    phase(
      'next',
      'phase',
      20,
      'Continue, change or split',
      'Decide together whether to carry on as we are, start a new series with changes, or part as friends. Every choice is a good outcome.',
    ),
    phase(
      'check-out',
      'check-out',
      5,
      'Check-out round',
      'One at a time, share what you are taking with you from this crew.',
    ),
  ],
};

export const STARTER_SERIES: SeriesTemplate = {
  id: 'starter-six-meetings',
  title: 'Six one-hour meetings',
  description:
    'A first experiment for a new crew: a kickoff, four peer-coaching meetings each focused on one member, and a retrospective.',
  sessions: [kickoff, peerCoaching, peerCoaching, peerCoaching, peerCoaching, retrospective],
};

/** The minutes an agenda adds up to. */
export function agendaMinutes(agenda: AgendaPhase[]): number {
  return agenda.reduce((sum, item) => sum + item.minutes, 0);
}

/** The plan of session `index` (1-based) of a series made from the starter template. */
export function planOfSession(
  series: { templateId?: string | undefined },
  index: number,
): SessionPlan | undefined {
  return series.templateId === STARTER_SERIES.id ? STARTER_SERIES.sessions[index - 1] : undefined;
}

/** The agenda a session runs: its plan's, or the default one-hour agenda. */
export function agendaOfSession(
  series: { templateId?: string | undefined },
  index: number,
): AgendaPhase[] {
  return planOfSession(series, index)?.agenda ?? DEFAULT_SESSION_AGENDA;
}
