// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ShortcutsInfo } from './ShortcutsInfo';

describe('ShortcutsInfo', () => {
  afterEach(cleanup);

  it('shows the bindings the browser reports and where to change them', async () => {
    const getCommands = async () => [
      { name: 'round-next', shortcut: 'Alt+Shift+N' },
      { name: 'round-pause-resume', shortcut: '' },
      { name: '_execute_action', shortcut: 'Alt+Shift+C' },
    ];
    render(
      <ShortcutsInfo getCommands={getCommands} settingsPlace="chrome://extensions/shortcuts" />,
    );
    const next = await screen.findByText('Next speaker');
    expect(next.nextElementSibling?.textContent).toBe('Alt+Shift+N');
    expect(screen.getByText('Pause or resume the round').nextElementSibling?.textContent).toBe(
      'not set',
    );
    expect(
      screen.getByText(/already uses those keys.*chrome:\/\/extensions\/shortcuts/),
    ).toBeTruthy();
  });

  it('only says where to change them when every shortcut is set', async () => {
    const getCommands = async () => [
      { name: 'round-next', shortcut: 'Alt+Shift+Period' },
      { name: 'round-pause-resume', shortcut: 'Alt+Shift+Comma' },
    ];
    render(<ShortcutsInfo getCommands={getCommands} settingsPlace="about:addons" />);
    await screen.findByText('Alt+Shift+Comma');
    expect(
      screen.getByText("Change them in your browser's shortcut settings (about:addons)."),
    ).toBeTruthy();
    expect(screen.queryByText(/already uses/)).toBeNull();
  });
});
