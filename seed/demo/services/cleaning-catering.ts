import type { DemoService } from '../types.ts';
import { servicesOf } from './define-service.ts';

const NORTH_ATHENS = 'EL301';

export const cleaningAndCateringServices: readonly DemoService[] = [
  ...servicesOf('katharo-chalandri', {
    schools: {
      titleEl: 'Καθαρισμός σχολικών μονάδων',
      titleEn: 'School cleaning',
      descriptionEl:
        'Καθημερινός καθαρισμός αιθουσών, διαδρόμων, τουαλετών και γυμναστηρίων μετά το πέρας των μαθημάτων, με σταθερό συνεργείο ανά σχολείο και βιβλίο ελέγχου που υπογράφει ο διευθυντής.',
      descriptionEn:
        'Daily cleaning of classrooms, corridors, toilets and gyms after lessons, with a fixed crew per school and a checklist signed by the head teacher.',
      cpv: ['90919300'],
      categories: ['cleaning'],
      areas: ['mun-chalandri', 'mun-vrilissia', 'mun-agia-paraskevi'],
    },
    'public-buildings': {
      titleEl: 'Καθαριότητα δημοτικών κτιρίων και γραφείων',
      titleEn: 'Cleaning of municipal buildings and offices',
      descriptionEl:
        'Καθαρισμός γραφείων, χώρων υποδοχής κοινού και αιθουσών συνεδριάσεων, πρωινός ή απογευματινός, με οικολογικά πιστοποιημένα απορρυπαντικά.',
      descriptionEn:
        'Morning or afternoon cleaning of offices, public reception areas and meeting rooms with eco-certified detergents.',
      cpv: ['90911200', '90919200'],
      categories: ['cleaning'],
      areas: [NORTH_ATHENS],
    },
    'after-events': {
      titleEl: 'Καθαρισμός χώρων μετά από εκδηλώσεις',
      titleEn: 'Clean-up after events',
      descriptionEl:
        'Συνεργείο που αναλαμβάνει πλατείες, θέατρα και αίθουσες αμέσως μετά από συναυλίες, αγορές και γιορτές, με διαλογή των απορριμμάτων στην πηγή.',
      descriptionEn:
        'A crew that clears squares, theatres and halls right after concerts, markets and festivals, sorting waste at source.',
      cpv: ['90910000'],
      categories: ['cleaning'],
      areas: ['mun-chalandri'],
    },
    streets: {
      titleEl: 'Καθαρισμός πεζοδρόμων και πλατειών',
      titleEn: 'Pavement and square cleaning',
      descriptionEl:
        'Χειρωνακτικός καθαρισμός πεζοδρόμων, πλατειών και στάσεων λεωφορείων σε συμπλήρωση της υπηρεσίας καθαριότητας του δήμου.',
      descriptionEn:
        'Manual cleaning of pavements, squares and bus stops, complementing the municipal cleaning service.',
      cpv: ['90611000'],
      categories: ['cleaning'],
      areas: ['mun-chalandri'],
    },
  }),
  ...servicesOf('lampsi', {
    schools: {
      titleEl: 'Καθημερινός καθαρισμός σχολείων',
      titleEn: 'Daily school cleaning',
      descriptionEl:
        'Καθαρισμός νηπιαγωγείων, δημοτικών και γυμνασίων με προσωπικό που έχει εκπαιδευτεί στην ασφαλή χρήση χημικών κοντά σε παιδιά.',
      descriptionEn:
        'Cleaning of kindergartens, primary and secondary schools by staff trained to use chemicals safely around children.',
      cpv: ['90919300'],
      categories: ['cleaning'],
      areas: ['mun-chalandri', 'mun-papagou-cholargos', 'mun-filothei-psychiko'],
    },
    clinics: {
      titleEl: 'Καθαρισμός και απολύμανση ιατρείων',
      titleEn: 'Cleaning and disinfection of clinics',
      descriptionEl:
        'Καθαρισμός δημοτικών ιατρείων, Κέντρων Υγείας και δομών φροντίδας με πρωτόκολλα απολύμανσης επιφανειών υψηλής επαφής.',
      descriptionEn:
        'Cleaning of municipal clinics, health centres and care facilities using disinfection protocols for high-touch surfaces.',
      cpv: ['90911200', '90921000'],
      categories: ['cleaning'],
      areas: [NORTH_ATHENS],
    },
    offices: {
      titleEl: 'Καθαρισμός γραφείων',
      titleEn: 'Office cleaning',
      descriptionEl: 'Τακτικός καθαρισμός γραφείων υπηρεσιών με ευέλικτο ωράριο, ώστε να μην ενοχλείται το κοινό.',
      descriptionEn: 'Regular office cleaning on flexible hours so that visitors are not disturbed.',
      cpv: ['90919200'],
      categories: ['cleaning'],
      areas: [NORTH_ATHENS],
    },
  }),
  ...servicesOf('astrafto', {
    'municipal-buildings': {
      titleEl: 'Καθαρισμός δημοτικών κτιρίων',
      titleEn: 'Municipal building cleaning',
      descriptionEl:
        'Πλήρης καθαριότητα δημαρχείων, ΚΕΠ και πολιτιστικών κέντρων, με μηχανήματα πλύσης δαπέδων και προγράμματα βαθύ καθαρισμού κάθε τρίμηνο.',
      descriptionEn:
        'Full cleaning of town halls, citizen service centres and cultural centres, with floor scrubbers and a deep clean every quarter.',
      cpv: ['90911200'],
      categories: ['cleaning'],
      areas: [NORTH_ATHENS],
    },
    sports: {
      titleEl: 'Καθαρισμός αθλητικών εγκαταστάσεων',
      titleEn: 'Sports facility cleaning',
      descriptionEl:
        'Καθαρισμός γηπέδων, αποδυτηρίων και κολυμβητηρίων, με ειδικά προϊόντα για αντιολισθητικά δάπεδα και χώρους υγρασίας.',
      descriptionEn:
        'Cleaning of courts, changing rooms and swimming pools with products suited to anti-slip floors and wet areas.',
      cpv: ['90911200'],
      categories: ['cleaning'],
      areas: ['mun-marousi', 'mun-kifisia'],
    },
    'car-parks': {
      titleEl: 'Καθαρισμός χώρων στάθμευσης',
      titleEn: 'Car park cleaning',
      descriptionEl: 'Σάρωση και πλύσιμο υπόγειων και υπαίθριων χώρων στάθμευσης, αφαίρεση λαδιών και απορριμμάτων.',
      descriptionEn: 'Sweeping and washing of underground and open-air car parks, removing oil stains and litter.',
      cpv: ['90914000'],
      categories: ['cleaning'],
      areas: ['mun-marousi'],
    },
    emergency: {
      titleEl: 'Έκτακτοι καθαρισμοί όλο το 24ωρο',
      titleEn: 'Round-the-clock emergency cleaning',
      descriptionEl:
        'Ομάδα ετοιμότητας για καθαρισμό μετά από πλημμύρες, βλάβες σωληνώσεων ή έκτακτα περιστατικά σε δημόσια κτίρια.',
      descriptionEn: 'An on-call team for cleaning after floods, burst pipes or incidents in public buildings.',
      cpv: ['90910000'],
      categories: ['cleaning'],
      areas: ['EL30'],
    },
  }),
  ...servicesOf('ergasia-kai-axioprepeia', {
    offices: {
      titleEl: 'Καθαριότητα γραφείων',
      titleEn: 'Office cleaning',
      descriptionEl:
        'Καθαριότητα γραφείων και χώρων αναμονής από μικτά συνεργεία ληπτών υπηρεσιών ψυχικής υγείας και επαγγελματιών, με εποπτεία κοινωνικού λειτουργού.',
      descriptionEn:
        'Cleaning of offices and waiting rooms by mixed crews of mental-health service users and professionals, supervised by a social worker.',
      cpv: ['90919200'],
      categories: ['cleaning'],
      areas: [NORTH_ATHENS],
    },
    courtyards: {
      titleEl: 'Καθαρισμός και φροντίδα αύλειων χώρων',
      titleEn: 'Courtyard cleaning and upkeep',
      descriptionEl: 'Σκούπισμα, μάζεμα φύλλων και μικρή συντήρηση πρασίνου σε αυλές σχολείων και δημοτικών κτιρίων.',
      descriptionEn: 'Sweeping, leaf collection and light green maintenance in school and municipal courtyards.',
      cpv: ['77314000'],
      categories: ['cleaning', 'green-spaces'],
      areas: ['mun-agia-paraskevi', 'mun-chalandri'],
    },
    equipment: {
      titleEl: 'Καθαρισμός εξοπλισμού γραφείου',
      titleEn: 'Office equipment cleaning',
      descriptionEl:
        'Καθαρισμός πληκτρολογίων, τηλεφώνων και οθονών με κατάλληλα υγρά. Η υπηρεσία είναι προσωρινά σε παύση.',
      descriptionEn: 'Cleaning of keyboards, phones and screens with suitable products. Temporarily paused.',
      status: 'inactive',
      cpv: ['90919100'],
      categories: ['cleaning'],
      areas: ['mun-agia-paraskevi'],
    },
  }),
  ...servicesOf('diafaneia', {
    windows: {
      titleEl: 'Καθαρισμός υαλοπινάκων',
      titleEn: 'Window cleaning',
      descriptionEl:
        'Καθαρισμός τζαμιών, κουφωμάτων και φωτιστικών σε σχολεία και γραφεία, με τηλεσκοπικά κοντάρια και σύστημα καθαρού νερού.',
      descriptionEn:
        'Cleaning of windows, frames and light fittings in schools and offices, using telescopic poles and a pure-water system.',
      cpv: ['90911300'],
      categories: ['cleaning'],
      areas: [NORTH_ATHENS],
    },
    facades: {
      titleEl: 'Καθαρισμός γυάλινων προσόψεων',
      titleEn: 'Glass facade cleaning',
      descriptionEl: 'Καθαρισμός προσόψεων σε ύψος σε συνεργασία με πιστοποιημένους τεχνικούς σχοινιών.',
      descriptionEn: 'Facade cleaning at height together with certified rope-access technicians.',
      cpv: ['90911300'],
      categories: ['cleaning'],
      areas: ['EL30'],
    },
  }),
  ...servicesOf('katharos-orizontas', {
    'deep-clean': {
      titleEl: 'Γενικός καθαρισμός μετά από ανακαίνιση',
      titleEn: 'Post-renovation deep clean',
      descriptionEl:
        'Απομάκρυνση σκόνης, υπολειμμάτων χρωμάτων και κόλλας από χώρους που μόλις ανακαινίστηκαν, ώστε να παραδοθούν έτοιμοι προς χρήση.',
      descriptionEn:
        'Removal of dust, paint and glue residue from freshly renovated spaces so they can be handed over ready for use.',
      cpv: ['90911200'],
      categories: ['cleaning'],
      areas: ['EL302', 'EL303'],
    },
    stairwells: {
      titleEl: 'Καθαρισμός κλιμακοστασίων',
      titleEn: 'Stairwell cleaning',
      descriptionEl:
        'Εβδομαδιαίος καθαρισμός κλιμακοστασίων, ανελκυστήρων και εισόδων σε πολυκατοικίες και δημοτικές κατοικίες.',
      descriptionEn: 'Weekly cleaning of stairwells, lifts and entrances in apartment blocks and municipal housing.',
      cpv: ['90911100'],
      categories: ['cleaning'],
      areas: ['mun-peristeri'],
    },
    disinfection: {
      titleEl: 'Απολυμάνσεις χώρων',
      titleEn: 'Disinfection of premises',
      descriptionEl:
        'Απολυμάνσεις σχολείων, παιδικών σταθμών και γραφείων με εγκεκριμένα σκευάσματα και βεβαίωση εργασιών.',
      descriptionEn:
        'Disinfection of schools, nurseries and offices with approved products and a certificate of works.',
      cpv: ['90921000'],
      categories: ['cleaning'],
      areas: ['EL302'],
    },
  }),
  ...servicesOf('frontida-stin-polykatoikia', {
    'common-areas': {
      titleEl: 'Καθαρισμός κοινόχρηστων χώρων πολυκατοικιών',
      titleEn: null,
      descriptionEl: 'Καθαρισμός εισόδων, κλιμακοστασίων και ταρατσών, με δυνατότητα μικροεπισκευών.',
      descriptionEn: null,
      cpv: ['90911100'],
      categories: ['cleaning'],
      areas: ['mun-nea-ionia'],
    },
  }),
  ...servicesOf('allilegyo-plyntirio', {
    laundry: {
      titleEl: 'Πλύσιμο και σιδέρωμα ιματισμού',
      titleEn: 'Laundry and ironing',
      descriptionEl:
        'Πλύσιμο σεντονιών, πετσετών, ποδιών και στολών για δομές φιλοξενίας, παιδικούς σταθμούς και αθλητικά σωματεία, σε θερμοκρασίες υγιεινής.',
      descriptionEn:
        'Washing of bed linen, towels, aprons and uniforms for shelters, nurseries and sports clubs at hygienic temperatures.',
      cpv: ['98310000', '98315000'],
      categories: ['cleaning'],
      areas: [NORTH_ATHENS],
    },
    pickup: {
      titleEl: 'Παραλαβή και παράδοση ρούχων',
      titleEn: 'Laundry pick-up and delivery',
      descriptionEl:
        'Δύο φορές την εβδομάδα παραλαμβάνουμε και επιστρέφουμε τον ιματισμό με δικό μας όχημα, σε σφραγισμένους σάκους.',
      descriptionEn: 'Twice a week we collect and return laundry in our own van, in sealed bags.',
      cpv: ['98311000'],
      categories: ['cleaning'],
      areas: ['mun-chalandri', 'mun-vrilissia', 'mun-marousi'],
    },
    curtains: {
      titleEl: 'Καθαρισμός κουρτινών και υφασμάτων σκηνής',
      titleEn: 'Curtain and stage fabric cleaning',
      descriptionEl: 'Ξεκρέμασμα, πλύσιμο και επανατοποθέτηση κουρτινών σε σχολεία, θέατρα και αίθουσες εκδηλώσεων.',
      descriptionEn: 'Taking down, washing and re-hanging curtains in schools, theatres and event halls.',
      cpv: ['98310000'],
      categories: ['cleaning'],
      areas: ['mun-chalandri'],
    },
  }),
  ...servicesOf('trapezi-tis-geitonias', {
    nurseries: {
      titleEl: 'Σίτιση παιδικών σταθμών',
      titleEn: 'Meals for nurseries',
      descriptionEl:
        'Πρωινό, δεκατιανό και μεσημεριανό για βρεφονηπιακούς σταθμούς, με μενού εγκεκριμένο από διαιτολόγο και προσαρμογές για αλλεργίες.',
      descriptionEn:
        'Breakfast, snack and lunch for day nurseries, on a dietitian-approved menu with allergy adjustments.',
      cpv: ['55523100'],
      categories: ['catering'],
      areas: ['mun-chalandri', 'mun-vrilissia'],
    },
    'school-meals': {
      titleEl: 'Σχολικά γεύματα',
      titleEn: 'School meals',
      descriptionEl:
        'Ζεστό μεσημεριανό γεύμα για μαθητές ολοήμερων σχολείων, μαγειρεμένο την ίδια μέρα και μεταφερόμενο σε θερμοθαλάμους.',
      descriptionEn:
        'Hot lunches for pupils in all-day schools, cooked the same day and delivered in insulated containers.',
      cpv: ['55524000'],
      categories: ['catering'],
      areas: [NORTH_ATHENS],
    },
    'meals-on-wheels': {
      titleEl: 'Φαγητό στο σπίτι για ηλικιωμένους',
      titleEn: 'Meals on wheels for older people',
      descriptionEl:
        'Καθημερινή παράδοση μαγειρεμένου φαγητού σε ηλικιωμένους και άτομα με αναπηρία που ζουν μόνοι, σε συνεργασία με το πρόγραμμα «Βοήθεια στο Σπίτι».',
      descriptionEn:
        'Daily delivery of cooked meals to older and disabled people living alone, together with the Help at Home programme.',
      cpv: ['55521100'],
      categories: ['catering', 'care-social'],
      areas: ['mun-chalandri'],
    },
  }),
  ...servicesOf('mageiremata-me-psychi', {
    buffets: {
      titleEl: 'Μπουφέδες για σεμινάρια και ημερίδες',
      titleEn: 'Buffets for seminars and workshops',
      descriptionEl:
        'Κρύοι και ζεστοί μπουφέδες με σπιτικές συνταγές, χορτοφαγικές επιλογές και σερβίρισμα από τα μέλη μας.',
      descriptionEn: 'Hot and cold buffets of home recipes with vegetarian options, served by our members.',
      cpv: ['55520000'],
      categories: ['catering'],
      areas: ['EL30'],
    },
    camps: {
      titleEl: 'Σίτιση κατασκηνώσεων',
      titleEn: 'Summer camp catering',
      descriptionEl:
        'Πλήρης διατροφή παιδικών κατασκηνώσεων και καλοκαιρινών προγραμμάτων των δήμων, με τέσσερα γεύματα την ημέρα.',
      descriptionEn: 'Full board for children’s camps and municipal summer programmes, four meals a day.',
      cpv: ['55523000'],
      categories: ['catering'],
      areas: ['EL30'],
    },
    trays: {
      titleEl: 'Ταψιά για εκδηλώσεις συλλόγων',
      titleEn: 'Trays for community events',
      descriptionEl: 'Πίτες, γεμιστά και γλυκά ταψιού για γιορτές συλλόγων και ενοριών, με παράδοση στον χώρο.',
      descriptionEn:
        'Pies, stuffed vegetables and tray sweets for association and parish events, delivered to the venue.',
      cpv: ['55521200'],
      categories: ['catering'],
      areas: ['mun-irakleio', 'mun-metamorfosi', 'mun-nea-ionia'],
    },
  }),
  ...servicesOf('kylikeia-synergasias', {
    canteens: {
      titleEl: 'Διαχείριση κυλικείων δημόσιων κτιρίων',
      titleEn: 'Canteens in public buildings',
      descriptionEl: 'Λειτουργία κυλικείων με προσιτές τιμές, καφέ δίκαιου εμπορίου και σπιτικά σνακ.',
      descriptionEn: 'Affordable canteens with fair-trade coffee and home-made snacks.',
      cpv: ['55512000'],
      categories: ['catering'],
      areas: ['mun-athens'],
    },
    coffee: {
      titleEl: 'Καφές για συσκέψεις',
      titleEn: 'Coffee service for meetings',
      descriptionEl: 'Σερβίρισμα καφέ και αναψυκτικών σε συσκέψεις και συνεδριάσεις.',
      descriptionEn: 'Coffee and soft drinks served at meetings.',
      status: 'inactive',
      cpv: ['55330000'],
      categories: ['catering'],
      areas: ['mun-athens'],
    },
  }),
  ...servicesOf('gefseis-pentelis', {
    events: {
      titleEl: 'Catering δημοτικών εκδηλώσεων',
      titleEn: 'Catering for municipal events',
      descriptionEl: 'Εδέσματα για εγκαίνια, ημερίδες και υποδοχές επισήμων με προϊόντα από παραγωγούς της Αττικής.',
      descriptionEn: 'Food for openings, workshops and official receptions, made with produce from Attica farmers.',
      cpv: ['55520000'],
      categories: ['catering'],
      areas: [NORTH_ATHENS],
    },
    'zero-waste': {
      titleEl: 'Εκδηλώσεις χωρίς πλαστικά μιας χρήσης',
      titleEn: 'Plastic-free event catering',
      descriptionEl:
        'Σερβίρισμα σε πήλινα και γυάλινα σκεύη που συλλέγουμε και πλένουμε εμείς, με μετρήσεις αποβλήτων για τον απολογισμό της εκδήλωσης.',
      descriptionEn:
        'Service on ceramic and glass tableware that we collect and wash, with waste figures for the event report.',
      cpv: ['55520000', '55320000'],
      categories: ['catering'],
      areas: [NORTH_ATHENS, 'EL305'],
    },
  }),
  ...servicesOf('nea-pnoi', {
    canteens: {
      titleEl: 'Λειτουργία καντίνας σε δημοτικά κτίρια και νοσοκομεία',
      titleEn: 'Canteens in town halls and hospitals',
      descriptionEl:
        'Διαχείριση καντίνας με πλήρες ωράριο, υγιεινές επιλογές και προμήθεια από κοινωνικές επιχειρήσεις.',
      descriptionEn: 'Full-hours canteen management with healthy choices, supplied by other social enterprises.',
      cpv: ['55512000', '55510000'],
      categories: ['catering'],
      areas: [NORTH_ATHENS],
    },
    'senior-centres': {
      titleEl: 'Κυλικείο ΚΑΠΗ',
      titleEn: 'Café for senior citizens’ centres',
      descriptionEl: 'Κυλικείο με χαμηλές τιμές στα Κέντρα Ανοιχτής Προστασίας Ηλικιωμένων, ανοιχτό και τα απογεύματα.',
      descriptionEn: 'A low-price café in senior citizens’ centres, open in the afternoons too.',
      cpv: ['55330000'],
      categories: ['catering'],
      areas: ['mun-metamorfosi', 'mun-irakleio'],
    },
    'meeting-lunches': {
      titleEl: 'Ελαφρύ γεύμα για συνεδριάσεις',
      titleEn: 'Light lunches for council meetings',
      descriptionEl: 'Σάντουιτς, σαλάτες και φρούτα για δημοτικά συμβούλια και επιτροπές που συνεδριάζουν ως αργά.',
      descriptionEn: 'Sandwiches, salads and fruit for council and committee meetings that run late.',
      cpv: ['55520000'],
      categories: ['catering'],
      areas: ['mun-metamorfosi', 'mun-nea-ionia'],
    },
  }),
  ...servicesOf('zymi-kai-alati', {
    'school-snack': {
      titleEl: 'Υγιεινό σχολικό κολατσιό',
      titleEn: 'Healthy school snacks',
      descriptionEl:
        'Κουλούρια, πίτες με λιγότερο αλάτι και φρούτα για κυλικεία σχολείων, σύμφωνα με τις προδιαγραφές του Υπουργείου Υγείας.',
      descriptionEn:
        'Sesame rings, lower-salt pies and fruit for school canteens, following Ministry of Health specifications.',
      cpv: ['55524000', '15811000'],
      categories: ['catering', 'food-crafts'],
      areas: ['mun-papagou-cholargos', 'mun-agia-paraskevi'],
    },
    bakery: {
      titleEl: 'Ψωμί και αρτοσκευάσματα για κυλικεία',
      titleEn: 'Bread and bakery goods for canteens',
      descriptionEl: 'Καθημερινή παράδοση ψωμιού ολικής άλεσης και αρτοσκευασμάτων σε κυλικεία και κατασκηνώσεις.',
      descriptionEn: 'Daily delivery of wholemeal bread and baked goods to canteens and camps.',
      cpv: ['15810000'],
      categories: ['food-crafts'],
      areas: [NORTH_ATHENS],
    },
  }),
];
