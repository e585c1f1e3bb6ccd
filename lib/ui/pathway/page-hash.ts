// Which page of the options page is open, kept in the address (#pathway) so a link, a reload or
// the call panel's "reflect on hosting" offer (#pathway/reflect/<crewId>/<sessionId>) opens it.
import { useEffect, useState } from 'preact/hooks';

export type OptionsPage = 'crews' | 'pathway';

export interface PageRoute {
  page: OptionsPage;
  reflect?: { crewId: string; sessionId: string };
}

export function parsePageHash(hash: string): PageRoute {
  const parts = hash.replace(/^#/, '').split('/').map(decodeURIComponent);
  if (parts[0] !== 'pathway') return { page: 'crews' };
  if (parts[1] === 'reflect' && parts[2] && parts[3]) {
    return { page: 'pathway', reflect: { crewId: parts[2], sessionId: parts[3] } };
  }
  return { page: 'pathway' };
}

export { pathwayReflectHash } from '../../core/pathway/reflect-link';

export function usePageRoute(): [PageRoute, (page: OptionsPage) => void] {
  const [route, setRoute] = useState(() => parsePageHash(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parsePageHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const open = (page: OptionsPage) => {
    history.replaceState(null, '', page === 'pathway' ? '#pathway' : location.pathname);
    setRoute({ page });
  };
  return [route, open];
}
