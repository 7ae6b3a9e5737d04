import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench`: runs every tests/bench/*.bench.ts in turn (never in parallel: the
 * machine has two cores and the figures would lie). `npm run bench -- search` runs
 * only the benches whose file name contains "search".
 */
const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort();

console.log(`KoinSEp Directory benchmarks on Node ${process.version}: ${files.join(', ')}\n`);
let failed = 0;
for (const file of files) {
  console.log(`━━ ${file} ━━`);
  try {
    const mod = (await import(new URL(file, import.meta.url).href)) as { run: () => Promise<void> };
    await mod.run();
  } catch (error) {
    failed++;
    console.error(`${file} failed:`, error);
  }
  console.log('');
}
process.exit(failed ? 1 : 0);
