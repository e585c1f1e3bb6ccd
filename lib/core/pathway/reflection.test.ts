import { describe, expect, it } from 'vitest';
import { feedbackAnswers, hostReflectionPrompts, newReflection, withFeedback } from './reflection';

const NOW = '2026-10-06T19:00:00.000Z';

describe('a host reflection', () => {
  it('asks what went well, what was hard and which skill to grow, from the reflection deck', () => {
    expect(hostReflectionPrompts().map((p) => p.text)).toEqual([
      'What went the way you hoped?',
      'Where did you feel unsure while hosting, and what did you do then?',
      'Which skill did you use today that you would like to grow?',
    ]);
  });

  it('keeps the answers given, with the prompt as asked, and leaves empty ones out', () => {
    const reflection = newReflection(
      {
        crewId: 'harbour',
        sessionId: 's1',
        memberId: 'm1',
        answers: { 'rf-02': ' Everyone spoke. ', 'rf-13': '', 'rf-16': 'Holding silence' },
        feedbackText: '',
      },
      NOW,
      () => 'rf-1',
    );
    expect(reflection).toEqual({
      v: 2,
      id: 'rf-1',
      crewId: 'harbour',
      sessionId: 's1',
      memberId: 'm1',
      createdAt: NOW,
      answers: [
        { promptId: 'rf-02', prompt: 'What went the way you hoped?', text: 'Everyone spoke.' },
        {
          promptId: 'rf-16',
          prompt: 'Which skill did you use today that you would like to grow?',
          text: 'Holding silence',
        },
      ],
      feedback: [],
    });
  });

  it('splits pasted feedback at blank lines and reads "Name: text"', () => {
    const pasted =
      'Ines: Keep the stillness longer.\n\n\nKwame: Invite quieter voices first.\n\nMore pauses.';
    expect(feedbackAnswers(pasted, undefined, NOW)).toEqual([
      { from: 'Ines', text: 'Keep the stillness longer.', receivedAt: NOW },
      { from: 'Kwame', text: 'Invite quieter voices first.', receivedAt: NOW },
      { text: 'More pauses.', receivedAt: NOW },
    ]);
    expect(feedbackAnswers('Time: keep it.', 'Tomás', NOW)).toEqual([
      { from: 'Tomás', text: 'Time: keep it.', receivedAt: NOW },
    ]);
  });

  it('adds later feedback to the saved reflection', () => {
    const base = newReflection(
      { crewId: 'c', memberId: 'm', answers: {}, feedbackText: 'First.' },
      NOW,
      () => 'x',
    );
    expect(withFeedback(base, 'Second.', 'Pia', NOW).feedback.map((f) => f.text)).toEqual([
      'First.',
      'Second.',
    ]);
  });
});
