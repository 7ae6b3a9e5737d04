/**
 * Copies the official Open Referral HSDS 3.0 JSON Schemas and openapi.json into
 * tests/reference/hsds-3.0/schema, so the conformance tests (tests/api/hsds-conformance.test.ts)
 * run on a clean clone and in CI, where the development machine's ../shared is absent.
 *
 *   npx tsx scripts/vendor-hsds-schemas.ts [path/to/hsds-3.0/schema]
 *
 * The files are copied byte for byte (no reformatting), so a later copy diffs cleanly against
 * the release. Licence: CC BY-SA 4.0, © Open Referral; the folder's README says so.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The repository's sibling `shared/` folder (a worktree sits one level deeper).
const candidates = [
  join(root, '..', 'shared', 'reference', 'hsds-3.0', 'schema'),
  join(root, '..', '..', 'shared', 'reference', 'hsds-3.0', 'schema'),
];
const source = resolve(
  process.argv[2] ?? candidates.find((dir) => existsSync(join(dir, 'openapi.json'))) ?? candidates[0]!,
);
if (!existsSync(join(source, 'openapi.json'))) {
  console.error(`No HSDS 3.0 schema folder at ${source} (expected openapi.json there).`);
  process.exit(1);
}
const target = join(root, 'tests', 'reference', 'hsds-3.0', 'schema');

let copied = 0;
function copyJsonFiles(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) copyJsonFiles(join(from, entry.name), join(to, entry.name));
    else if (entry.name.endsWith('.json')) {
      copyFileSync(join(from, entry.name), join(to, entry.name));
      copied += 1;
    }
  }
}

rmSync(target, { recursive: true, force: true });
copyJsonFiles(source, target);
console.log(`Copied ${copied} HSDS 3.0 schema files from ${source} to ${target}.`);
