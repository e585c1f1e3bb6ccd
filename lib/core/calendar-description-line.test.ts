import { describe, expect, it } from 'vitest';
import { MAX_DESCRIPTION, placeLine, safeLine } from './calendar-description-line';

const LINE3 = 'Crewkit: Tuesday Crew · session 3 of 6 · Chiara hosts';
const LINE4 = 'Crewkit: Tuesday Crew · session 3 of 6 · Ana hosts';

/** Tag, re-tag, untag: what the description goes through. */
function roundTrip(original: string | undefined) {
  const tagged = placeLine(original, undefined, LINE3, true);
  const retagged = placeLine(tagged.description, tagged.line, LINE4, true);
  const untagged = placeLine(retagged.description, retagged.line, undefined, true);
  return { tagged, retagged, untagged };
}

describe('the optional description line', () => {
  it('is added at the end, replaced on re-tag and removed on untag, the rest byte for byte', () => {
    const original = 'Agenda:\r\n- check-in\n- rounds\n\n';
    const { tagged, retagged, untagged } = roundTrip(original);
    expect(tagged).toEqual({ description: `${original}\n\n${LINE3}`, line: LINE3 });
    expect(retagged).toEqual({ description: `${original}\n\n${LINE4}`, line: LINE4 });
    expect(retagged.description?.split(LINE4)).toHaveLength(2);
    expect(untagged).toEqual({ description: original, line: undefined });
  });

  it('is the whole description of an event without one, and leaves none behind', () => {
    const { tagged, untagged } = roundTrip(undefined);
    expect(tagged.description).toBe(LINE3);
    expect(untagged.description).toBe('');
  });

  it('keeps markup exactly as it was (Google stores the web editor’s HTML)', () => {
    const html = '<b>Bring</b> tea &amp; <a href="https://x.example/?a=1&b=2">notes</a><br>';
    const { tagged, untagged } = roundTrip(html);
    expect(tagged.description?.startsWith(html)).toBe(true);
    expect(untagged.description).toBe(html);
  });

  it('keeps a huge description byte for byte, and leaves one over the limit alone', () => {
    const huge = `${'x'.repeat(60_000)}\n${'ü😀'.repeat(10_000)}`;
    expect(roundTrip(huge).untagged.description).toBe(huge);
    const tooLong = 'y'.repeat(MAX_DESCRIPTION + 1);
    expect(placeLine(tooLong, undefined, LINE3, true)).toEqual({
      description: tooLong,
      line: undefined,
    });
  });

  it('never removes the same words typed by a person, only the line Crewkit wrote', () => {
    const typed = `${LINE3}\nPlease come on time.`;
    const { tagged, retagged, untagged } = roundTrip(typed);
    expect(tagged.description).toBe(`${typed}\n\n${LINE3}`);
    expect(retagged.description).toBe(`${typed}\n\n${LINE4}`);
    expect(untagged.description).toBe(typed);
  });

  it('does not count a longer line that merely contains ours as ours', () => {
    const text = `Note: ${LINE3} (old)`;
    const placed = placeLine(`${text}\n\n${LINE3}`, LINE3, undefined, true);
    expect(placed.description).toBe(text);
  });

  it('finds our line where the person moved it, and removes only it', () => {
    const moved = `Intro\n${LINE3}\nMore text after`;
    expect(placeLine(moved, LINE3, LINE4, true).description).toBe(
      `Intro\n${LINE4}\nMore text after`,
    );
    expect(placeLine(moved, LINE3, undefined, true).description).toBe('Intro\nMore text after');
  });

  it('does not put back a line the person deleted or edited', () => {
    const edited = 'Agenda\n\nCrewkit: Tuesday Crew · we meet in the garden';
    const retag = placeLine(edited, LINE3, LINE4, true);
    expect(retag.description).toBe(edited);
    // LINE_KEY keeps saying what we wrote, so the next re-tag does not add one either.
    expect(retag.line).toBe(LINE3);
    expect(placeLine(edited, LINE3, undefined, true)).toEqual({
      description: edited,
      line: undefined,
    });
  });

  it('with the setting off adds nothing, but keeps a line already there current', () => {
    expect(placeLine('Agenda', undefined, LINE3, false)).toEqual({
      description: 'Agenda',
      line: undefined,
    });
    expect(placeLine(`Agenda\n\n${LINE3}`, LINE3, LINE4, false).description).toBe(
      `Agenda\n\n${LINE4}`,
    );
  });

  it('is one line of plain text whatever the names hold', () => {
    expect(safeLine('Crewkit: <img src=x onerror=alert(1)>\nCrew & "Friends"\u202e')).toBe(
      'Crewkit: img src=x onerror=alert(1) Crew Friends',
    );
    expect(safeLine(`Crewkit: ${'z'.repeat(5000)}`).length).toBe(1000);
  });
});
