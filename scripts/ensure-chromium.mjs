// Runs before `npm test`: the browser tests need Debian's Chromium (never a downloaded build).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
if (candidates.some((p) => existsSync(p))) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log("Chromium not found: installing Debian's chromium package (apt-get install -y chromium)…");
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } catch {
    console.error(
      'Installing chromium with apt-get failed. Install it by hand, or set CHROME_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  [
    'The browser tests need Chromium and none was found.',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  Elsewhere:      install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
  ].join('\n'),
);
process.exit(1);
