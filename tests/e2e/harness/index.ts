// One import for the whole harness; scripts/start.mjs loads this file through Vite's runner.
export * from './browser.ts';
export * from './certs.ts';
export * from './screenshots.ts';
export * from './servers.ts';
