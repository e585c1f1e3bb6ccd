// In-page navigations of single-page apps (Meet, Calendar), seen without a reload.

export interface WatchUrlOptions {
  /** How often to compare the URL; cheap (one string compare). Default 500 ms. */
  intervalMs?: number;
}

/**
 * Calls `onUrl` when the URL changes without a reload (Meet is a single-page app). Takes a getter
 * so the caller decides the source: `() => location.href`, or a value WXT's
 * `wxt:locationchange` keeps up to date.
 */
export function watchUrl(
  getUrl: () => string,
  onUrl: (url: string) => void,
  signal: AbortSignal,
  options: WatchUrlOptions = {},
): void {
  if (signal.aborted) return;
  let last = safeGet(getUrl);
  const check = () => {
    const url = safeGet(getUrl);
    if (url === last) return;
    last = url;
    try {
      onUrl(url);
    } catch {
      // Never let a listener's error escape into the page.
    }
  };
  // Where the Navigation API exists (Chromium), same-document navigations announce themselves,
  // so polling can be rare: each timer tick costs a task on the page's main thread.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check, { signal });
  navigation?.addEventListener('currententrychange', check, { signal });
  globalThis.addEventListener?.('popstate', check, { signal });
  const timer = setInterval(check, options.intervalMs ?? (navigation ? 2000 : 500));
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

function safeGet(getUrl: () => string): string {
  try {
    return getUrl();
  } catch {
    return '';
  }
}
