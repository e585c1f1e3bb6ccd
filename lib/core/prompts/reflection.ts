// The built-in reflection deck, written for Crewkit: for a host looking back after hosting, and
// for a crew's retrospective at the end of a series. Ids are stable: never renumber or reuse one.
import type { Prompt } from '../model.ts';

export const REFLECTION_PROMPTS: Prompt[] = [
  // 1: light.
  { id: 'rf-01', depth: 1, text: 'How did hosting feel for you today, in a word or two?' },
  { id: 'rf-02', depth: 1, text: 'What went the way you hoped?' },
  { id: 'rf-03', depth: 1, text: 'Which moment of the meeting are you glad about?' },
  { id: 'rf-04', depth: 1, text: 'What did you prepare that turned out useful?' },
  { id: 'rf-05', depth: 1, text: 'What would you keep the same next time?' },
  { id: 'rf-06', depth: 1, text: 'How did the pace of the meeting feel to you?' },
  { id: 'rf-07', depth: 1, text: 'What did you enjoy about being the host?' },
  { id: 'rf-08', depth: 1, text: 'What did the crew do that made hosting easier?' },
  { id: 'rf-09', depth: 1, text: 'What did you like about our meetings in this series?' },
  { id: 'rf-10', depth: 1, text: 'Which meeting of this series stands out for you, and why?' },
  { id: 'rf-11', depth: 1, text: 'How did the check-in round land, as far as you could tell?' },
  // 2: middle.
  {
    id: 'rf-12',
    depth: 2,
    text: 'If you hosted this meeting again, what would you try differently?',
  },
  {
    id: 'rf-13',
    depth: 2,
    text: 'Where did you feel unsure while hosting, and what did you do then?',
  },
  { id: 'rf-14', depth: 2, text: 'How did you look after every voice being heard?' },
  { id: 'rf-15', depth: 2, text: 'What did you notice in yourself when the conversation drifted?' },
  { id: 'rf-16', depth: 2, text: 'Which skill did you use today that you would like to grow?' },
  { id: 'rf-17', depth: 2, text: 'What did hosting teach you about this crew?' },
  {
    id: 'rf-18',
    depth: 2,
    text: 'Who might you ask for feedback on your hosting, and what would you ask them?',
  },
  { id: 'rf-19', depth: 2, text: 'How did you balance keeping time with keeping the mood?' },
  { id: 'rf-20', depth: 2, text: 'What would you improve about how we meet?' },
  { id: 'rf-21', depth: 2, text: 'How has being part of this crew touched your weeks?' },
  { id: 'rf-22', depth: 2, text: 'What did you give to this crew, and what did you receive?' },
  { id: 'rf-23', depth: 2, text: 'What was it like to hand the hosting on to the next person?' },
  { id: 'rf-24', depth: 2, text: 'How did you respond when something did not go as planned?' },
  // 3: deeper.
  {
    id: 'rf-25',
    depth: 3,
    text: 'What did hosting show you about your habits when you lead others?',
  },
  {
    id: 'rf-26',
    depth: 3,
    text: 'Where did you hold back, and what might have been underneath that?',
  },
  {
    id: 'rf-27',
    depth: 3,
    text: 'What did you feel in your body at the trickiest moment of hosting?',
  },
  { id: 'rf-28', depth: 3, text: 'Which stories about yourself as a host did you notice today?' },
  { id: 'rf-29', depth: 3, text: 'What kind of host would you like to grow into?' },
  { id: 'rf-30', depth: 3, text: 'How did you care for yourself while caring for the group?' },
  {
    id: 'rf-31',
    depth: 3,
    text: 'Continue, change, or part ways: how do you feel about each path for our crew?',
  },
  { id: 'rf-32', depth: 3, text: 'What would you like to say to the crew as this series ends?' },
  { id: 'rf-33', depth: 3, text: 'What has grown in you over these meetings?' },
  {
    id: 'rf-34',
    depth: 3,
    text: 'What helped you trust the group, and what made trusting harder?',
  },
  {
    id: 'rf-35',
    depth: 3,
    text: 'What feels right for you next: hosting again, a larger group, or a rest?',
  },
];
