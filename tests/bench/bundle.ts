// Bundles a benchmark page script with the project's own code, so a benchmark runs the shipped
// modules in real Chromium without adding anything to the extension itself.
import { resolve } from 'node:path';
import { build } from 'vite';

export async function bundleForBrowser(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(entry), formats: ['es'], fileName: 'bench' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if ('output' in output) {
      const chunk = output.output.find((o) => o.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error(`no bundle for ${entry}`);
}
