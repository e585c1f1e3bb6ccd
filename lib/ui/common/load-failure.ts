/**
 * What an extension page shows when it cannot start (a database written by a newer Crewkit, or
 * storage turned off): one alert with the reason as text, in place of the page; nothing is changed.
 */
export function showLoadFailure(root: HTMLElement, text: string): void {
  const message = document.createElement('p');
  message.className = 'ck-error';
  message.setAttribute('role', 'alert');
  message.textContent = text;
  root.replaceChildren(message);
}
