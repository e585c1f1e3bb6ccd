import { useEffect, useId, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Settings } from '../../core/model';
import { originPattern, parseJitsiOrigin } from '../../sites/jitsi/origin';
import { JITSI_PUBLIC_ORIGIN } from '../../sites/jitsi/page-detect';
import { Field } from '../common/Field';
import { jitsiOriginProblemText } from './jitsi-problem-text';
import './JitsiHosts.css';

/** The part of `browser.permissions` this section uses; the options entry point passes the real one. */
export interface HostPermissions {
  request(request: { origins: string[] }): Promise<boolean>;
  remove(request: { origins: string[] }): Promise<boolean>;
  contains(request: { origins: string[] }): Promise<boolean>;
}

/** What this section needs from the browser, handed down from entrypoints/options. */
export interface JitsiHostsBrowser {
  permissions: HostPermissions;
  /** Brings the content script registrations in line after a change (lib/background). */
  syncRegistrations: () => Promise<unknown>;
}

export interface JitsiHostsProps extends JitsiHostsBrowser {
  store: { getSettings(): Promise<Settings>; putSettings(settings: Settings): Promise<void> };
}

interface ServerRow {
  origin: string;
  allowed: boolean;
}

type Notice = { kind: 'status' | 'error'; text: string } | null;

/**
 * "Jitsi servers" in the options page. Every permission request is made synchronously inside
 * the click (or Enter) that asked for it: browsers show their prompt only for a user gesture.
 * An origin is saved only after the user allowed it.
 */
export function JitsiHosts({
  store,
  permissions: hosts,
  syncRegistrations: sync,
}: JitsiHostsProps) {
  const [publicOn, setPublicOn] = useState<boolean | null>(null);
  const [servers, setServers] = useState<ServerRow[] | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [notice, setNotice] = useState<Notice>(null);
  const switchId = useId();

  const allowed = (origin: string) =>
    hosts.contains({ origins: [originPattern(origin)] }).catch(() => false);

  const reload = async () => {
    const settings = await store.getSettings();
    const rows = await Promise.all(
      settings.jitsiOrigins.map(async (origin) => ({ origin, allowed: await allowed(origin) })),
    );
    setServers(rows);
    setPublicOn(await allowed(JITSI_PUBLIC_ORIGIN));
  };
  useEffect(() => {
    reload().catch((error: unknown) => setNotice(failure(error)));
  }, [store]);

  const afterChange = async (message: Notice) => {
    await sync().catch(() => {
      // The background syncs again on the permission event and on its next start.
    });
    await reload();
    setNotice(message);
  };

  const togglePublic = (event: Event) => {
    const on = (event.currentTarget as HTMLInputElement).checked;
    const origins = [originPattern(JITSI_PUBLIC_ORIGIN)];
    const change = on ? hosts.request({ origins }) : hosts.remove({ origins });
    change.then(
      (done) => {
        const message = on
          ? done
            ? i18n.t('jitsi.publicOn')
            : i18n.t('jitsi.publicDenied')
          : i18n.t('jitsi.publicOff');
        return afterChange({ kind: on && !done ? 'error' : 'status', text: message });
      },
      (error: unknown) => afterChange(failure(error)),
    );
  };

  const addServer = (event: Event) => {
    event.preventDefault();
    const parsed = parseJitsiOrigin(text);
    if (!parsed.ok) {
      setProblem(jitsiOriginProblemText(parsed.problem));
      return;
    }
    const { origin } = parsed;
    if (servers?.some((row) => row.origin === origin && row.allowed)) {
      setProblem(i18n.t('jitsi.already', { origin }));
      return;
    }
    setProblem(undefined);
    requestAndSave(origin);
  };

  // Called straight from the gesture's handler, before anything is awaited.
  const requestAndSave = (origin: string) => {
    hosts.request({ origins: [originPattern(origin)] }).then(
      async (granted) => {
        if (!granted) {
          setNotice({ kind: 'error', text: i18n.t('jitsi.denied', { origin }) });
          return;
        }
        const settings = await store.getSettings();
        if (!settings.jitsiOrigins.includes(origin)) {
          await store.putSettings({
            ...settings,
            jitsiOrigins: [...settings.jitsiOrigins, origin],
          });
        }
        setText('');
        await afterChange({ kind: 'status', text: i18n.t('jitsi.added', { origin }) });
      },
      (error: unknown) => setNotice(failure(error)),
    );
  };

  const removeServer = async (origin: string) => {
    try {
      const settings = await store.getSettings();
      await store.putSettings({
        ...settings,
        jitsiOrigins: settings.jitsiOrigins.filter((saved) => saved !== origin),
      });
      await hosts.remove({ origins: [originPattern(origin)] });
      await afterChange({ kind: 'status', text: i18n.t('jitsi.removed', { origin }) });
    } catch (error) {
      await afterChange(failure(error));
    }
  };

  return (
    <section class="ck-card ck-jitsi" aria-labelledby="ck-jitsi-title">
      <h2 id="ck-jitsi-title">{i18n.t('jitsi.title')}</h2>
      <p class="ck-muted">{i18n.t('jitsi.intro')}</p>
      <div class="ck-jitsi__switch">
        <input
          id={switchId}
          type="checkbox"
          role="switch"
          checked={publicOn === true}
          aria-checked={publicOn === true}
          disabled={publicOn === null}
          aria-describedby={`${switchId}-hint`}
          onChange={togglePublic}
        />
        <label for={switchId}>{i18n.t('jitsi.publicSwitch')}</label>
        <p id={`${switchId}-hint`} class="ck-muted ck-jitsi__hint">
          {i18n.t('jitsi.publicHint')}
        </p>
      </div>

      <form class="ck-jitsi__add" onSubmit={addServer} noValidate>
        <Field label={i18n.t('jitsi.addLabel')} hint={i18n.t('jitsi.addHint')} error={problem}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              class="ck-input"
              type="url"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              placeholder="https://jitsi.example.org"
              value={text}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onInput={(event) => setText((event.currentTarget as HTMLInputElement).value)}
            />
          )}
        </Field>
        <button type="submit" class="ck-button ck-button--primary" disabled={servers === null}>
          {i18n.t('jitsi.add')}
        </button>
      </form>

      <h3>{i18n.t('jitsi.listTitle')}</h3>
      {servers !== null && servers.length === 0 && <p class="ck-muted">{i18n.t('jitsi.none')}</p>}
      {servers !== null && servers.length > 0 && (
        <ul class="ck-jitsi__list" aria-label={i18n.t('jitsi.listTitle')}>
          {servers.map(({ origin, allowed: isAllowed }) => (
            <li key={origin} class="ck-jitsi__row">
              <span class="ck-jitsi__origin">{origin}</span>
              {!isAllowed && <span class="ck-muted">({i18n.t('jitsi.notAllowed')})</span>}
              {!isAllowed && (
                <button
                  type="button"
                  class="ck-button"
                  aria-label={i18n.t('jitsi.allowAgainLabel', { origin })}
                  onClick={() => requestAndSave(origin)}
                >
                  {i18n.t('jitsi.allowAgain')}
                </button>
              )}
              <button
                type="button"
                class="ck-button ck-button--danger"
                aria-label={i18n.t('jitsi.removeLabel', { origin })}
                onClick={() => removeServer(origin)}
              >
                {i18n.t('jitsi.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div aria-live="polite">
        {notice !== null && (
          <p
            class={notice.kind === 'error' ? 'ck-error' : 'ck-muted'}
            role={notice.kind === 'error' ? 'alert' : 'status'}
          >
            {notice.text}
          </p>
        )}
      </div>
    </section>
  );
}

function failure(error: unknown): Notice {
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'error', text: i18n.t('jitsi.failed', { detail }) };
}
