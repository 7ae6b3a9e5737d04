import { COUNTRY_AREA_ID } from '../../reference/areas.ts';
import type { DemoService } from '../types.ts';
import { servicesOf } from './define-service.ts';

const NORTH_ATHENS = 'EL301';

export const foodTourismItServices: readonly DemoService[] = [
  ...servicesOf('anthomeli-marathona', {
    honey: {
      titleEl: 'Θυμαρίσιο μέλι και πευκόμελο Μαραθώνα',
      titleEn: 'Marathon thyme and pine honey',
      descriptionEl:
        'Μέλι από τα μελίσσια των μελών μας, τυποποιημένο στον συνεταιρισμό, σε βάζα των 250 γρ. έως δοχεία των 5 κιλών για κουζίνες δομών.',
      descriptionEn:
        'Honey from our members’ hives, packed by the cooperative, from 250 g jars to 5 kg tins for institutional kitchens.',
      cpv: ['15831600'],
      categories: ['food-crafts'],
      areas: [COUNTRY_AREA_ID],
    },
    gifts: {
      titleEl: 'Δώρα με μέλι και κερί για εκδηλώσεις',
      titleEn: 'Honey and beeswax gifts for events',
      descriptionEl:
        'Μικρά βαζάκια μέλι, κεριά από μελισσοκέρι και ετικέτες με το λογότυπο του φορέα σας για συνέδρια και επισκέψεις.',
      descriptionEn: 'Small honey jars, beeswax candles and labels with your logo for conferences and official visits.',
      cpv: ['15831600'],
      categories: ['food-crafts'],
      areas: ['EL30'],
    },
    'bee-visits': {
      titleEl: 'Εκπαιδευτικές επισκέψεις σε μελισσοκομείο',
      titleEn: 'Educational visits to an apiary',
      descriptionEl: 'Σχολικές εκδρομές στα μελίσσια του Μαραθώνα, με στολές προστασίας και γευσιγνωσία μελιού.',
      descriptionEn: 'School trips to the Marathon apiaries, with protective suits and honey tasting.',
      cpv: ['63511000'],
      categories: ['tourism', 'food-crafts'],
      areas: ['mun-marathonas'],
    },
  }),
  ...servicesOf('glyko-tou-koutaliou', {
    treats: {
      titleEl: 'Κεράσματα για δημοτικές εκδηλώσεις',
      titleEn: 'Treats for municipal events',
      descriptionEl:
        'Κουλουράκια, μελομακάρονα και γλυκά του κουταλιού για εκδηλώσεις, γιορτές και εγκαίνια, σε ατομικές συσκευασίες.',
      descriptionEn:
        'Butter biscuits, honey cookies and spoon sweets for events, festivities and openings, individually wrapped.',
      cpv: ['15812000'],
      categories: ['food-crafts'],
      areas: ['mun-chalandri', NORTH_ATHENS],
    },
    'gift-boxes': {
      titleEl: 'Συσκευασίες δώρων με τοπικά γλυκά',
      titleEn: 'Gift boxes of local sweets',
      descriptionEl: 'Κουτιά δώρων για επίσημους επισκέπτες με γλυκά, μαρμελάδες και κάρτα από το τοπικό τυπογραφείο.',
      descriptionEn: 'Gift boxes for official visitors with sweets, jams and a card from the local print shop.',
      cpv: ['15812000'],
      categories: ['food-crafts'],
      areas: ['EL30'],
    },
    biscuits: {
      titleEl: 'Κουλουράκια και μπισκότα',
      titleEn: 'Biscuits and cookies',
      descriptionEl: 'Κουλουράκια και μπισκότα χωρίς συντηρητικά για ΚΑΠΗ και παιδικούς σταθμούς.',
      descriptionEn: 'Preservative-free biscuits and cookies for senior centres and nurseries.',
      cpv: ['15820000'],
      categories: ['food-crafts'],
      areas: [NORTH_ATHENS],
    },
  }),
  ...servicesOf('pilos-kai-chromata', {
    gifts: {
      titleEl: 'Κεραμικά αναμνηστικά και τιμητικές πλακέτες',
      titleEn: 'Ceramic souvenirs and commemorative plaques',
      descriptionEl: 'Χειροποίητα κεραμικά με το σήμα του δήμου για επισκέπτες, βραβεύσεις και αδελφοποιήσεις.',
      descriptionEn: 'Hand-made ceramics bearing the municipal emblem for visitors, awards and twinning ceremonies.',
      cpv: ['39298900'],
      categories: ['food-crafts'],
      areas: ['EL30'],
    },
    medals: {
      titleEl: 'Μετάλλια και έπαθλα αγώνων',
      titleEn: 'Race medals and trophies',
      descriptionEl:
        'Κεραμικά μετάλλια και έπαθλα για αγώνες δρόμου και σχολικά πρωταθλήματα, σε ποσότητες έως 2.000 τεμάχια.',
      descriptionEn: 'Ceramic medals and trophies for fun runs and school championships, in runs of up to 2,000.',
      cpv: ['39298900'],
      categories: ['food-crafts'],
      areas: ['EL30'],
    },
    workshops: {
      titleEl: 'Εργαστήρια κεραμικής για σχολεία',
      titleEn: 'Pottery workshops for schools',
      descriptionEl:
        'Δίωρα εργαστήρια κεραμικής στην τάξη ή στο εργαστήριό μας, με ψήσιμο και παράδοση των έργων στα παιδιά.',
      descriptionEn:
        'Two-hour pottery workshops in the classroom or at our studio, with firing and delivery of the pieces.',
      cpv: ['92312000'],
      categories: ['events', 'food-crafts'],
      areas: [NORTH_ATHENS],
    },
  }),
  ...servicesOf('zymoto', {
    bread: {
      titleEl: 'Ψωμί με προζύμι για δομές',
      titleEn: 'Sourdough bread for care services',
      descriptionEl: 'Καθημερινή παράδοση ψωμιού με προζύμι σε ΚΑΠΗ, παιδικούς σταθμούς και κοινωνικά παντοπωλεία.',
      descriptionEn: 'Daily delivery of sourdough bread to senior centres, nurseries and social groceries.',
      cpv: ['15811000'],
      categories: ['food-crafts'],
      areas: [NORTH_ATHENS],
    },
    rusks: {
      titleEl: 'Παξιμάδια και κριτσίνια',
      titleEn: 'Rusks and breadsticks',
      descriptionEl: 'Παξιμάδια κριθαρένια και ολικής άλεσης και κριτσίνια για κυλικεία και κεράσματα.',
      descriptionEn: 'Barley and wholemeal rusks and breadsticks for canteens and receptions.',
      cpv: ['15820000'],
      categories: ['food-crafts'],
      areas: [NORTH_ATHENS],
    },
  }),
  ...servicesOf('periigiseis-attikis', {
    walks: {
      titleEl: 'Ξεναγήσεις στις γειτονιές της Αθήνας',
      titleEn: 'Guided walks through Athens neighbourhoods',
      descriptionEl:
        'Περίπατοι με ξεναγό στα Εξάρχεια, στο Μεταξουργείο, στην Κοκκινιά και στα προσφυγικά της Αλεξάνδρας, σε επτά γλώσσες.',
      descriptionEn:
        'Guided walks through Exarchia, Metaxourgeio, Kokkinia and the Alexandras refugee blocks, in seven languages.',
      cpv: ['63514000'],
      categories: ['tourism'],
      areas: ['mun-athens', 'mun-piraeus'],
    },
    schools: {
      titleEl: 'Εκπαιδευτικοί περίπατοι για σχολεία',
      titleEn: 'Educational walks for schools',
      descriptionEl: 'Θεματική ξενάγηση δύο ωρών για μαθητές, προσαρμοσμένη στο αναλυτικό πρόγραμμα ιστορίας.',
      descriptionEn: 'Two-hour themed tours for pupils, matched to the history curriculum.',
      cpv: ['63514000'],
      categories: ['tourism'],
      areas: ['EL30'],
    },
    accessible: {
      titleEl: 'Προσβάσιμες διαδρομές για άτομα με αναπηρία',
      titleEn: 'Accessible routes for disabled visitors',
      descriptionEl:
        'Διαδρομές κατάλληλες για αμαξίδια, με απτικό υλικό και ακουστική περιγραφή για τυφλούς επισκέπτες.',
      descriptionEn: 'Wheelchair-friendly routes with tactile material and audio description for blind visitors.',
      cpv: ['63514000'],
      categories: ['tourism'],
      areas: ['EL303'],
    },
  }),
  ...servicesOf('monopatia-pentelis', {
    hikes: {
      titleEl: 'Οργανωμένες πεζοπορίες',
      titleEn: 'Guided hikes',
      descriptionEl:
        'Πεζοπορίες μισής και ολόκληρης ημέρας στην Πεντέλη και τον Υμηττό, με πιστοποιημένους συνοδούς βουνού.',
      descriptionEn: 'Half-day and full-day hikes on Penteli and Hymettus with certified mountain guides.',
      cpv: ['63511000'],
      categories: ['tourism'],
      areas: [NORTH_ATHENS, 'EL305'],
    },
    trails: {
      titleEl: 'Καθαρισμός και σήμανση μονοπατιών',
      titleEn: 'Trail clearing and waymarking',
      descriptionEl: 'Καθαρίζουμε βλάστηση, επισκευάζουμε ξερολιθιές και τοποθετούμε σήμανση σε δημοτικά μονοπάτια.',
      descriptionEn: 'We clear vegetation, repair dry-stone walls and waymark municipal trails.',
      cpv: ['77312000'],
      categories: ['green-spaces', 'tourism'],
      areas: ['mun-penteli'],
    },
    'nature-education': {
      titleEl: 'Περιβαλλοντικά προγράμματα για σχολεία',
      titleEn: 'Nature programmes for schools',
      descriptionEl: 'Εκπαιδευτικοί περίπατοι για τη χλωρίδα, την πανίδα και την προστασία του δάσους από πυρκαγιές.',
      descriptionEn: 'Educational walks about plants, wildlife and protecting the forest from fire.',
      cpv: ['63513000'],
      categories: ['tourism'],
      areas: [NORTH_ATHENS],
    },
  }),
  ...servicesOf('filoxenos-peiraias', {
    'info-kiosk': {
      titleEl: 'Περίπτερο τουριστικής πληροφόρησης',
      titleEn: 'Tourist information kiosk',
      descriptionEl:
        'Πληροφορίες για συγκοινωνίες, μουσεία, καταστήματα και εστιατόρια της πόλης, καθημερινά τις ώρες άφιξης κρουαζιερόπλοιων.',
      descriptionEn: 'Information on transport, museums, shops and restaurants, daily during cruise-ship arrivals.',
      cpv: ['63513000'],
      categories: ['tourism'],
      areas: ['mun-piraeus'],
    },
    walks: {
      titleEl: 'Ξεναγήσεις στον Πειραιά',
      titleEn: 'Guided tours of Piraeus',
      descriptionEl:
        'Περίπατοι στην Καστέλλα, στο Πασαλιμάνι και στη ναυτική ιστορία της πόλης με ξεναγούς που μεγάλωσαν εκεί.',
      descriptionEn: 'Walks around Kastella, Pasalimani and the city’s maritime history with guides who grew up there.',
      cpv: ['63514000'],
      categories: ['tourism'],
      areas: ['EL307'],
    },
  }),
  ...servicesOf('psifiaki-allileggyi', {
    websites: {
      titleEl: 'Κατασκευή ιστοσελίδων για δήμους και φορείς',
      titleEn: 'Website development for public bodies',
      descriptionEl:
        'Κατασκευή ιστοσελίδων με ανοιχτό λογισμικό, δίγλωσσο περιεχόμενο και πλήρη προσβασιμότητα, με εκπαίδευση των διαχειριστών.',
      descriptionEn:
        'Open-source websites with bilingual content and full accessibility, including training for the editors.',
      cpv: ['72413000'],
      categories: ['it'],
      areas: ['EL30'],
    },
    accessibility: {
      titleEl: 'Έλεγχοι προσβασιμότητας ιστοσελίδων',
      titleEn: 'Website accessibility audits',
      descriptionEl:
        'Έλεγχος συμμόρφωσης με τις οδηγίες WCAG 2.2 και τον ν. 4591/2019, με δοκιμές από χρήστες με αναπηρία και αναφορά διορθώσεων.',
      descriptionEn:
        'Conformance audits against WCAG 2.2 and Law 4591/2019, with tests by disabled users and a remediation report.',
      cpv: ['72200000'],
      categories: ['it'],
      areas: [COUNTRY_AREA_ID],
    },
    'digital-skills': {
      titleEl: 'Μαθήματα ψηφιακών δεξιοτήτων για ηλικιωμένους',
      titleEn: 'Digital skills classes for older people',
      descriptionEl:
        'Μικρά τμήματα για χρήση κινητού, gov.gr και ηλεκτρονικών συνταγών, στα ΚΑΠΗ και στις βιβλιοθήκες.',
      descriptionEn: 'Small classes on smartphones, gov.gr and e-prescriptions, in senior centres and libraries.',
      cpv: ['80533100'],
      categories: ['it'],
      areas: ['mun-chalandri'],
    },
  }),
  ...servicesOf('kodikas-koinotitas', {
    apps: {
      titleEl: 'Ανάπτυξη λογισμικού για κοινωνικές υπηρεσίες',
      titleEn: 'Software for social services',
      descriptionEl:
        'Εφαρμογές για μητρώα ωφελουμένων, ραντεβού και διανομές, σχεδιασμένες μαζί με τους κοινωνικούς λειτουργούς που θα τις χρησιμοποιούν.',
      descriptionEn:
        'Applications for beneficiary registers, appointments and distributions, designed with the social workers who will use them.',
      cpv: ['72262000'],
      categories: ['it'],
      areas: ['EL30'],
    },
    hosting: {
      titleEl: 'Φιλοξενία και υποστήριξη εφαρμογών',
      titleEn: 'Hosting and application support',
      descriptionEl:
        'Φιλοξενία σε υποδομές εντός ΕΕ, αντίγραφα ασφαλείας, ενημερώσεις και υποστήριξη με σύμβαση επιπέδου υπηρεσίας.',
      descriptionEn: 'EU hosting, backups, updates and support under a service-level agreement.',
      cpv: ['72415000', '72267000'],
      categories: ['it'],
      areas: ['EL30'],
    },
    volunteers: {
      titleEl: 'Πλατφόρμα διαχείρισης εθελοντών',
      titleEn: 'Volunteer management platform',
      descriptionEl: 'Διαδικτυακή εφαρμογή για εγγραφή εθελοντών, βάρδιες και ενημερώσεις, για δήμους και συλλόγους.',
      descriptionEn:
        'A web application for volunteer sign-up, shifts and updates, for municipalities and associations.',
      cpv: ['72212220'],
      categories: ['it'],
      areas: ['EL30'],
    },
  }),
  ...servicesOf('dedomena-gia-olous', {
    digitisation: {
      titleEl: 'Ψηφιοποίηση αρχείων',
      titleEn: 'Archive digitisation',
      descriptionEl:
        'Σάρωση, ευρετηρίαση και οπτική αναγνώριση χαρακτήρων για δημοτικά αρχεία, μητρώα και πολεοδομικούς φακέλους.',
      descriptionEn: 'Scanning, indexing and OCR for municipal archives, registers and planning files.',
      cpv: ['72310000'],
      categories: ['it'],
      areas: ['EL30'],
    },
    'data-entry': {
      titleEl: 'Καταχώριση δεδομένων',
      titleEn: 'Data entry',
      descriptionEl: 'Καταχώριση αιτήσεων, ερωτηματολογίων και καταλόγων με διπλό έλεγχο ακρίβειας.',
      descriptionEn: 'Entry of applications, questionnaires and lists, double-checked for accuracy.',
      cpv: ['72312000'],
      categories: ['it'],
      areas: ['EL30'],
    },
    'accessible-documents': {
      titleEl: 'Μετατροπή εντύπων σε προσβάσιμα ψηφιακά αρχεία',
      titleEn: 'Converting forms into accessible digital files',
      descriptionEl:
        'Μετατρέπουμε έντυπα και αιτήσεις σε προσβάσιμα PDF και ηλεκτρονικές φόρμες που διαβάζονται από αναγνώστες οθόνης.',
      descriptionEn: 'We turn printed forms into accessible PDFs and online forms that work with screen readers.',
      cpv: ['72310000', '79822000'],
      categories: ['it', 'printing-design'],
      areas: ['EL30'],
    },
  }),
  ...servicesOf('ploigos', {
    support: {
      titleEl: 'Τεχνική υποστήριξη υπολογιστών και δικτύων',
      titleEn: 'Computer and network support',
      descriptionEl:
        'Επισκευές, εγκαταστάσεις λογισμικού και συντήρηση δικτύων σε σχολεία, συλλόγους και μικρούς φορείς.',
      descriptionEn:
        'Repairs, software installation and network maintenance for schools, associations and small public bodies.',
      cpv: ['72253200'],
      categories: ['it'],
      areas: ['EL304'],
    },
    refurbish: {
      titleEl: 'Ανακατασκευή υπολογιστών για μαθητές',
      titleEn: 'Refurbished computers for pupils',
      descriptionEl:
        'Παλιοί υπολογιστές φορέων ξαναστήνονται με ελεύθερο λογισμικό και δωρίζονται σε μαθητές. Σε αναμονή νέας χρηματοδότησης.',
      descriptionEn: 'Old computers are refitted with free software and donated to pupils. Waiting for new funding.',
      status: 'inactive',
      cpv: ['72250000'],
      categories: ['it'],
      areas: ['mun-glyfada'],
    },
    classes: {
      titleEl: 'Μαθήματα υπολογιστών για ενήλικες',
      titleEn: 'Computer classes for adults',
      descriptionEl:
        'Κύκλοι οκτώ μαθημάτων για αρχάριους: email, διαδίκτυο, ασφάλεια και ψηφιακές υπηρεσίες του δημοσίου.',
      descriptionEn: 'Eight-lesson beginners’ courses: email, the web, online safety and public digital services.',
      cpv: ['80533100'],
      categories: ['it'],
      areas: ['EL304'],
    },
  }),
];
