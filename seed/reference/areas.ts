/**
 * Places an enterprise can serve: the country, its 13 regions (NUTS 2), the NUTS 3
 * regional units (labels from the EU eForms SDK NUTS list, CC BY 4.0; English names
 * written here, because the list's English label repeats the Greek one) and the
 * municipalities around Chalandri that the demo uses.
 *
 * NUTS 3 `ELZZZ` (Extra-Regio) is a statistical placeholder, not a place anyone can
 * serve, so it is left out. Municipalities (LAU) have no NUTS code of their own:
 * their parent is the NUTS 3 unit they belong to.
 */
import type { AreaKind } from '../../db/schema.ts';

export interface AreaEntry {
  id: string;
  kind: AreaKind;
  parentId: string | null;
  nutsCode: string | null;
  nameEl: string;
  nameEn: string;
  lat: number | null;
  lon: number | null;
}

export const COUNTRY_AREA_ID = 'EL';

/** NUTS 2 regions (the 13 Περιφέρειες). */
const regions: ReadonlyArray<readonly [id: string, nameEl: string, nameEn: string]> = [
  ['EL30', 'Περιφέρεια Αττικής', 'Attica'],
  ['EL41', 'Περιφέρεια Βορείου Αιγαίου', 'North Aegean'],
  ['EL42', 'Περιφέρεια Νοτίου Αιγαίου', 'South Aegean'],
  ['EL43', 'Περιφέρεια Κρήτης', 'Crete'],
  ['EL51', 'Περιφέρεια Ανατολικής Μακεδονίας και Θράκης', 'Eastern Macedonia and Thrace'],
  ['EL52', 'Περιφέρεια Κεντρικής Μακεδονίας', 'Central Macedonia'],
  ['EL53', 'Περιφέρεια Δυτικής Μακεδονίας', 'Western Macedonia'],
  ['EL54', 'Περιφέρεια Ηπείρου', 'Epirus'],
  ['EL61', 'Περιφέρεια Θεσσαλίας', 'Thessaly'],
  ['EL62', 'Περιφέρεια Ιονίων Νήσων', 'Ionian Islands'],
  ['EL63', 'Περιφέρεια Δυτικής Ελλάδας', 'Western Greece'],
  ['EL64', 'Περιφέρεια Στερεάς Ελλάδας', 'Central Greece'],
  ['EL65', 'Περιφέρεια Πελοποννήσου', 'Peloponnese'],
];

/** NUTS 3 regional units; the parent region is the first four characters of the code. */
const regionalUnits: ReadonlyArray<readonly [id: string, nameEl: string, nameEn: string]> = [
  ['EL301', 'Βόρειος Τομέας Αθηνών', 'North Athens'],
  ['EL302', 'Δυτικός Τομέας Αθηνών', 'West Athens'],
  ['EL303', 'Κεντρικός Τομέας Αθηνών', 'Central Athens'],
  ['EL304', 'Νότιος Τομέας Αθηνών', 'South Athens'],
  ['EL305', 'Ανατολική Αττική', 'East Attica'],
  ['EL306', 'Δυτική Αττική', 'West Attica'],
  ['EL307', 'Πειραιάς, Νήσοι', 'Piraeus, Islands'],
  ['EL411', 'Λέσβος, Λήμνος', 'Lesbos, Lemnos'],
  ['EL412', 'Ικαρία, Σάμος', 'Ikaria, Samos'],
  ['EL413', 'Χίος', 'Chios'],
  [
    'EL421',
    'Κάλυμνος, Κάρπαθος – Ηρωική Νήσος Κάσος, Κως, Ρόδος',
    'Kalymnos, Karpathos – Heroic Island of Kasos, Kos, Rhodes',
  ],
  [
    'EL422',
    'Άνδρος, Θήρα, Κέα, Μήλος, Μύκονος, Νάξος, Πάρος, Σύρος, Τήνος',
    'Andros, Thira, Kea, Milos, Mykonos, Naxos, Paros, Syros, Tinos',
  ],
  ['EL431', 'Ηράκλειο', 'Heraklion'],
  ['EL432', 'Λασίθι', 'Lasithi'],
  ['EL433', 'Ρέθυμνο', 'Rethymno'],
  ['EL434', 'Χανιά', 'Chania'],
  ['EL511', 'Έβρος', 'Evros'],
  ['EL512', 'Ξάνθη', 'Xanthi'],
  ['EL513', 'Ροδόπη', 'Rhodope'],
  ['EL514', 'Δράμα', 'Drama'],
  ['EL515', 'Θάσος, Καβάλα', 'Thasos, Kavala'],
  ['EL521', 'Ημαθία', 'Imathia'],
  ['EL522', 'Θεσσαλονίκη', 'Thessaloniki'],
  ['EL523', 'Κιλκίς', 'Kilkis'],
  ['EL524', 'Πέλλα', 'Pella'],
  ['EL525', 'Πιερία', 'Pieria'],
  ['EL526', 'Σέρρες', 'Serres'],
  ['EL527', 'Χαλκιδική', 'Chalkidiki'],
  ['EL531', 'Γρεβενά, Κοζάνη', 'Grevena, Kozani'],
  ['EL532', 'Καστοριά', 'Kastoria'],
  ['EL533', 'Φλώρινα', 'Florina'],
  ['EL541', 'Άρτα, Πρέβεζα', 'Arta, Preveza'],
  ['EL542', 'Θεσπρωτία', 'Thesprotia'],
  ['EL543', 'Ιωάννινα', 'Ioannina'],
  ['EL611', 'Καρδίτσα, Τρίκαλα', 'Karditsa, Trikala'],
  ['EL612', 'Λάρισα', 'Larissa'],
  ['EL613', 'Μαγνησία, Σποράδες', 'Magnesia, Sporades'],
  ['EL621', 'Ζάκυνθος', 'Zakynthos'],
  ['EL622', 'Κέρκυρα', 'Corfu'],
  ['EL623', 'Ιθάκη, Κεφαλληνία', 'Ithaca, Kefalonia'],
  ['EL624', 'Λευκάδα', 'Lefkada'],
  ['EL631', 'Αιτωλοακαρνανία', 'Aetolia-Acarnania'],
  ['EL632', 'Αχαΐα', 'Achaea'],
  ['EL633', 'Ηλεία', 'Elis'],
  ['EL641', 'Βοιωτία', 'Boeotia'],
  ['EL642', 'Εύβοια', 'Euboea'],
  ['EL643', 'Ευρυτανία', 'Evrytania'],
  ['EL644', 'Φθιώτιδα', 'Phthiotis'],
  ['EL645', 'Φωκίδα', 'Phocis'],
  ['EL651', 'Αργολίδα, Αρκαδία', 'Argolis, Arcadia'],
  ['EL652', 'Κορινθία', 'Corinthia'],
  ['EL653', 'Λακωνία, Μεσσηνία', 'Laconia, Messenia'],
];

/** Municipalities used by the demo: Chalandri, its neighbours and a few more across Attica. */
const municipalities: ReadonlyArray<
  readonly [id: string, parentId: string, nameEl: string, nameEn: string, lat: number, lon: number]
> = [
  ['mun-chalandri', 'EL301', 'Χαλάνδρι', 'Chalandri', 38.0212, 23.7988],
  ['mun-marousi', 'EL301', 'Αμαρούσιο', 'Marousi', 38.0561, 23.8086],
  ['mun-vrilissia', 'EL301', 'Βριλήσσια', 'Vrilissia', 38.0343, 23.8303],
  ['mun-agia-paraskevi', 'EL301', 'Αγία Παρασκευή', 'Agia Paraskevi', 38.0117, 23.8203],
  ['mun-filothei-psychiko', 'EL301', 'Φιλοθέη-Ψυχικό', 'Filothei-Psychiko', 38.0135, 23.7785],
  ['mun-irakleio', 'EL301', 'Ηράκλειο', 'Irakleio', 38.0517, 23.7667],
  ['mun-metamorfosi', 'EL301', 'Μεταμόρφωση', 'Metamorfosi', 38.061, 23.7553],
  ['mun-papagou-cholargos', 'EL301', 'Παπάγου-Χολαργός', 'Papagou-Cholargos', 38.0005, 23.7985],
  ['mun-penteli', 'EL301', 'Πεντέλη', 'Penteli', 38.052, 23.845],
  ['mun-kifisia', 'EL301', 'Κηφισιά', 'Kifisia', 38.074, 23.811],
  ['mun-nea-ionia', 'EL301', 'Νέα Ιωνία', 'Nea Ionia', 38.0361, 23.7586],
  ['mun-athens', 'EL303', 'Αθήνα', 'Athens', 37.9838, 23.7275],
  ['mun-peristeri', 'EL302', 'Περιστέρι', 'Peristeri', 38.0131, 23.691],
  ['mun-piraeus', 'EL307', 'Πειραιάς', 'Piraeus', 37.942, 23.6465],
  ['mun-glyfada', 'EL304', 'Γλυφάδα', 'Glyfada', 37.865, 23.753],
  ['mun-marathonas', 'EL305', 'Μαραθώνας', 'Marathon', 38.152, 23.963],
  ['mun-pallini', 'EL305', 'Παλλήνη', 'Pallini', 38.001, 23.881],
];

/** Every area, parents before children. */
export const areas: readonly AreaEntry[] = [
  {
    id: COUNTRY_AREA_ID,
    kind: 'country',
    parentId: null,
    nutsCode: 'EL',
    nameEl: 'Ελλάδα',
    nameEn: 'Greece',
    lat: null,
    lon: null,
  },
  ...regions.map(([id, nameEl, nameEn]): AreaEntry => ({
    id,
    kind: 'region',
    parentId: COUNTRY_AREA_ID,
    nutsCode: id,
    nameEl,
    nameEn,
    lat: null,
    lon: null,
  })),
  ...regionalUnits.map(([id, nameEl, nameEn]): AreaEntry => ({
    id,
    kind: 'regional_unit',
    parentId: id.slice(0, 4),
    nutsCode: id,
    nameEl,
    nameEn,
    lat: null,
    lon: null,
  })),
  ...municipalities.map(([id, parentId, nameEl, nameEn, lat, lon]): AreaEntry => ({
    id,
    kind: 'municipality',
    parentId,
    nutsCode: null,
    nameEl,
    nameEn,
    lat,
    lon,
  })),
];
