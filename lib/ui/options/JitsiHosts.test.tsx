// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/model';
import { type HostPermissions, JitsiHosts } from './JitsiHosts';

/** Settings in memory and a browser whose prompt answers `answer`. */
function setup(options: { origins?: string[]; granted?: string[]; answer?: boolean } = {}) {
  let settings: Settings = {
    ...structuredClone(DEFAULT_SETTINGS),
    jitsiOrigins: options.origins ?? [],
  };
  const granted = new Set(options.granted ?? []);
  const store = {
    getSettings: vi.fn(async () => structuredClone(settings)),
    putSettings: vi.fn(async (next: Settings) => {
      settings = structuredClone(next);
    }),
  };
  const permissions = {
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (options.answer === false) return false;
      for (const origin of origins) granted.add(origin);
      return true;
    }),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      for (const origin of origins) granted.delete(origin);
      return true;
    }),
    contains: vi.fn(async ({ origins }: { origins: string[] }) =>
      origins.every((origin) => granted.has(origin)),
    ),
  } satisfies HostPermissions;
  const syncRegistrations = vi.fn(async () => {});
  render(
    <JitsiHosts store={store} permissions={permissions} syncRegistrations={syncRegistrations} />,
  );
  return { store, permissions, syncRegistrations, granted, saved: () => settings.jitsiOrigins };
}

const addressBox = () => screen.getByLabelText('Add a self-hosted Jitsi server');
const addButton = () => screen.getByRole('button', { name: 'Add server' });

async function typeAndAdd(text: string) {
  await vi.waitFor(() => expect((addButton() as HTMLButtonElement).disabled).toBe(false));
  fireEvent.input(addressBox(), { target: { value: text } });
  fireEvent.click(addButton());
}

describe('JitsiHosts', () => {
  afterEach(cleanup);

  it('asks for the one origin inside the click, then saves it and syncs registrations', async () => {
    const fake = setup();
    await typeAndAdd('https://Jitsi.Example.org/');
    // Synchronously, in the same task as the click: the browser's prompt needs the gesture.
    expect(fake.permissions.request).toHaveBeenCalledWith({
      origins: ['https://jitsi.example.org/*'],
    });
    expect(
      await screen.findByText(
        'https://jitsi.example.org added. Crewkit will appear in calls there.',
      ),
    ).toBeTruthy();
    expect(fake.saved()).toEqual(['https://jitsi.example.org']);
    expect(fake.syncRegistrations).toHaveBeenCalled();
    expect(screen.getByRole('listitem').textContent).toContain('https://jitsi.example.org');
    expect((addressBox() as HTMLInputElement).value).toBe('');
  });

  it('saves nothing when the user declines the prompt', async () => {
    const fake = setup({ answer: false });
    await typeAndAdd('jitsi.example.org');
    expect(
      await screen.findByText(
        'Crewkit was not allowed on https://jitsi.example.org, so it was not added.',
      ),
    ).toBeTruthy();
    expect(fake.store.putSettings).not.toHaveBeenCalled();
    expect(screen.getByText('No self-hosted Jitsi servers yet.')).toBeTruthy();
  });

  it.each([
    ['http://insecure.example', /Only https:\/\/ addresses can be added/],
    ['https://meet.google.com', /That is a Google address, not a Jitsi server/],
    [
      'https://jitsi.example.org/TuesdayCrew',
      /without a room or path: https:\/\/jitsi\.example\.org$/,
    ],
    ['', /Type the address of your Jitsi server/],
  ])('explains why %j cannot be added and requests nothing', async (text, message) => {
    const fake = setup();
    await typeAndAdd(text);
    expect(screen.getByText(message)).toBeTruthy();
    expect(addressBox().getAttribute('aria-invalid')).toBe('true');
    expect(addressBox().getAttribute('aria-describedby')).toContain('error');
    expect(fake.permissions.request).not.toHaveBeenCalled();
    expect(fake.store.putSettings).not.toHaveBeenCalled();
  });

  it('adds with Enter in the address box (a form submit)', async () => {
    const fake = setup();
    await vi.waitFor(() => expect((addButton() as HTMLButtonElement).disabled).toBe(false));
    fireEvent.input(addressBox(), { target: { value: 'jitsi.example.org' } });
    fireEvent.submit(addressBox().closest('form') as HTMLFormElement);
    expect(fake.permissions.request).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fake.saved()).toEqual(['https://jitsi.example.org']));
  });

  it('removes a server: settings first, then the permission, then syncs', async () => {
    const fake = setup({
      origins: ['https://a.example.org', 'https://b.example.org'],
      granted: ['https://a.example.org/*', 'https://b.example.org/*'],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove https://a.example.org' }));
    expect(await screen.findByText('https://a.example.org removed.')).toBeTruthy();
    expect(fake.saved()).toEqual(['https://b.example.org']);
    expect(fake.permissions.remove).toHaveBeenCalledWith({ origins: ['https://a.example.org/*'] });
    expect(fake.syncRegistrations).toHaveBeenCalled();
    expect(screen.getAllByRole('listitem').map((row) => row.textContent)).toEqual([
      expect.stringContaining('https://b.example.org'),
    ]);
  });

  it('marks a saved server whose permission was withdrawn, and can ask again', async () => {
    const fake = setup({ origins: ['https://a.example.org'], granted: [] });
    expect(await screen.findByText('(not allowed in your browser)')).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Allow Crewkit on https://a.example.org again' }),
    );
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['https://a.example.org/*'] });
    await vi.waitFor(() => expect(screen.queryByText('(not allowed in your browser)')).toBeNull());
    expect(fake.saved()).toEqual(['https://a.example.org']);
  });

  it('turns meet.jit.si on and off through its optional permission', async () => {
    const fake = setup();
    const toggle = screen.getByRole('switch', { name: 'Use Crewkit on meet.jit.si' });
    await vi.waitFor(() => expect((toggle as HTMLInputElement).disabled).toBe(false));
    expect((toggle as HTMLInputElement).checked).toBe(false);
    fireEvent.click(toggle);
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['https://meet.jit.si/*'] });
    expect(await screen.findByText('Crewkit will appear in calls on meet.jit.si.')).toBeTruthy();
    expect((toggle as HTMLInputElement).checked).toBe(true);
    // meet.jit.si is not a self-hosted server: it is never written to settings.
    expect(fake.store.putSettings).not.toHaveBeenCalled();
    fireEvent.click(toggle);
    expect(await screen.findByText('Crewkit no longer runs on meet.jit.si.')).toBeTruthy();
    expect(fake.permissions.remove).toHaveBeenCalledWith({ origins: ['https://meet.jit.si/*'] });
    expect((toggle as HTMLInputElement).checked).toBe(false);
  });

  it('leaves the switch off when the user declines meet.jit.si', async () => {
    setup({ answer: false });
    const toggle = screen.getByRole('switch', {
      name: 'Use Crewkit on meet.jit.si',
    }) as HTMLInputElement;
    await vi.waitFor(() => expect(toggle.disabled).toBe(false));
    fireEvent.click(toggle);
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Crewkit was not allowed on meet.jit.si, so it stays off.',
    );
    expect(toggle.checked).toBe(false);
  });

  it('points to the switch when meet.jit.si is typed as a self-hosted server', async () => {
    const fake = setup();
    await typeAndAdd('https://meet.jit.si');
    expect(screen.getByText('meet.jit.si has its own switch above.')).toBeTruthy();
    expect(fake.permissions.request).not.toHaveBeenCalled();
  });
});
