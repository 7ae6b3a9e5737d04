/**
 * Lighthouse scores of the residents' pages (issue 16: accessibility ≥ 95, performance ≥ 90 on
 * `/` and `/enterprises`), mobile and desktop, from the demo data in a throwaway database served on
 * 127.0.0.1, in Debian's Chromium (nothing is downloaded). A script, not a test: scores depend on
 * the machine (a loaded one makes performance pessimistic), so nothing here passes or fails.
 *
 *   npm run lighthouse     (CHROME_PATH overrides /usr/bin/chromium; LIGHTHOUSE_RUNS, default 3)
 *
 * Each page is measured several times and the run with the median performance score is reported
 * (Lighthouse's advice against variance), with the machine's benchmarkIndex (lower = slower).
 * Prints one `BENCH {"name":"lighthouse.<page>.<form factor>.<category>","value":<0–100>}` line per
 * score, and the failing audits of each category below 100, so a regression says what to fix.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { createTestApp } from '../tests/helpers/test-app.ts';

const PAGES = [
  ['home', '/'],
  ['enterprises', '/enterprises'],
] as const;
const FORM_FACTORS = ['mobile', 'desktop'] as const;
const CATEGORIES = ['accessibility', 'performance'] as const;
/** Runs per page and form factor (LIGHTHOUSE_RUNS, default 3): the median one is reported. */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS) || 3);

const bench = (name: string, value: number) => console.log(`BENCH ${JSON.stringify({ name, value })}`);

/** Audits that cost points in a category, with their score, for the log. */
function shortfalls(result: Result, category: (typeof CATEGORIES)[number]): string[] {
  return result.categories[category]!.auditRefs.filter((ref) => ref.weight > 0)
    .map((ref) => result.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map(
      (audit) =>
        `${audit.id} (${Math.round((audit.score ?? 0) * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`,
    );
}

/** Where the main thread's time went (the cause of a long total blocking time). */
function mainThread(result: Result): string {
  const details = result.audits['mainthread-work-breakdown']?.details as
    { items?: Array<{ groupLabel?: string; duration?: number }> } | undefined;
  return (details?.items ?? [])
    .slice(0, 5)
    .map((item) => `${item.groupLabel ?? '?'} ${Math.round(item.duration ?? 0)} ms`)
    .join(', ');
}

const ctx = await createTestApp();
const base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const formFactor of FORM_FACTORS) {
    for (const [name, path] of PAGES) {
      const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
      const results: Result[] = [];
      for (let run = 0; run < RUNS; run++) {
        const runner = await lighthouse(`${base}${path}`, flags, formFactor === 'desktop' ? desktopConfig : undefined);
        results.push(runner!.lhr);
      }
      // Lighthouse's advice for variance: report the run with the median performance score.
      results.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const result = results[Math.floor(results.length / 2)]!;
      console.log(
        `  ${name} ${formFactor}: median of ${RUNS} runs, benchmarkIndex ${result.environment.benchmarkIndex}`,
      );
      for (const category of CATEGORIES) {
        const score = Math.round((result.categories[category]?.score ?? 0) * 100);
        bench(`lighthouse.${name}.${formFactor}.${category}`, score);
        const missing = shortfalls(result, category);
        if (missing.length) console.log(`  ${name} ${formFactor} ${category}: ${missing.join('; ')}`);
        if (category === 'performance' && missing.length) console.log(`    main thread: ${mainThread(result)}`);
      }
    }
  }
} finally {
  chrome.kill();
  await ctx.close();
}
