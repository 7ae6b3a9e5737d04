/**
 * The directory's own service categories: the words a municipal employee or a
 * resident browses by. Each one maps to CPV prefixes (significant digits), so a
 * search by category can also find services that were tagged only with a CPV code.
 * Every prefix must be the start of at least one code in `cpv-codes.ts`.
 *
 * Keywords are the everyday words people type when they look for such a service, in Greek
 * and in English (synonyms, the thing done, the people who do it, what they work on). A
 * search that matches a category's keywords also finds the category's enterprises (ranked
 * below direct text matches) and offers the category; the CPV look-up bridges them to the
 * category's CPV prefixes. Search stems them (api/domain/word-stems.ts), so one form of a
 * word is enough: «κήπος» also covers «κήπους», `garden` covers `gardens`. Keep them specific:
 * a word every profile uses («υπηρεσίες», `services`, «κοινωνική») would bridge everything.
 */

export interface CategoryEntry {
  /** Stable kebab-case slug; used in URLs and in the HSDS taxonomy. */
  id: string;
  nameEl: string;
  nameEn: string;
  sortOrder: number;
  cpvPrefixes: readonly string[];
  keywordsEl: readonly string[];
  keywordsEn: readonly string[];
}

export const categories: readonly CategoryEntry[] = [
  {
    id: 'cleaning',
    nameEl: 'Καθαριότητα',
    nameEn: 'Cleaning',
    sortOrder: 10,
    // Building, office and school cleaning; street sweeping; disinfection; laundry.
    cpvPrefixes: ['9091', '9061', '9092', '9831'],
    keywordsEl: [
      'καθαριότητα', 'καθαρισμός', 'καθαρίζω', 'καθαρίστρια', 'καθαριστής', 'σφουγγάρισμα', 'σκούπισμα',
      'ξεσκόνισμα', 'απολύμανση', 'απολυμαντικά', 'απορρυπαντικά', 'τζάμια', 'υαλοπίνακες', 'πλυντήριο', 'πλύσιμο',
      'σιδέρωμα', 'σιδερωτήριο', 'ιματισμός', 'λινοθήκη', 'κλιμακοστάσια', 'οδοκαθαρισμός', 'σάρωση',
    ],
    keywordsEn: [
      'cleaning', 'clean', 'cleaner', 'janitorial', 'housekeeping', 'mopping', 'sweeping', 'dusting',
      'disinfection', 'sanitising', 'hygiene', 'detergents', 'windows', 'laundry', 'washing', 'ironing', 'linen',
      'stairwells',
    ],
  },
  {
    id: 'catering',
    nameEl: 'Σίτιση και τροφοδοσία',
    nameEn: 'Catering and meals',
    sortOrder: 20,
    cpvPrefixes: ['555', '553', '554'],
    keywordsEl: [
      'σίτιση', 'τροφοδοσία', 'φαγητό', 'γεύμα', 'μαγείρεμα', 'μαγειρική', 'κουζίνα', 'μπουφές', 'κέτερινγκ',
      'εστίαση', 'κυλικείο', 'καντίνα', 'μεσημεριανό', 'πρωινό', 'κολατσιό', 'σνακ', 'διατροφή', 'σερβίρισμα',
      'μενού',
    ],
    keywordsEn: [
      'catering', 'meals', 'meal', 'food', 'lunch', 'breakfast', 'dinner', 'buffet', 'canteen', 'cafeteria',
      'kitchen', 'cooking', 'cook', 'snacks', 'menu',
    ],
  },
  {
    id: 'green-spaces',
    nameEl: 'Πράσινο και κηπουρική',
    nameEn: 'Green spaces and gardening',
    sortOrder: 30,
    cpvPrefixes: ['7731', '7732', '7734'],
    keywordsEl: [
      'κηπουρική', 'κήπος', 'κηπουρός', 'πράσινο', 'πρασίνου', 'πάρκο', 'δέντρα', 'δένδρα', 'δενδρύλλια', 'κλάδεμα',
      'κλαδέματα', 'χλοοτάπητας', 'γκαζόν', 'γρασίδι', 'χόρτα', 'αγριόχορτα', 'αποψίλωση', 'φύτευση', 'φυτά',
      'λουλούδια', 'παρτέρια', 'θάμνοι', 'φυτώριο', 'πότισμα', 'άρδευση',
    ],
    keywordsEn: [
      'gardening', 'garden', 'gardener', 'green', 'greenery', 'spaces', 'parks', 'park', 'trees', 'tree',
      'saplings', 'pruning', 'lawn', 'lawns', 'turf', 'grass', 'mowing', 'weeding', 'weeds', 'planting', 'plants',
      'flowers', 'flowerbeds', 'hedges', 'landscaping', 'irrigation', 'watering',
    ],
  },
  {
    id: 'care-social',
    nameEl: 'Φροντίδα και κοινωνικές υπηρεσίες',
    nameEn: 'Care and social services',
    sortOrder: 40,
    cpvPrefixes: ['853', '851'],
    keywordsEl: [
      'φροντίδα', 'ηλικιωμένοι', 'ηλικιωμένων', 'γηριατρική', 'αναπηρία', 'ΑμεΑ', 'ανάπηροι', 'κατ’οίκον',
      'νοσηλεία', 'νοσηλευτική', 'νοσηλεύτρια', 'φυσικοθεραπεία', 'ψυχολόγος', 'ψυχολογική',
      'συμβουλευτική', 'πρόνοια', 'συνοδεία', 'βοηθός', 'παιδιά',
      'φύλαξη', 'απογευματινή', 'μελέτη', 'ένταξη', 'επανένταξη', 'ανεργία', 'άνεργοι',
    ],
    keywordsEn: [
      'care', 'carer', 'caring', 'elderly', 'older', 'seniors', 'disability', 'disabled', 'handicapped', 'homecare',
      'nursing', 'nurse', 'physiotherapy', 'psychologist', 'counselling', 'counseling', 'welfare', 'escort',
      'assistant', 'childcare', 'children', 'inclusion', 'unemployed',
    ],
  },
  {
    id: 'printing-design',
    nameEl: 'Εκτυπώσεις και γραφιστικά',
    nameEn: 'Printing and graphic design',
    sortOrder: 50,
    cpvPrefixes: ['798', '7997'],
    keywordsEl: [
      'εκτυπώσεις', 'εκτύπωση', 'τυπογραφείο', 'τυπώνω', 'φωτοτυπίες', 'αφίσες', 'φυλλάδια', 'έντυπα',
      'ενημερωτικά', 'κάρτες', 'προσκλήσεις', 'γραφιστικά', 'γραφίστας', 'γραφιστική', 'σχεδιασμός', 'λογότυπο',
      'εικονογράφηση', 'βιβλιοδεσία', 'φακέλωση',
    ],
    keywordsEn: [
      'printing', 'print', 'printer', 'prints', 'posters', 'leaflets', 'flyers', 'brochures', 'booklets', 'cards',
      'invitations', 'graphic', 'graphics', 'design', 'designer', 'logo', 'branding', 'illustration', 'binding',
      'bookbinding',
    ],
  },
  {
    id: 'recycling',
    nameEl: 'Ανακύκλωση και επαναχρησιμοποίηση',
    nameEn: 'Recycling and reuse',
    sortOrder: 60,
    cpvPrefixes: ['905', '9071'],
    keywordsEl: [
      'ανακύκλωση', 'ανακυκλώνω', 'επαναχρησιμοποίηση', 'κομπόστ', 'κομποστοποίηση', 'απορρίμματα', 'σκουπίδια',
      'απόβλητα', 'κάδοι', 'χαρτί', 'πλαστικό', 'γυαλί', 'αλουμίνιο', 'μπαταρίες', 'ογκώδη', 'επισκευή',
      'μεταχειρισμένα',
    ],
    keywordsEn: [
      'recycling', 'recycle', 'recyclables', 'reuse', 'compost', 'composting', 'waste', 'rubbish', 'garbage',
      'litter', 'bins', 'paper', 'plastic', 'glass', 'batteries', 'repair', 'secondhand', 'upcycling',
    ],
  },
  {
    id: 'events',
    nameEl: 'Εκδηλώσεις και πολιτισμός',
    nameEn: 'Events and culture',
    sortOrder: 70,
    cpvPrefixes: ['7995', '7996', '923'],
    keywordsEl: [
      'εκδηλώσεις', 'εκδήλωση', 'γιορτή', 'πανηγύρι', 'φεστιβάλ', 'συναυλία', 'θέατρο', 'παράσταση', 'συνέδριο',
      'ημερίδα', 'σεμινάριο', 'διοργάνωση', 'πολιτισμός', 'πολιτιστικά', 'σινεμά', 'κινηματογράφος', 'εμψυχωτές',
      'ηχητικά',
    ],
    keywordsEn: [
      'events', 'event', 'festival', 'festivals', 'celebration', 'concert', 'concerts', 'theatre', 'theater',
      'performance', 'show', 'conference', 'conferences', 'seminar', 'seminars', 'culture', 'cultural', 'cinema',
      'entertainers', 'sound',
    ],
  },
  {
    id: 'food-crafts',
    nameEl: 'Τρόφιμα και χειροτεχνία',
    nameEn: 'Food and crafts',
    sortOrder: 80,
    cpvPrefixes: ['158', '39298'],
    keywordsEl: [
      'τρόφιμα', 'μέλι', 'γλυκά', 'ψωμί', 'αρτοποιείο', 'φούρνος', 'αρτοσκευάσματα', 'μαρμελάδα', 'κουλουράκια',
      'μπισκότα', 'παξιμάδια', 'χειροτεχνία', 'χειροποίητα', 'κεραμικά', 'κεραμική', 'αγγεία', 'δώρα',
      'αναμνηστικά', 'σουβενίρ',
    ],
    keywordsEn: [
      'food', 'honey', 'sweets', 'bread', 'bakery', 'baker', 'jam', 'biscuits', 'cookies', 'rusks', 'crafts',
      'handicrafts', 'handmade', 'ceramics', 'pottery', 'gifts', 'souvenirs',
    ],
  },
  {
    id: 'tourism',
    nameEl: 'Τουρισμός και ξεναγήσεις',
    nameEn: 'Tourism and guided tours',
    sortOrder: 90,
    cpvPrefixes: ['635'],
    keywordsEl: [
      'τουρισμός', 'τουριστικά', 'ξενάγηση', 'ξεναγός', 'περιήγηση', 'περίπατοι', 'πεζοπορία', 'εκδρομή',
      'επισκέπτες', 'τουρίστες', 'αξιοθέατα', 'μονοπάτια',
    ],
    keywordsEn: [
      'tourism', 'tourist', 'tourists', 'tour', 'tours', 'guided', 'guide', 'walks', 'walking', 'hiking', 'hikes',
      'excursion', 'excursions', 'visitors', 'sightseeing', 'trails',
    ],
  },
  {
    id: 'it',
    nameEl: 'Πληροφορική και ψηφιακές υπηρεσίες',
    nameEn: 'IT and digital services',
    sortOrder: 100,
    cpvPrefixes: ['72', '80533'],
    keywordsEl: [
      'πληροφορική', 'υπολογιστές', 'λογισμικό', 'ιστοσελίδα', 'ιστότοπος', 'εφαρμογή', 'ψηφιακά', 'ψηφιοποίηση',
      'δεδομένα', 'δίκτυα', 'προγραμματισμός', 'προγραμματιστές', 'προσβασιμότητα',
    ],
    keywordsEn: [
      'IT', 'computers', 'computer', 'software', 'website', 'websites', 'web', 'apps', 'app', 'digital',
      'digitisation', 'digitization', 'data', 'networks', 'programming', 'developers', 'accessibility',
    ],
  },
];
