// axe-core in the shipped build's pages (issue 11, "Accessibility, audited"). The source goes in
// through `page.evaluate` (CDP), not a <script> tag: extension pages' CSP forbids inline
// scripts, and on a call page the audit is limited to Crewkit's own host element (axe reaches
// into its open shadow root) or, for the call panel, to its own frame, never Google's page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { setColorScheme } from './browser.ts';
import { scopeFor } from './call-frame.ts';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

export interface AxeFinding {
  screen: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export interface AuditOptions {
  /** A CSS selector to audit (e.g. `crewkit-call`); the whole document when left out. */
  include?: string;
  /** Audit in the light and the dark scheme (colour contrast differs); default both. */
  schemes?: readonly ('light' | 'dark')[];
}

/** Serious and critical findings of axe on `page`, in each scheme, labelled `screen-scheme`. */
export async function audit(
  page: Page,
  screen: string,
  options: AuditOptions = {},
): Promise<AxeFinding[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const findings: AxeFinding[] = [];
  for (const scheme of options.schemes ?? (['light', 'dark'] as const)) {
    await setColorScheme(page, scheme);
    // Let transitions of the scheme change settle before colours are read.
    await page.waitForTimeout(150);
    const { target, host } = await scopeFor(page, options.include);
    const hasAxe = await target.evaluate(() => 'axe' in globalThis);
    if (!hasAxe) await target.evaluate(axeSource);
    const violations = await target.evaluate(async (include) => {
      const axe = (globalThis as unknown as { axe: AxeApi }).axe;
      const context = include ? { include: [[include]] } : document;
      const result = await axe.run(context, {
        resultTypes: ['violations'],
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        },
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? 'unknown',
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
    }, host);
    for (const v of violations) {
      if (v.impact === 'serious' || v.impact === 'critical') {
        findings.push({ screen: `${screen}-${scheme}`, ...v });
      }
    }
  }
  await setColorScheme(page, 'light');
  return findings;
}

// Only the part of axe's API the audit uses (axe-core's types are not loaded in the page).
interface AxeApi {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      help: string;
      nodes: { target: unknown }[];
    }[];
  }>;
}
