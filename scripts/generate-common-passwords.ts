/**
 * Writes api/domain/common-passwords.txt: passwords of 12+ characters that appear in or
 * follow the patterns of the usual breach top lists (SecLists, NCSC 100k, HIBP top),
 * plus Greek-specific ones typed in Latin letters (football clubs, names, greetings).
 * Built from knowledge, not downloaded, and deterministic: run `npx tsx
 * scripts/generate-common-passwords.ts` after editing the lists. Only lengths 12–128
 * matter: shorter ones are refused by the length rule before this list is consulted.
 */
import { writeFileSync } from 'node:fs';

const BASE_WORDS = `
password passw0rd p@ssword p@ssw0rd pass pa55word qwerty qwertyuiop qwertyuiopas qwertyui azerty asdfgh asdfghjkl
zxcvbnm qazwsx qazwsxedc 1qaz2wsx 1q2w3e4r 1q2w3e4r5t 1q2w3e zaq12wsx abc abcd abcdef abcdefgh abc123 iloveyou
iloveyou2 loveyou love lovely loveme admin administrator root toor welcome welcome1 letmein monkey dragon master
shadow sunshine princess football baseball basketball soccer hockey superman batman spiderman starwars pokemon
trustno1 whatever freedom flower hello hellokitty charlie michael jennifer jordan jordan23 thomas hunter hunter2
ranger buster summer winter spring autumn killer computer internet secret secret123 changeme default guest user
test tester testing login access master123 mustang harley ferrari porsche mercedes yamaha ninja samsung nokia
apple google facebook linkedin twitter instagram youtube microsoft windows linux ubuntu oracle mysql database
server manager office company business dimos koinsep koinsep2026 social sociale cooperative coop enterprise
municipality cityhall chalandri halandri athens athina athina2004 thessaloniki patra heraklion ellada hellas
greece greek elláda olympiakos olympiacos panathinaikos paok aek aris ofi gate7 thira kalimera kalinixta agapi
agapimou sagapo sagapw sagapo123 mitsos giorgos georgios giannis ioannis kostas konstantinos dimitris nikos
nikolaos maria eleni katerina sofia vasilis christos panagiotis antonis andreas anna georgia despoina
chrysa stavros spyros petros alexandros alexandra theodora efi elpida zeus athena apollo poseidon hermes
acropolis parthenon olympus olympia sparta spartan leonidas achilles odysseus kalokairi thalassa ouranos
psomi feta souvlaki gyros ouzo retsina tzatziki mousaka baklava freddo frappe opa yassou yiasou
babygirl babyboy baby angel angels blessed jesus christ god godisgood faith hope family friends friend
forever mylove myself money dollar euro euros bitcoin crypto millionaire success winner champion
princess1 sweety sweetheart honey sunflower butterfly rainbow chocolate cookie cheese pizza banana orange
purple yellow silver golden diamond crystal star stars moon sun sky ocean beach summer2024 qwerty123
passport mypassword yourpassword newpassword oldpassword password1 password12 password123 letmein1
administrator1 adminadmin rootroot useruser testtest qwertyqwerty asdfasdf zxcvzxcv abcabc passpass
lovelove iloveu iloveyou1 fuckyou fuckoff shithead asshole bitch bigdaddy daddy mommy mother father
sister brother children school student teacher doctor nurse police fireman soldier army navy
michelle jessica ashley amanda daniel matthew joshua andrew william robert richard charles joseph
christopher anthony david james john mark paul steven kevin brian edward george peter eric
liverpool chelsea arsenal manchester barcelona realmadrid juventus bayern milan inter
`
  .split(/\s+/)
  .filter(Boolean);

const SUFFIXES = [
  '',
  '1',
  '12',
  '123',
  '1234',
  '12345',
  '123456',
  '1234567',
  '12345678',
  '123456789',
  '!',
  '1!',
  '123!',
  '!!',
  '@',
  '@123',
  '#1',
  '01',
  '007',
  '69',
  '77',
  '88',
  '99',
  '11',
  '22',
  '13',
  '21',
  '2000',
  '2004',
  '2010',
  '2015',
  '2018',
  '2019',
  '2020',
  '2021',
  '2022',
  '2023',
  '2024',
  '2025',
  '2026',
  '2027',
  '1990',
  '1995',
  '.',
  '?',
  '$',
  '*',
  '111',
  '000',
  '321',
  '4321',
  '54321',
  '654321',
  'abc',
  'xyz',
  'qwe',
];

const PATTERNS = [
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789123',
  '123412341234',
  '123123123123',
  '111111111111',
  '000000000000',
  '121212121212',
  '098765432109',
  '987654321098',
  '0987654321qwerty',
  '147258369147',
  '159357159357',
  '789456123789',
  '741852963741',
  '147852369147',
  'qwertyuiopas',
  'qwertyuiopasdf',
  'qwertyuiopasdfgh',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwertyuiop1234',
  'asdfghjklqwe',
  'asdfghjkl123',
  "asdfghjkl;'",
  'zxcvbnmasdfg',
  'zxcvbnm12345',
  'zxcvbnm123456',
  '1qaz2wsx3edc',
  '1qaz2wsx3edc4rfv',
  'qazwsxedcrfv',
  'qazwsxedcrfvtgb',
  '1q2w3e4r5t6y',
  '1q2w3e4r5t6y7u',
  '1q2w3e4r5t6y7u8i',
  'q1w2e3r4t5y6',
  'a1b2c3d4e5f6',
  'abcdefghijkl',
  'abcdefghijklm',
  'abcdefghijklmnop',
  'abcdefghijklmnopqrstuvwxyz',
  'aaaaaaaaaaaa',
  'abcabcabcabc',
  'abc123abc123',
  'qweasdzxc123',
  'qweasdzxcvbn',
  'qwertyqwerty',
  'azertyuiopqs',
  'passwordpassword',
  'iloveyouiloveyou',
  'correcthorsebatterystaple',
  'correct horse battery staple',
  'thequickbrownfox',
  'letmeinletmein',
  'welcomewelcome',
  'changemechangeme',
  'administrator',
  'ςερτυθιοπασ',
  'ασδφγηξκλασδ',
  'κωδικοςπροσβασης',
  'κωδικός123456',
  'καλημερα1234',
  'σαγαπω123456',
];

const words = new Set<string>();
for (const word of BASE_WORDS) {
  for (const suffix of SUFFIXES) {
    const candidates = [word + suffix];
    // Doubling and digit prefixes are common too, but only with the most usual endings.
    if (['', '1', '123', '!'].includes(suffix)) candidates.push(word + word + suffix);
    if (['123', '1234', '123456'].includes(suffix)) candidates.push(suffix + word);
    for (const candidate of candidates) {
      if (candidate.length >= 12 && candidate.length <= 128) words.add(candidate.toLowerCase());
    }
  }
}
for (const pattern of PATTERNS) if (pattern.length >= 12) words.add(pattern.toLowerCase());

const sorted = [...words].sort();
writeFileSync(
  new URL('../api/domain/common-passwords.txt', import.meta.url),
  `# Common passwords of 12+ characters (generated by scripts/generate-common-passwords.ts; one per line, lower case)\n${sorted.join('\n')}\n`,
);
console.log(`api/domain/common-passwords.txt: ${sorted.length} passwords`);
