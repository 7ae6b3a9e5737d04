import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { randomInt } from 'node:crypto';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { readConfig } from '../api/config.ts';
import { checkPassword } from '../api/domain/passwords.ts';
import { COMMON_PASSWORDS } from '../api/accounts/common-passwords.ts';
import { hashPassword } from '../api/accounts/password-hashing.ts';
import { findUserByEmail, insertUser, normaliseEmail } from '../api/repositories/users.ts';
import { recordAudit } from '../api/repositories/audit-log.ts';

/**
 * `npm run user:create-admin [-- --email a@b.gr --name "Full Name" [--password-stdin]]`
 * Creates an administrator in DATABASE_PATH: the way to the first account in production
 * (DEMO_DATA=off). Missing values are asked for; without a password one is generated and
 * printed once. The admin sets up TOTP at the first sign-in (required for admins).
 */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm run user:create-admin -- --email admin@example.gr --name "Full Name" [--password-stdin]');
  process.exit(0);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WORDS = [
  'ελιά',
  'θάλασσα',
  'βουνό',
  'πλατεία',
  'γειτονιά',
  'συνεργασία',
  'αλληλεγγύη',
  'δέντρο',
  'ήλιος',
  'κήπος',
  'ποτάμι',
  'φάρος',
];

function generatedPassword(): string {
  // A word to make it speakable plus four groups of five from a 31-character alphabet: ≈ 99 random bits.
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const group = () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `${WORDS[randomInt(WORDS.length)]}-${group()}-${group()}-${group()}-${group()}`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

let email = values.email;
let name = values.name;
if ((!email || !name) && process.stdin.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  email ??= (await rl.question('E-mail of the new administrator: ')).trim();
  name ??= (await rl.question('Full name: ')).trim();
  rl.close();
}
if (!email || !EMAIL.test(email)) {
  console.error('A valid --email is required.');
  process.exit(2);
}
if (!name || name.trim().length < 2) {
  console.error('A --name is required.');
  process.exit(2);
}

let password: string;
let generated = false;
if (values['password-stdin']) {
  password = await readStdin();
  const verdict = checkPassword(password, {
    email,
    commonPasswords: COMMON_PASSWORDS.passwords,
    commonWords: COMMON_PASSWORDS.words,
  });
  if (!verdict.ok) {
    console.error(`Password refused: ${verdict.reason!.en}`);
    process.exit(2);
  }
} else {
  password = generatedPassword();
  generated = true;
}

const config = readConfig(process.env);
mkdirSync(dirname(config.databasePath), { recursive: true });
const handle = openDatabase(config.databasePath);
try {
  await migrateToLatest(handle.db);
  if (await findUserByEmail(handle.db, email)) {
    console.error(`An account for ${normaliseEmail(email)} already exists in ${config.databasePath}.`);
    process.exitCode = 1;
  } else {
    const passwordHash = await hashPassword(password);
    await handle.db.transaction().execute(async (trx) => {
      const id = await insertUser(trx, { email: email, name: name, role: 'admin', enterpriseId: null, passwordHash });
      await recordAudit(
        trx,
        { userId: null, email: null, ip: null },
        {
          action: 'user.created',
          objectType: 'user',
          objectId: id,
          details: { role: 'admin', via: 'create-admin script' },
        },
      );
    });
    const lines = [
      '',
      `Administrator created in ${config.databasePath}`,
      `  E-mail     ${normaliseEmail(email)}`,
      `  Name       ${name.trim()}`,
      generated
        ? `  Password   ${password}   (shown only now: keep it safe, change it after signing in)`
        : '  Password   (as given on stdin)',
      `  Sign in    ${config.publicOrigin}/admin/  → you will be asked to set up an authenticator app (TOTP).`,
      '',
    ];
    console.log(lines.join('\n'));
  }
} finally {
  await handle.close();
}
