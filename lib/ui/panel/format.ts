// How durations read on screen. The countdown rounds remaining time UP (a turn that has 0.4 s
// left still shows 0:01) and overtime DOWN, so "0:00" never shows while time is left and the
// overtime text appears exactly when the turn has ended.

/** "3:00", "12:05", "1:02:03" for a whole number of seconds. */
function clock(totalSeconds: number): string {
  const seconds = Math.max(0, totalSeconds);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

export function formatRemaining(ms: number): string {
  return clock(Math.ceil(Math.max(0, ms) / 1000));
}

export function formatOvertime(ms: number): string {
  return clock(Math.floor(Math.max(0, ms) / 1000));
}

/** Spoken durations in the summary: rounded to the nearest second. */
export function formatSpoken(ms: number): string {
  return clock(Math.round(Math.max(0, ms) / 1000));
}

/**
 * The interval of true remaining times that a countdown text stands for: "1:23" means more
 * than 82 s and at most 83 s are left. Used to measure display drift against the true time.
 */
export function remainingIntervalMs(text: string): { above: number; atMost: number } | null {
  const parts = text.trim().split(':').map(Number);
  if (parts.length < 2 || parts.some((part) => !Number.isInteger(part))) return null;
  const seconds = parts.reduce((sum, part) => sum * 60 + part, 0);
  return { above: (seconds - 1) * 1000, atMost: seconds * 1000 };
}
