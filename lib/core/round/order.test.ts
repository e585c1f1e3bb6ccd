import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTurnRound } from './create.ts';
import {
  explicitOrder,
  hostFirstOrder,
  mulberry32,
  seededShuffle,
  startWithSomeoneElse,
} from './order.ts';
import { roundView } from './view.ts';

const crew = ['ana', 'ben', 'cleo', 'dev', 'eli'].map((id) => ({ personId: id, name: id }));
const ids = (list: { personId: string }[]) => list.map((p) => p.personId);

describe('mulberry32', () => {
  it('matches the reference sequence for seed 1', () => {
    const random = mulberry32(1);
    expect(random()).toBeCloseTo(0.6270739405881613, 15);
    expect(random()).toBeCloseTo(0.002735721180215478, 15);
  });

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = mulberry32(seed);
        for (let i = 0; i < 20; i++) {
          const value = random();
          if (value < 0 || value >= 1) return false;
        }
        return true;
      }),
    );
  });
});

describe('hostFirstOrder', () => {
  it('puts the host first and follows the rotation round', () => {
    expect(ids(hostFirstOrder(crew, 'cleo'))).toEqual(['cleo', 'dev', 'eli', 'ana', 'ben']);
  });

  it('keeps the rotation when the host is unknown', () => {
    expect(ids(hostFirstOrder(crew, 'nobody'))).toEqual(ids(crew));
  });
});

describe('seededShuffle', () => {
  it('gives the same order for the same seed, so it can be shown before starting', () => {
    expect(ids(seededShuffle(crew, 7))).toEqual(ids(seededShuffle(crew, 7)));
  });

  it('differs between seeds', () => {
    const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => ids(seededShuffle(crew, seed)).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('never loses or duplicates anyone', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(ids(seededShuffle(crew, seed)).sort()).toEqual(ids(crew).sort());
      }),
    );
  });
});

describe('explicitOrder', () => {
  it('follows the dragged order and keeps anyone it left out', () => {
    expect(ids(explicitOrder(crew, ['eli', 'ghost', 'ben', 'eli']))).toEqual([
      'eli',
      'ben',
      'ana',
      'cleo',
      'dev',
    ]);
  });
});

describe('startWithSomeoneElse', () => {
  it('rotates when last round’s first speaker would start again', () => {
    expect(ids(startWithSomeoneElse(crew, 'ana'))).toEqual(['ben', 'cleo', 'dev', 'eli', 'ana']);
  });

  it('leaves the order alone otherwise', () => {
    expect(ids(startWithSomeoneElse(crew, 'dev'))).toEqual(ids(crew));
    expect(ids(startWithSomeoneElse(crew.slice(0, 1), 'ana'))).toEqual(['ana']);
  });
});

describe('createTurnRound', () => {
  const budget = { kind: 'per-person', ms: 60_000 } as const;

  it('applies the order, then avoids last time’s first speaker', () => {
    const state = createTurnRound({
      id: 'r',
      people: crew,
      budget,
      order: { kind: 'host-first', hostId: 'cleo' },
      lastFirstSpeakerId: 'cleo',
    });
    const upcoming = roundView(state, 0).upcoming.map((s) => s.kind === 'turn' && s.personId);
    expect(upcoming).toEqual(['dev', 'eli', 'ana', 'ben', 'cleo']);
  });

  it('drops a person listed twice', () => {
    const state = createTurnRound({
      id: 'r',
      people: [...crew, { personId: 'ana', name: 'Ana again' }],
      budget,
    });
    expect(state.entries).toHaveLength(5);
  });
});
