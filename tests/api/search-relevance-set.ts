/**
 * The relevance test set for the public search (issue 12), over the demo data
 * (seed/demo): what residents and staff type, in equivalence classes. Every query of a class
 * must find the class's `mustFind` enterprises (recall); the first page (10 results) is scored
 * against the class's relevant enterprises — `mustFind`, `alsoRelevant` and the members of
 * `relevantCategories` (a query made of a category's everyday words is rightly answered with
 * that category) — for precision at 10; `notOnFirstPage` enterprises must never reach the
 * first page (a precision error people notice: «κήπος» listing cleaners).
 *
 * Written from the demo texts as a person would search them, not from what the engine returns.
 * A held-out set exists elsewhere: nothing in the engine knows these queries.
 */

export type RelevanceKind =
  | 'noun inflection'
  | 'adjective inflection'
  | 'verb inflection'
  | 'accents'
  | 'capitals'
  | 'final sigma'
  | 'diaeresis'
  | 'greeklish ch/x/h'
  | 'greeklish ou/u'
  | 'greeklish i/h/y/ei/oi'
  | 'greeklish o/w'
  | 'greeklish th/8'
  | 'greeklish inflection'
  | 'english plural'
  | 'several words';

export interface RelevanceClass {
  kind: RelevanceKind;
  /** What the queries mean. */
  meaning: string;
  queries: readonly string[];
  mustFind: readonly string[];
  alsoRelevant?: readonly string[];
  relevantCategories?: readonly string[];
  notOnFirstPage?: readonly string[];
}

/** Enterprises whose only trade is cleaning: «κήπος» must not list them first. */
const CLEANING_ONLY = [
  'lampsi',
  'astrafto',
  'diafaneia',
  'katharos-orizontas',
  'katharo-chalandri',
  'allilegyo-plyntirio',
];
/** Enterprises with nothing to do with printing or design. */
const NOT_PRINTING = ['lampsi', 'astrafto', 'anemoni', 'zymoto', 'agkalia-frontidas', 'filoxenos-peiraias'];

export const RELEVANCE_SET: readonly RelevanceClass[] = [
  // ── Nouns: case and number ──
  {
    kind: 'noun inflection',
    meaning: 'garden',
    queries: ['κήπος', 'κήπου', 'κήπους', 'κήπων', 'κήποι', 'κήπο'],
    mustFind: ['prasini-geitonia', 'fytorio-elpidas', 'anemoni', 'kladi-kai-riza', 'astiko-dasos'],
    relevantCategories: ['green-spaces'],
    notOnFirstPage: CLEANING_ONLY,
  },
  {
    kind: 'noun inflection',
    meaning: 'buildings',
    queries: ['κτίρια', 'κτίριο', 'κτιρίων', 'κτιρίου'],
    mustFind: [
      'astrafto',
      'katharo-chalandri',
      'diafaneia',
      'nea-pnoi',
      'prasini-geitonia',
      'ergasia-kai-axioprepeia',
      'periigiseis-attikis',
    ],
    alsoRelevant: ['katharos-orizontas', 'lampsi'],
    notOnFirstPage: ['anthomeli-marathona', 'zymoto'],
  },
  {
    kind: 'noun inflection',
    meaning: 'posters',
    queries: ['αφίσες', 'αφίσα', 'αφισών', 'αφίσας'],
    mustFind: ['chromata-kai-grammes', 'typografeio-tis-geitonias'],
    relevantCategories: ['printing-design'],
    notOnFirstPage: NOT_PRINTING,
  },
  {
    kind: 'noun inflection',
    meaning: 'clothes',
    queries: ['ρούχα', 'ρούχων', 'ρούχο', 'ρούχου'],
    mustFind: ['yfasma-xana', 'allilegyo-plyntirio', 'defteri-zoi'],
  },
  {
    kind: 'noun inflection',
    meaning: 'transport',
    queries: ['μεταφορά', 'μεταφορές', 'μεταφοράς', 'μεταφορών'],
    mustFind: ['anakyklono'],
    alsoRelevant: ['allilegyi-dianomi', 'syntrofia'],
  },
  {
    kind: 'noun inflection',
    meaning: 'meals',
    queries: ['γεύμα', 'γεύματα', 'γευμάτων', 'γεύματος'],
    mustFind: ['trapezi-tis-geitonias', 'mageiremata-me-psychi', 'nea-pnoi'],
    relevantCategories: ['catering'],
  },
  {
    kind: 'noun inflection',
    meaning: 'window panes',
    queries: ['τζάμια', 'τζάμι', 'τζαμιών'],
    mustFind: ['diafaneia'],
    relevantCategories: ['cleaning'],
  },
  {
    kind: 'noun inflection',
    meaning: 'bread',
    queries: ['ψωμί', 'ψωμιού', 'ψωμιά'],
    mustFind: ['zymoto', 'zymi-kai-alati'],
    relevantCategories: ['food-crafts', 'catering'],
  },
  {
    kind: 'noun inflection',
    meaning: 'parks',
    queries: ['πάρκα', 'πάρκο', 'πάρκων', 'πάρκου'],
    mustFind: ['prasini-geitonia', 'astiko-dasos'],
    relevantCategories: ['green-spaces'],
    notOnFirstPage: CLEANING_ONLY,
  },
  {
    kind: 'noun inflection',
    meaning: 'guided tours',
    queries: ['ξενάγηση', 'ξεναγήσεις', 'ξεναγήσεων', 'ξενάγησης'],
    mustFind: ['periigiseis-attikis', 'filoxenos-peiraias'],
    relevantCategories: ['tourism'],
  },
  {
    kind: 'noun inflection',
    meaning: 'computers',
    queries: ['υπολογιστές', 'υπολογιστών', 'υπολογιστή', 'υπολογιστής'],
    mustFind: ['ploigos'],
    relevantCategories: ['it'],
  },
  {
    kind: 'noun inflection',
    meaning: 'websites',
    queries: ['ιστοσελίδα', 'ιστοσελίδες', 'ιστοσελίδων'],
    mustFind: ['psifiaki-allileggyi'],
    relevantCategories: ['it'],
  },
  {
    kind: 'noun inflection',
    meaning: 'theatre',
    queries: ['θέατρο', 'θεάτρου', 'θέατρα'],
    mustFind: ['thymeli', 'paidiki-gonia'],
    alsoRelevant: ['allilegyo-plyntirio', 'katharo-chalandri'],
    relevantCategories: ['events'],
  },
  {
    kind: 'noun inflection',
    meaning: 'composting',
    queries: ['κομποστοποίηση', 'κομποστοποίησης', 'κομπόστ'],
    mustFind: ['kompost-tis-polis', 'anemoni'],
    relevantCategories: ['recycling'],
  },
  {
    kind: 'noun inflection',
    meaning: 'cleaning',
    queries: ['καθαρισμός', 'καθαρισμού', 'καθαρισμοί', 'καθαρισμούς', 'καθαρισμό'],
    mustFind: ['katharo-chalandri', 'lampsi', 'astrafto', 'diafaneia', 'katharos-orizontas'],
    alsoRelevant: ['anemoni', 'astiko-dasos', 'monopatia-pentelis'],
    relevantCategories: ['cleaning'],
    notOnFirstPage: ['anthomeli-marathona', 'kodikas-koinotitas', 'thymeli'],
  },
  {
    kind: 'noun inflection',
    meaning: 'disinfection',
    queries: ['απολύμανση', 'απολυμάνσεις', 'απολύμανσης'],
    mustFind: ['katharos-orizontas', 'lampsi', 'anakyklono'],
    relevantCategories: ['cleaning'],
  },
  // ── Adjectives and participles: gender, case, number ──
  {
    kind: 'adjective inflection',
    meaning: 'elderly people',
    queries: ['ηλικιωμένοι', 'ηλικιωμένους', 'ηλικιωμένων', 'ηλικιωμένη', 'ηλικιωμένες', 'ηλικιωμένος'],
    mustFind: ['agkalia-frontidas', 'allilegyi-dianomi', 'trapezi-tis-geitonias', 'psifiaki-allileggyi', 'nea-pnoi'],
    relevantCategories: ['care-social'],
  },
  {
    kind: 'adjective inflection',
    meaning: 'municipal buildings',
    queries: ['δημοτικά κτίρια', 'δημοτικών κτιρίων', 'δημοτικό κτίριο', 'δημοτικού κτιρίου'],
    mustFind: ['astrafto', 'prasini-geitonia', 'nea-pnoi', 'ergasia-kai-axioprepeia', 'katharo-chalandri'],
    alsoRelevant: ['diafaneia', 'katharos-orizontas', 'lampsi'],
  },
  {
    kind: 'adjective inflection',
    meaning: 'digital printing',
    queries: ['ψηφιακή εκτύπωση', 'ψηφιακές εκτυπώσεις', 'ψηφιακών εκτυπώσεων', 'ψηφιακής εκτύπωσης'],
    mustFind: ['ergani', 'typografeio-tis-geitonias'],
    relevantCategories: ['printing-design'],
  },
  {
    kind: 'adjective inflection',
    meaning: 'eco-friendly detergents',
    queries: ['οικολογικά απορρυπαντικά', 'οικολογικό απορρυπαντικό', 'οικολογικών απορρυπαντικών'],
    mustFind: ['katharo-chalandri'],
    relevantCategories: ['cleaning'],
  },
  {
    kind: 'adjective inflection',
    meaning: 'accessible publications',
    queries: ['προσβάσιμες εκδόσεις', 'προσβάσιμη έκδοση', 'προσβάσιμων εκδόσεων'],
    mustFind: ['chromata-kai-grammes'],
    relevantCategories: ['printing-design'],
  },
  {
    kind: 'adjective inflection',
    meaning: 'social grocery',
    queries: ['κοινωνικό παντοπωλείο', 'κοινωνικά παντοπωλεία', 'κοινωνικού παντοπωλείου'],
    mustFind: ['allilegyi-dianomi', 'allilegyo-plyntirio', 'zymoto'],
  },
  // ── Verbs: person and number ──
  {
    kind: 'verb inflection',
    meaning: 'we clean',
    queries: ['καθαρίζουμε', 'καθαρίζει', 'καθαρίζουν', 'καθαρίζω'],
    mustFind: ['astrafto', 'monopatia-pentelis'],
    alsoRelevant: ['anemoni', 'astiko-dasos'],
    relevantCategories: ['cleaning'],
  },
  {
    kind: 'verb inflection',
    meaning: 'look after',
    queries: ['φροντίζουμε', 'φροντίζει', 'φροντίζουν', 'φροντίζω'],
    mustFind: ['prasini-geitonia', 'anemoni', 'agkalia-frontidas'],
    relevantCategories: ['care-social', 'green-spaces'],
  },
  {
    kind: 'verb inflection',
    meaning: 'print',
    queries: ['τυπώνουμε', 'τυπώνει', 'τυπώνουν', 'τυπώνω'],
    mustFind: ['typografeio-tis-geitonias'],
    relevantCategories: ['printing-design'],
  },
  {
    kind: 'verb inflection',
    meaning: 'cook',
    queries: ['μαγειρεύουμε', 'μαγειρεύει', 'μαγειρεύουν'],
    mustFind: ['trapezi-tis-geitonias'],
    relevantCategories: ['catering'],
  },
  {
    kind: 'verb inflection',
    meaning: 'bake',
    queries: ['ψήνουμε', 'ψήνει', 'ψήνουν'],
    mustFind: ['zymi-kai-alati', 'zymoto'],
    relevantCategories: ['food-crafts'],
  },
  {
    kind: 'verb inflection',
    meaning: 'organise',
    queries: ['οργανώνουμε', 'οργανώνει', 'οργανώνουν'],
    mustFind: ['giorti-sti-geitonia', 'synedria-me-noima', 'thymeli'],
    alsoRelevant: ['prasini-geitonia', 'monopatia-pentelis', 'defteri-zoi', 'filoxenos-peiraias', 'kompost-tis-polis'],
    relevantCategories: ['events'],
  },
  {
    kind: 'verb inflection',
    meaning: 'collect',
    queries: ['συλλέγουμε', 'συλλέγει', 'συλλέγουν'],
    mustFind: ['yfasma-xana', 'anakyklono', 'gefseis-pentelis'],
    relevantCategories: ['recycling'],
  },
  // ── Accents, capitals, final sigma, diaeresis ──
  {
    kind: 'accents',
    meaning: 'cleanliness',
    queries: ['καθαριότητα', 'καθαριοτητα', 'καθαριότητας', 'καθαριοτήτα'],
    mustFind: ['katharo-chalandri', 'ergasia-kai-axioprepeia', 'lampsi', 'astrafto'],
    alsoRelevant: ['giorti-sti-geitonia'],
    relevantCategories: ['cleaning'],
  },
  {
    kind: 'accents',
    meaning: 'meals provision',
    queries: ['σίτιση', 'σιτιση', 'σίτισης', 'σιτίση'],
    mustFind: ['mageiremata-me-psychi', 'trapezi-tis-geitonias', 'zymoto'],
    relevantCategories: ['catering'],
  },
  {
    kind: 'capitals',
    meaning: 'recycling',
    queries: ['ΑΝΑΚΥΚΛΩΣΗ', 'Ανακύκλωση', 'ανακύκλωση', 'ΑΝΑΚΎΚΛΩΣΗΣ', 'ΑνΑκΥκΛωΣη'],
    mustFind: ['anakyklono', 'kompost-tis-polis', 'defteri-zoi'],
    alsoRelevant: ['kollaz'],
    relevantCategories: ['recycling'],
  },
  {
    kind: 'capitals',
    meaning: 'catering',
    queries: ['CATERING', 'Catering', 'catering', 'ΚΈΤΕΡΙΝΓΚ'],
    mustFind: ['gefseis-pentelis'],
    relevantCategories: ['catering'],
    notOnFirstPage: CLEANING_ONLY,
  },
  {
    kind: 'final sigma',
    meaning: 'hikes',
    queries: ['πεζοπορίες', 'πεζοποριεσ', 'ΠΕΖΟΠΟΡΙΕΣ', 'πεζοπορίεσ'],
    mustFind: ['monopatia-pentelis'],
    relevantCategories: ['tourism'],
  },
  {
    kind: 'final sigma',
    meaning: 'tour guide',
    queries: ['ξεναγός', 'ξεναγοσ', 'ΞΕΝΑΓΟΣ', 'ξεναγούς', 'ξεναγουσ'],
    mustFind: ['periigiseis-attikis', 'filoxenos-peiraias'],
    relevantCategories: ['tourism'],
  },
  {
    kind: 'diaeresis',
    meaning: 'European',
    queries: ['ευρωπαϊκή', 'ευρωπαικη', 'ΕΥΡΩΠΑΪΚΗΣ', 'ευρωπαϊκής', 'ευρωπαΐκή'],
    mustFind: ['kodikas-koinotitas'],
    relevantCategories: ['it'],
  },
  // ── Greeklish ──
  {
    kind: 'greeklish ch/x/h',
    meaning: 'paper',
    queries: ['xartia', 'chartia', 'hartia', 'xarti', 'charti', 'xartiou'],
    mustFind: ['defteri-zoi', 'anakyklono', 'typografeio-tis-geitonias', 'ergani', 'glyko-tou-koutaliou'],
    relevantCategories: ['recycling'],
  },
  {
    kind: 'greeklish ch/x/h',
    meaning: 'Chalandri',
    queries: ['xalandri', 'chalandri', 'halandri', 'Xalandri'],
    mustFind: ['prasini-geitonia', 'defteri-zoi', 'glyko-tou-koutaliou', 'katharo-chalandri'],
  },
  {
    kind: 'greeklish ou/u',
    meaning: 'clothes',
    queries: ['rouxa', 'ruxa', 'roucha', 'ruha', 'rouxon'],
    mustFind: ['yfasma-xana', 'allilegyo-plyntirio', 'defteri-zoi'],
  },
  {
    kind: 'greeklish ou/u',
    meaning: 'kitchen',
    queries: ['kouzina', 'kuzina', 'kouzines', 'kouzinas'],
    mustFind: ['mageiremata-me-psychi', 'trapezi-tis-geitonias', 'allilegyi-dianomi'],
    alsoRelevant: ['anthomeli-marathona'],
    relevantCategories: ['catering'],
  },
  {
    kind: 'greeklish i/h/y/ei/oi',
    meaning: 'quality',
    queries: ['poiotita', 'piotita', 'poiothta', 'poiotyta', 'poiotitas'],
    mustFind: ['dedomena-gia-olous'],
  },
  {
    kind: 'greeklish i/h/y/ei/oi',
    meaning: 'elderly people',
    queries: ['ilikiomenoi', 'hlikiwmenoi', 'ilikiomenous', 'ilikiomenon', 'ηλικιωμενοι'],
    mustFind: ['agkalia-frontidas', 'allilegyi-dianomi', 'trapezi-tis-geitonias', 'psifiaki-allileggyi', 'nea-pnoi'],
    relevantCategories: ['care-social'],
  },
  {
    kind: 'greeklish i/h/y/ei/oi',
    meaning: 'conferences',
    queries: ['synedria', 'sinedria', 'synedrio', 'synedriwn', 'synedriou'],
    mustFind: ['synedria-me-noima', 'anthomeli-marathona'],
    relevantCategories: ['events'],
  },
  {
    kind: 'greeklish i/h/y/ei/oi',
    meaning: 'gardening',
    queries: ['kipouriki', 'khpoyrikh', 'kypouriki', 'kipourikis', 'kipoyrikh'],
    mustFind: ['prasini-geitonia', 'anemoni'],
    relevantCategories: ['green-spaces'],
    notOnFirstPage: CLEANING_ONLY,
  },
  {
    kind: 'greeklish o/w',
    meaning: 'recycling',
    queries: ['anakyklwsh', 'anakyklosi', 'anakuklwsi', 'anakiklosi', 'anakyklwshs'],
    mustFind: ['anakyklono', 'kompost-tis-polis', 'defteri-zoi'],
    alsoRelevant: ['kollaz'],
    relevantCategories: ['recycling'],
  },
  {
    kind: 'greeklish th/8',
    meaning: 'theatre',
    queries: ['theatro', '8eatro', 'theatra', 'theatrou'],
    mustFind: ['thymeli', 'paidiki-gonia'],
    alsoRelevant: ['allilegyo-plyntirio', 'katharo-chalandri'],
    relevantCategories: ['events'],
  },
  {
    kind: 'greeklish inflection',
    meaning: 'garden',
    queries: ['kipos', 'kipous', 'kipon', 'kipoi', 'kipou', 'KIPOS'],
    mustFind: ['prasini-geitonia', 'fytorio-elpidas', 'anemoni', 'kladi-kai-riza', 'astiko-dasos'],
    relevantCategories: ['green-spaces'],
    notOnFirstPage: CLEANING_ONLY,
  },
  {
    kind: 'greeklish inflection',
    meaning: 'cleaning',
    queries: ['katharismos', 'katharismou', 'ka8arismos', 'katharismoi', 'KATHARISMOS'],
    mustFind: ['katharo-chalandri', 'lampsi', 'astrafto', 'diafaneia', 'katharos-orizontas'],
    alsoRelevant: ['anemoni', 'astiko-dasos', 'monopatia-pentelis'],
    relevantCategories: ['cleaning'],
  },
  {
    kind: 'greeklish inflection',
    meaning: 'bread',
    queries: ['psomi', 'psomia', 'psomiou'],
    mustFind: ['zymoto', 'zymi-kai-alati'],
    relevantCategories: ['food-crafts', 'catering'],
  },
  {
    kind: 'greeklish inflection',
    meaning: 'window panes',
    queries: ['tzamia', 'tzamion', 'tzamiwn', 'tzami'],
    mustFind: ['diafaneia'],
    relevantCategories: ['cleaning'],
  },
  // ── English singular and plural ──
  {
    kind: 'english plural',
    meaning: 'garden',
    queries: ['garden', 'gardens', 'gardening', 'Gardens'],
    mustFind: ['prasini-geitonia', 'anemoni', 'fytorio-elpidas'],
    relevantCategories: ['green-spaces'],
    notOnFirstPage: CLEANING_ONLY,
  },
  {
    kind: 'english plural',
    meaning: 'poster',
    queries: ['poster', 'posters'],
    mustFind: ['chromata-kai-grammes', 'typografeio-tis-geitonias'],
    relevantCategories: ['printing-design'],
    notOnFirstPage: NOT_PRINTING,
  },
  {
    kind: 'english plural',
    meaning: 'meal',
    queries: ['meal', 'meals'],
    mustFind: ['trapezi-tis-geitonias', 'mageiremata-me-psychi', 'allilegyi-dianomi'],
    relevantCategories: ['catering'],
  },
  {
    kind: 'english plural',
    meaning: 'building',
    queries: ['building', 'buildings'],
    mustFind: ['astrafto', 'katharo-chalandri', 'prasini-geitonia', 'periigiseis-attikis'],
    alsoRelevant: ['katharos-orizontas', 'lampsi', 'nea-pnoi'],
    relevantCategories: ['cleaning'],
  },
  {
    kind: 'english plural',
    meaning: 'tour',
    queries: ['tour', 'tours'],
    mustFind: ['periigiseis-attikis', 'filoxenos-peiraias'],
    relevantCategories: ['tourism'],
  },
  {
    kind: 'english plural',
    meaning: 'window',
    queries: ['window', 'windows'],
    mustFind: ['diafaneia'],
    relevantCategories: ['cleaning'],
  },
  {
    kind: 'english plural',
    meaning: 'computer',
    queries: ['computer', 'computers'],
    mustFind: ['ploigos'],
    relevantCategories: ['it'],
  },
  {
    kind: 'english plural',
    meaning: 'bin',
    queries: ['bin', 'bins'],
    mustFind: ['anakyklono', 'yfasma-xana', 'kompost-tis-polis'],
    relevantCategories: ['recycling'],
  },
  {
    kind: 'english plural',
    meaning: 'nurse',
    queries: ['nurse', 'nurses', 'nursing'],
    mustFind: ['agkalia-frontidas'],
    relevantCategories: ['care-social'],
  },
  {
    kind: 'english plural',
    meaning: 'photograph',
    queries: ['photograph', 'photographs', 'photographers'],
    mustFind: ['kollaz'],
    relevantCategories: ['events', 'printing-design'],
  },
  // ── Several words ──
  {
    kind: 'several words',
    meaning: 'school cleaning',
    queries: [
      'καθαρισμός σχολείων',
      'καθαρισμό σχολείου',
      'καθαρισμοί σχολείων',
      'katharismos sxoleion',
      'school cleaning',
    ],
    mustFind: ['lampsi', 'katharo-chalandri'],
    alsoRelevant: ['diafaneia', 'katharos-orizontas'],
    relevantCategories: ['cleaning'],
  },
  {
    kind: 'several words',
    meaning: 'green maintenance',
    queries: ['συντήρηση πρασίνου', 'συντηρήσεις πρασίνου', 'συντήρησης πρασίνου', 'syntirisi prasinou'],
    mustFind: ['kladi-kai-riza', 'ergasia-kai-axioprepeia'],
    relevantCategories: ['green-spaces'],
    notOnFirstPage: ['lampsi', 'astrafto', 'diafaneia'],
  },
  {
    kind: 'several words',
    meaning: 'home care for the elderly',
    queries: ['φροντίδα ηλικιωμένων', 'φροντίδα για ηλικιωμένους', 'φροντίδα στο σπίτι'],
    mustFind: ['agkalia-frontidas'],
    alsoRelevant: ['trapezi-tis-geitonias', 'allilegyi-dianomi'],
    relevantCategories: ['care-social'],
  },
];
