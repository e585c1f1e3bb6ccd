import { describe, expect, it } from 'vitest';
import {
  JITSI_SCRIPT_FILE,
  type JitsiScriptRegistration,
  type RegistrationDeps,
  registrationFor,
  syncJitsiRegistrations,
} from './jitsi-registration';

/** A browser with some granted host patterns and a registry of dynamic content scripts. */
function fakeBrowser(options: {
  granted: string[];
  origins?: string[];
  registered?: JitsiScriptRegistration[];
}) {
  const registry = new Map<string, JitsiScriptRegistration>(
    (options.registered ?? []).map((script) => [script.id, script]),
  );
  const calls: string[] = [];
  const deps: RegistrationDeps = {
    getJitsiOrigins: async () => options.origins ?? [],
    permissions: {
      contains: async ({ origins }) =>
        origins.every(
          (pattern) => options.granted.includes(pattern) || options.granted.includes('https://*/*'),
        ),
    },
    scripting: {
      getRegisteredContentScripts: async () =>
        [...registry.values()].map((s) => structuredClone(s)),
      registerContentScripts: async (scripts) => {
        for (const script of scripts) {
          // As Chrome does: a duplicate id rejects the whole call.
          if (registry.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        }
        for (const script of scripts) registry.set(script.id, structuredClone(script));
        calls.push(`register ${scripts.map((s) => s.id).join(',')}`);
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) registry.delete(id);
        calls.push(`unregister ${ids.join(',')}`);
      },
    },
  };
  return { deps, registry, calls };
}

const OTHER_EXTENSION_SCRIPT: JitsiScriptRegistration = {
  id: 'wxt-dev-reload',
  matches: ['https://meet.google.com/*'],
  js: ['content-scripts/meet.js'],
};

describe('syncJitsiRegistrations', () => {
  it('registers nothing when no Jitsi permission is granted', async () => {
    const fake = fakeBrowser({ granted: [], origins: ['https://jitsi.example.org'] });
    const result = await syncJitsiRegistrations(fake.deps);
    expect(result).toEqual({ active: [], registered: [], unregistered: [] });
    expect(fake.registry.size).toBe(0);
    expect(fake.calls).toEqual([]);
  });

  it('registers meet.jit.si once its optional permission is granted', async () => {
    const fake = fakeBrowser({ granted: ['https://meet.jit.si/*'] });
    const result = await syncJitsiRegistrations(fake.deps);
    expect(result.registered).toEqual(['https://meet.jit.si']);
    expect([...fake.registry.values()]).toEqual([
      {
        id: 'crewkit-jitsi:meet.jit.si',
        matches: ['https://meet.jit.si/*'],
        js: [JITSI_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('registers a self-hosted origin only while it is both added and granted', async () => {
    const fake = fakeBrowser({
      granted: ['https://jitsi.example.org/*', 'https://other.example.org/*'],
      origins: ['https://jitsi.example.org', 'https://never-granted.example.org'],
    });
    const result = await syncJitsiRegistrations(fake.deps);
    expect(result.active).toEqual(['https://jitsi.example.org']);
    expect([...fake.registry.keys()]).toEqual(['crewkit-jitsi:jitsi.example.org']);
  });

  it('unregisters an origin whose permission was withdrawn, and leaves other scripts alone', async () => {
    const fake = fakeBrowser({
      granted: ['https://jitsi.example.org/*'],
      origins: ['https://jitsi.example.org'],
      registered: [
        registrationFor('https://meet.jit.si'),
        registrationFor('https://jitsi.example.org'),
        OTHER_EXTENSION_SCRIPT,
      ],
    });
    const result = await syncJitsiRegistrations(fake.deps);
    expect(result).toEqual({
      active: ['https://jitsi.example.org'],
      registered: [],
      unregistered: ['https://meet.jit.si'],
    });
    expect([...fake.registry.keys()].sort()).toEqual([
      'crewkit-jitsi:jitsi.example.org',
      'wxt-dev-reload',
    ]);
  });

  it('unregisters an origin removed from settings even if a wide grant still covers it', async () => {
    const fake = fakeBrowser({
      granted: ['https://*/*'],
      origins: [],
      registered: [registrationFor('https://jitsi.example.org')],
    });
    const result = await syncJitsiRegistrations(fake.deps);
    expect(result.unregistered).toEqual(['https://jitsi.example.org']);
    // meet.jit.si is covered by "all sites", so it is active.
    expect([...fake.registry.keys()]).toEqual(['crewkit-jitsi:meet.jit.si']);
  });

  it('is idempotent: a second sync changes nothing', async () => {
    const fake = fakeBrowser({
      granted: ['https://meet.jit.si/*', 'https://jitsi.example.org/*'],
      origins: ['https://jitsi.example.org'],
    });
    await syncJitsiRegistrations(fake.deps);
    const before = fake.calls.length;
    const second = await syncJitsiRegistrations(fake.deps);
    expect(second.registered).toEqual([]);
    expect(second.unregistered).toEqual([]);
    expect(fake.calls.length).toBe(before);
  });

  it('replaces a stale registration (older file name) instead of keeping it', async () => {
    const stale = { ...registrationFor('https://meet.jit.si'), js: ['content-scripts/old.js'] };
    const fake = fakeBrowser({ granted: ['https://meet.jit.si/*'], registered: [stale] });
    await syncJitsiRegistrations(fake.deps);
    expect(fake.calls).toEqual([
      'unregister crewkit-jitsi:meet.jit.si',
      'register crewkit-jitsi:meet.jit.si',
    ]);
    expect(fake.registry.get('crewkit-jitsi:meet.jit.si')?.js).toEqual([JITSI_SCRIPT_FILE]);
  });

  it('ignores invalid or duplicate stored origins (e.g. from an old backup)', async () => {
    const fake = fakeBrowser({
      granted: ['https://*/*'],
      origins: [
        'http://insecure.example',
        'https://meet.google.com',
        'https://a.example.org',
        'https://a.example.org',
      ],
    });
    const result = await syncJitsiRegistrations(fake.deps);
    expect(result.active).toEqual(['https://meet.jit.si', 'https://a.example.org']);
  });

  it('runs inside the exclusive section when one is given', async () => {
    const fake = fakeBrowser({ granted: ['https://meet.jit.si/*'] });
    const order: string[] = [];
    await syncJitsiRegistrations({
      ...fake.deps,
      exclusive: async (run) => {
        order.push('lock');
        const value = await run();
        order.push('unlock');
        return value;
      },
    });
    expect(order).toEqual(['lock', 'unlock']);
    expect(fake.registry.size).toBe(1);
  });

  it('leaves registrations as they are when settings cannot be read', async () => {
    const fake = fakeBrowser({
      granted: ['https://jitsi.example.org/*'],
      registered: [registrationFor('https://jitsi.example.org')],
    });
    const failing = {
      ...fake.deps,
      getJitsiOrigins: () => Promise.reject(new Error('store closed')),
    };
    await expect(syncJitsiRegistrations(failing)).rejects.toThrow('store closed');
    expect([...fake.registry.keys()]).toEqual(['crewkit-jitsi:jitsi.example.org']);
  });
});
