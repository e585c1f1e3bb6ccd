import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('uses the injected random source', () => {
    expect(newId(() => 'fixed-id')).toBe('fixed-id');
  });

  it('makes distinct UUIDs by default', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newId()));
    expect(ids.size).toBe(50);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
