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
    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
  });
});
