import { render } from 'preact';

function main() {
  const root = document.getElementById('app');
  if (root) render(<p>Crewkit</p>, root);
}
main();
