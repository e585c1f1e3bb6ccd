import { describe, expect, it } from 'vitest';
import { pathwayReflectHash } from './reflect-link';

describe('pathwayReflectHash', () => {
  it('names the crew and the session, each escaped so neither can leave the pathway route', () => {
    expect(pathwayReflectHash('tuesday-crew', 'first-six-1')).toBe(
      '#pathway/reflect/tuesday-crew/first-six-1',
    );
    expect(pathwayReflectHash('c/1', '../popup.html?x#y')).toBe(
      '#pathway/reflect/c%2F1/..%2Fpopup.html%3Fx%23y',
    );
  });
});
