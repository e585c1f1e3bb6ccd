/** How a session's date and time read everywhere Crewkit shows one: "Tue, Dec 1, 06:00 PM". */
export const SESSION_WHEN = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
