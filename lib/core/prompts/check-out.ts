// The built-in check-out deck, written for Crewkit: short closing prompts about what each person
// leaves with. Ids are stable: never renumber or reuse one.
import type { Prompt } from '../model.ts';

export const CHECK_OUT_PROMPTS: Prompt[] = [
  // 1: light.
  { id: 'co-01', depth: 1, text: 'What is one word for how you are leaving?' },
  { id: 'co-02', depth: 1, text: 'What are you taking with you from this hour?' },
  { id: 'co-03', depth: 1, text: 'What are you heading into right after this?' },
  { id: 'co-04', depth: 1, text: 'How is your energy now, compared with when we started?' },
  { id: 'co-05', depth: 1, text: 'Which moment of this meeting did you enjoy?' },
  { id: 'co-06', depth: 1, text: 'What did you hear today that you want to remember?' },
  { id: 'co-07', depth: 1, text: 'How would you sum up this hour in three words?' },
  { id: 'co-08', depth: 1, text: 'What are you looking forward to before we meet again?' },
  { id: 'co-09', depth: 1, text: 'Is there someone here you would like to thank?' },
  { id: 'co-10', depth: 1, text: 'Which kind of weather matches your mood as we finish?' },
  { id: 'co-11', depth: 1, text: 'What small treat could you give yourself after this?' },
  { id: 'co-12', depth: 1, text: 'From one to five, how full is your cup now?' },
  { id: 'co-13', depth: 1, text: 'What made you laugh or smile today?' },
  { id: 'co-14', depth: 1, text: 'Is there a last word you would like to offer before we close?' },
  { id: 'co-15', depth: 1, text: 'What image or phrase from today will stay with you?' },
  // 2: middle.
  { id: 'co-16', depth: 2, text: 'What shifted for you during this meeting, if anything?' },
  { id: 'co-17', depth: 2, text: 'What surprised you about yourself today?' },
  { id: 'co-18', depth: 2, text: 'What small step would you like to take before we meet next?' },
  { id: 'co-19', depth: 2, text: 'What did you appreciate in how we were together today?' },
  { id: 'co-20', depth: 2, text: 'What question are you leaving with?' },
  { id: 'co-21', depth: 2, text: 'What did you notice in yourself while others were speaking?' },
  { id: 'co-22', depth: 2, text: 'How do you feel about what you shared today?' },
  { id: 'co-23', depth: 2, text: 'What would help you most for the rest of your day?' },
  { id: 'co-24', depth: 2, text: 'What would you like us to remember at our next meeting?' },
  { id: 'co-25', depth: 2, text: 'What would you like to leave behind in this room?' },
  { id: 'co-26', depth: 2, text: 'What felt easy for you today, and what felt harder?' },
  { id: 'co-27', depth: 2, text: 'Whose words are still echoing for you?' },
  {
    id: 'co-28',
    depth: 2,
    text: 'What did you learn about someone here that you did not know before?',
  },
  {
    id: 'co-29',
    depth: 2,
    text: 'In light of today, what would you like to try in the coming days?',
  },
  { id: 'co-30', depth: 2, text: 'What are you curious to find out before our next meeting?' },
  // 3: deeper.
  { id: 'co-31', depth: 3, text: 'What feels different in you now from when you arrived?' },
  { id: 'co-32', depth: 3, text: 'Did you take a risk today, even a small one? How was it?' },
  { id: 'co-33', depth: 3, text: 'What part of you felt seen today?' },
  {
    id: 'co-34',
    depth: 3,
    text: 'Is there something you held back today that you might bring next time, if you wish?',
  },
  {
    id: 'co-35',
    depth: 3,
    text: 'What would you like to be gentle with yourself about this week?',
  },
  { id: 'co-36', depth: 3, text: 'What is settling in you as we close?' },
  { id: 'co-37', depth: 3, text: 'What intention would you like to carry out of this room?' },
  { id: 'co-38', depth: 3, text: 'What are you grateful to yourself for, from this hour?' },
  {
    id: 'co-39',
    depth: 3,
    text: 'Which feeling would you like to stay with for a while after we part?',
  },
  { id: 'co-40', depth: 3, text: 'How would you like to be supported until we meet again?' },
  { id: 'co-41', depth: 3, text: 'What does this crew mean to you right now?' },
  {
    id: 'co-42',
    depth: 3,
    text: 'What is still unfinished for you, and how would you like to hold it?',
  },
  { id: 'co-43', depth: 3, text: 'What did you discover today about what matters to you?' },
  {
    id: 'co-44',
    depth: 3,
    text: 'If you could send one wish with each of us as we go, what would it be?',
  },
];
