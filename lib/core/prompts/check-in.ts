// The built-in check-in deck, written for Crewkit. Each prompt invites interior curiosity (what is
// alive, felt, needed or wanted right now) and leaves every person free to answer lightly or pass.
// Ids are stable: never renumber or reuse one, since crews store which ids they have used.
import type { Prompt } from '../model.ts';

export const CHECK_IN_PROMPTS: Prompt[] = [
  // 1: light, easy to answer on a first meeting.
  { id: 'ci-01', depth: 1, text: 'What is the weather inside you today, in a word or two?' },
  { id: 'ci-02', depth: 1, text: 'How are you arriving here right now?' },
  { id: 'ci-03', depth: 1, text: 'What is one small thing that went well for you this week?' },
  { id: 'ci-04', depth: 1, text: 'What colour would you give your mood at the moment?' },
  { id: 'ci-05', depth: 1, text: 'What has kept you busy since we last met?' },
  { id: 'ci-06', depth: 1, text: 'From one to five, how much energy are you bringing today?' },
  { id: 'ci-07', depth: 1, text: 'What did you notice on your way to this call or this room?' },
  { id: 'ci-08', depth: 1, text: 'Whose company have you enjoyed lately?' },
  {
    id: 'ci-09',
    depth: 1,
    text: 'Is there a sound, a smell or a taste that stayed with you lately?',
  },
  {
    id: 'ci-10',
    depth: 1,
    text: 'What would you like to put down for the next hour, so you can be here?',
  },
  {
    id: 'ci-11',
    depth: 1,
    text: 'What have you enjoyed making or doing with your hands recently?',
  },
  { id: 'ci-12', depth: 1, text: 'How did you sleep, and how does your body feel now?' },
  { id: 'ci-13', depth: 1, text: 'What made you smile, even a little, in the past few days?' },
  { id: 'ci-14', depth: 1, text: 'If your day so far were a landscape, what would it look like?' },
  {
    id: 'ci-15',
    depth: 1,
    text: 'Which part of your day are you still carrying as you sit down with us?',
  },
  {
    id: 'ci-16',
    depth: 1,
    text: 'What have you been reading, watching or listening to that stays with you?',
  },
  { id: 'ci-17', depth: 1, text: 'Where are you sitting right now, and how does that place feel?' },
  { id: 'ci-18', depth: 1, text: 'What simple pleasure came your way this week?' },
  { id: 'ci-19', depth: 1, text: 'What song would fit your mood right now?' },
  {
    id: 'ci-20',
    depth: 1,
    text: 'How much of you has arrived so far: a little, half, or all of you?',
  },
  { id: 'ci-21', depth: 1, text: 'What single word fits how you feel as we begin?' },
  { id: 'ci-22', depth: 1, text: 'What has surprised you since our last meeting?' },
  // 2: middle, once the crew has met a few times.
  { id: 'ci-23', depth: 2, text: 'What is alive for you right now, if you care to share?' },
  { id: 'ci-24', depth: 2, text: 'Which feeling has visited you most often this week?' },
  { id: 'ci-25', depth: 2, text: 'What do you need from this hour, if anything?' },
  { id: 'ci-26', depth: 2, text: 'What has been taking up space in your thoughts lately?' },
  {
    id: 'ci-27',
    depth: 2,
    text: 'Where did you feel at ease this week, and where did you feel tense?',
  },
  { id: 'ci-28', depth: 2, text: 'What are you curious about in yourself at the moment?' },
  {
    id: 'ci-29',
    depth: 2,
    text: 'What are you grateful for today, and who might you thank for it?',
  },
  { id: 'ci-30', depth: 2, text: 'What has given you energy lately, and what has drained it?' },
  {
    id: 'ci-31',
    depth: 2,
    text: 'Is there a choice in front of you that you keep coming back to?',
  },
  { id: 'ci-32', depth: 2, text: 'What did you want this week but not ask for?' },
  { id: 'ci-33', depth: 2, text: 'What have you learned about yourself since our last meeting?' },
  { id: 'ci-34', depth: 2, text: 'What would make this hour feel worthwhile to you?' },
  {
    id: 'ci-35',
    depth: 2,
    text: 'Which of your needs has been well met lately, and which has waited?',
  },
  { id: 'ci-36', depth: 2, text: 'What small change have you noticed in how you feel these days?' },
  { id: 'ci-37', depth: 2, text: 'What are you proud of from the past week, however small?' },
  {
    id: 'ci-38',
    depth: 2,
    text: 'What thought keeps returning to you, like a tune you can’t switch off?',
  },
  { id: 'ci-39', depth: 2, text: 'How is your heart today, compared with the last time we met?' },
  {
    id: 'ci-40',
    depth: 2,
    text: 'Is there something you would like us to know about how you are, before we begin?',
  },
  {
    id: 'ci-41',
    depth: 2,
    text: 'What have you been putting off, and how does that sit with you?',
  },
  {
    id: 'ci-42',
    depth: 2,
    text: 'Where in your body do you notice how you are feeling right now?',
  },
  { id: 'ci-43', depth: 2, text: 'What do you find yourself longing for at the moment?' },
  { id: 'ci-44', depth: 2, text: 'What kind of company or solitude have you been craving?' },
  // 3: deeper, for a crew that has grown some trust. Still an invitation, never a demand.
  {
    id: 'ci-45',
    depth: 3,
    text: 'What story have you been telling yourself lately, and how true does it feel?',
  },
  {
    id: 'ci-46',
    depth: 3,
    text: 'What feeling are you making room for right now, even if it is uncomfortable?',
  },
  {
    id: 'ci-47',
    depth: 3,
    text: 'If you could ask for one kind of support today, what would it be?',
  },
  {
    id: 'ci-48',
    depth: 3,
    text: 'What are you quietly hoping for that you have not said out loud yet?',
  },
  {
    id: 'ci-49',
    depth: 3,
    text: 'Have you caught yourself judging yourself this week? Share it if you are willing.',
  },
  {
    id: 'ci-50',
    depth: 3,
    text: 'Where do you feel a pull between what you want and what others expect of you?',
  },
  { id: 'ci-51', depth: 3, text: 'What are you learning to accept about yourself?' },
  { id: 'ci-52', depth: 3, text: 'When did you last feel fully yourself, and what was happening?' },
  {
    id: 'ci-53',
    depth: 3,
    text: 'Beneath the busy parts of life, what matters most to you right now?',
  },
  { id: 'ci-54', depth: 3, text: 'What question are you living with these days?' },
  { id: 'ci-55', depth: 3, text: 'What inside you is asking for more attention than it gets?' },
  { id: 'ci-56', depth: 3, text: 'What are you holding on to that you might be ready to release?' },
  {
    id: 'ci-57',
    depth: 3,
    text: 'How do you treat yourself when things get hard? Notice it, if you like.',
  },
  {
    id: 'ci-58',
    depth: 3,
    text: 'What part of you would you like to bring more of into this crew?',
  },
  {
    id: 'ci-59',
    depth: 3,
    text: 'What are you unsure about, and how is it to sit with not knowing?',
  },
  { id: 'ci-60', depth: 3, text: 'Which feeling has had little room in your life lately?' },
  { id: 'ci-61', depth: 3, text: 'What gives you a sense of meaning at this point in your life?' },
  { id: 'ci-62', depth: 3, text: 'Where in your life do you feel yourself growing right now?' },
  {
    id: 'ci-63',
    depth: 3,
    text: 'What would you do differently this week if you trusted yourself a little more?',
  },
  { id: 'ci-64', depth: 3, text: 'Is there a need of yours that feels hard to put into words?' },
  {
    id: 'ci-65',
    depth: 3,
    text: 'Is something tender with you today that you would like the crew to hold with you?',
  },
  { id: 'ci-66', depth: 3, text: 'What are you slowly becoming?' },
];
