/**
 * The directory's own service categories: the words a municipal employee or a
 * resident browses by. Each one maps to CPV prefixes (significant digits), so a
 * search by category can also find services that were tagged only with a CPV code.
 * Every prefix must be the start of at least one code in `cpv-codes.ts`.
 */

export interface CategoryEntry {
  /** Stable kebab-case slug; used in URLs and in the HSDS taxonomy. */
  id: string;
  nameEl: string;
  nameEn: string;
  sortOrder: number;
  cpvPrefixes: readonly string[];
}

export const categories: readonly CategoryEntry[] = [
  {
    id: 'cleaning',
    nameEl: 'Καθαριότητα',
    nameEn: 'Cleaning',
    sortOrder: 10,
    // Building, office and school cleaning; street sweeping; disinfection; laundry.
    cpvPrefixes: ['9091', '9061', '9092', '9831'],
  },
  {
    id: 'catering',
    nameEl: 'Σίτιση και τροφοδοσία',
    nameEn: 'Catering and meals',
    sortOrder: 20,
    cpvPrefixes: ['555', '553', '554'],
  },
  {
    id: 'green-spaces',
    nameEl: 'Πράσινο και κηπουρική',
    nameEn: 'Green spaces and gardening',
    sortOrder: 30,
    cpvPrefixes: ['7731', '7732', '7734'],
  },
  {
    id: 'care-social',
    nameEl: 'Φροντίδα και κοινωνικές υπηρεσίες',
    nameEn: 'Care and social services',
    sortOrder: 40,
    cpvPrefixes: ['853', '851'],
  },
  {
    id: 'printing-design',
    nameEl: 'Εκτυπώσεις και γραφιστικά',
    nameEn: 'Printing and graphic design',
    sortOrder: 50,
    cpvPrefixes: ['798', '7997'],
  },
  {
    id: 'recycling',
    nameEl: 'Ανακύκλωση και επαναχρησιμοποίηση',
    nameEn: 'Recycling and reuse',
    sortOrder: 60,
    cpvPrefixes: ['905', '9071'],
  },
  {
    id: 'events',
    nameEl: 'Εκδηλώσεις και πολιτισμός',
    nameEn: 'Events and culture',
    sortOrder: 70,
    cpvPrefixes: ['7995', '7996', '923'],
  },
  {
    id: 'food-crafts',
    nameEl: 'Τρόφιμα και χειροτεχνία',
    nameEn: 'Food and crafts',
    sortOrder: 80,
    cpvPrefixes: ['158', '39298'],
  },
  {
    id: 'tourism',
    nameEl: 'Τουρισμός και ξεναγήσεις',
    nameEn: 'Tourism and guided tours',
    sortOrder: 90,
    cpvPrefixes: ['635'],
  },
  {
    id: 'it',
    nameEl: 'Πληροφορική και ψηφιακές υπηρεσίες',
    nameEn: 'IT and digital services',
    sortOrder: 100,
    cpvPrefixes: ['72', '80533'],
  },
];
