// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { showLoadFailure } from './load-failure';

it('replaces the page with one alert whose reason stays text, markup and all', () => {
  const root = document.createElement('div');
  root.append(document.createElement('main'));
  showLoadFailure(root, 'Crewkit could not open its data: <img src=x onerror=alert(1)>');
  expect(root.children).toHaveLength(1);
  const alert = root.querySelector('[role="alert"]');
  expect(alert?.textContent).toBe('Crewkit could not open its data: <img src=x onerror=alert(1)>');
  expect(root.querySelector('img')).toBeNull();
});
