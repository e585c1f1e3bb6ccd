// `npm run lint`, second half: build for Firefox MV3 and run Mozilla's linter (web-ext lint).
// Errors always fail. web-ext also warns about `innerHTML` inside Preact and WXT themselves
// (reference/toolchain.md), so each warning is attributed: a warning in a built file whose code
// at the flagged spot matches a bundled library's published code is the library's; every other
// warning is ours and fails the lint.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD_DIR = join(ROOT, '.output/firefox-mv3');

// Warnings about our own manifest that we keep on purpose, each with the reason.
const ACCEPTED = [
  {
    codes: [
      'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
      'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    ],
    description: /data_collection_permissions/,
    why: 'data_collection_permissions is ignored by Firefox before 140; strict_min_version keeps ESR 128',
  },
];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  return result;
}

// Tokens that survive minification: property names after a dot and string literal contents.
// Local variable names are renamed by every minifier, so they are left out.
const TOKEN = /(["'`])((?:\\.|(?!\1)[^\\\n])*)\1|\.\s*([A-Za-z_$][\w$]*)/g;
function tokenize(code) {
  const tokens = [];
  for (const match of code.matchAll(TOKEN)) {
    tokens.push({ at: match.index, text: match[3] ? `.${match[3]}` : `'${match[2]}` });
  }
  return tokens;
}

/** The bundled packages: our runtime dependencies (transitively) and WXT's runtime helpers. */
function libraryPackages() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const queue = [...Object.keys(manifest.dependencies ?? {}), 'wxt'].map((name) => ({
    name,
    from: ROOT,
  }));
  const found = new Map();
  while (queue.length > 0) {
    const { name, from } = queue.shift();
    const dir = [join(from, 'node_modules', name), join(ROOT, 'node_modules', name)].find((d) =>
      existsSync(join(d, 'package.json')),
    );
    if (!dir || found.has(dir)) continue;
    found.set(dir, name);
    const deps = Object.keys(
      JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).dependencies ?? {},
    );
    // WXT's own dependencies are build tools; only its runtime helper packages reach the bundle.
    const bundled = name === 'wxt' ? deps.filter((d) => /^@(webext-core|wxt-dev)\//.test(d)) : deps;
    for (const dep of bundled) queue.push({ name: dep, from: dir });
  }
  return found;
}

function* libraryFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') yield* libraryFiles(path);
    else if (/\.(m|c)?js$/.test(entry.name) && statSync(path).size < 2_000_000) yield path;
  }
}

let libraryIndex;
/** Each library's token stream joined into one string, built once and only when needed. */
function libraries() {
  libraryIndex ??= [...libraryPackages()].map(([dir, name]) => ({
    name,
    files: [...libraryFiles(dir)].map((file) => {
      const text = tokenize(readFileSync(file, 'utf8'))
        .map((t) => t.text)
        .join('\u0000');
      return `\u0000${text}\u0000`;
    }),
  }));
  return libraryIndex;
}

/** The library whose code holds the same run of tokens as the built file at line:column. */
function libraryAt(file, line, column) {
  if (!file.endsWith('.js') || !line) return undefined;
  const source = readFileSync(join(BUILD_DIR, file), 'utf8').split('\n')[line - 1] ?? '';
  const tokens = tokenize(source);
  const at = (column ?? 1) - 1;
  for (const reach of [60, 120]) {
    const near = tokens.filter((t) => Math.abs(t.at - at) <= reach).map((t) => t.text);
    if (near.length < 4) continue;
    const needle = `\u0000${near.join('\u0000')}\u0000`;
    const owner = libraries().find((library) =>
      library.files.some((text) => text.includes(needle)),
    );
    return owner?.name;
  }
  return undefined;
}

function main() {
  const build = run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'pipe' });
  if (build.status !== 0) {
    process.stderr.write(build.stdout + build.stderr);
    console.error('lint-firefox: the Firefox build failed.');
    return 1;
  }
  const lint = run(
    'npx',
    ['web-ext', 'lint', '--source-dir', BUILD_DIR, '--output', 'json', '--no-config-discovery'],
    { env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  let report;
  try {
    report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
  } catch {
    process.stderr.write(lint.stdout + lint.stderr);
    console.error('lint-firefox: web-ext lint did not print a JSON report.');
    return 1;
  }

  const ours = [];
  const fromLibraries = new Map();
  const accepted = [];
  for (const warning of report.warnings) {
    const keep = ACCEPTED.find(
      (a) => a.codes.includes(warning.code) && a.description.test(warning.description ?? ''),
    );
    const library = keep ? undefined : libraryAt(warning.file ?? '', warning.line, warning.column);
    if (keep) accepted.push(keep.why);
    else if (library) fromLibraries.set(library, (fromLibraries.get(library) ?? 0) + 1);
    else ours.push(warning);
  }

  const describe = (item) =>
    `  ${item._type} ${item.code} ${item.file ?? ''}${item.line ? `:${item.line}:${item.column}` : ''}: ${item.message}\n    ${item.description ?? ''}`;
  for (const error of report.errors) console.error(describe(error));
  for (const warning of ours) console.error(describe(warning));

  const libraryCount = [...fromLibraries.values()].reduce((a, b) => a + b, 0);
  const librarySummary = [...fromLibraries].map(([name, n]) => `${name} ${n}`).join(', ');
  const parts = [`${libraryCount} from libraries${librarySummary ? `: ${librarySummary}` : ''}`];
  if (accepted.length > 0)
    parts.push(`${accepted.length} accepted: ${[...new Set(accepted)].join('; ')}`);
  if (ours.length > 0) parts.push(`${ours.length} from our code`);
  console.log(
    `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${parts.join('; ')})`,
  );
  return report.errors.length > 0 || ours.length > 0 ? 1 : 0;
}

process.exit(main());
