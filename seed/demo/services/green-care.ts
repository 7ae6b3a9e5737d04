import type { DemoService } from '../types.ts';
import { servicesOf } from './define-service.ts';

const NORTH_ATHENS = 'EL301';

export const greenAndCareServices: readonly DemoService[] = [
  ...servicesOf('prasini-geitonia', {
    parks: {
      titleEl: 'Συντήρηση πάρκων και πλατειών',
      titleEn: 'Park and square maintenance',
      descriptionEl:
        'Κούρεμα χλοοτάπητα, κλάδεμα, πότισμα και καθαρισμός πάρκων και πλατειών, με μηνιαία αναφορά εργασιών και φωτογραφίες πριν και μετά.',
      descriptionEn:
        'Mowing, pruning, watering and litter picking in parks and squares, with a monthly work report and before-and-after photos.',
      cpv: ['77313000'],
      categories: ['green-spaces'],
      areas: ['mun-chalandri', 'mun-vrilissia', 'mun-agia-paraskevi'],
    },
    schoolyards: {
      titleEl: 'Πράσινο στις σχολικές αυλές',
      titleEn: 'Greening schoolyards',
      descriptionEl:
        'Σχεδιάζουμε και φυτεύουμε σκιερές γωνιές και σχολικούς λαχανόκηπους, και μαθαίνουμε στα παιδιά να τους φροντίζουν.',
      descriptionEn:
        'We design and plant shady corners and school vegetable gardens, and teach the children to look after them.',
      cpv: ['77310000', '77314000'],
      categories: ['green-spaces'],
      areas: ['mun-chalandri'],
    },
    irrigation: {
      titleEl: 'Φύτευση και στάγδην άρδευση',
      titleEn: 'Planting and drip irrigation',
      descriptionEl:
        'Φυτεύσεις με ανθεκτικά στην ξηρασία φυτά της ελληνικής χλωρίδας και εγκατάσταση αυτόματου ποτίσματος που εξοικονομεί νερό.',
      descriptionEn: 'Planting drought-tolerant native species and installing water-saving automatic irrigation.',
      cpv: ['77310000'],
      categories: ['green-spaces'],
      areas: [NORTH_ATHENS],
    },
    gardens: {
      titleEl: 'Κηπουρική σε αυλές δημοτικών κτιρίων',
      titleEn: 'Gardening at municipal buildings',
      descriptionEl:
        'Τακτική κηπουρική φροντίδα σε κήπους δημαρχείων, βιβλιοθηκών και ΚΑΠΗ, με εποχικά λουλούδια και αρωματικά.',
      descriptionEn:
        'Regular gardening at town hall, library and senior-centre gardens, with seasonal flowers and herbs.',
      cpv: ['77311000'],
      categories: ['green-spaces'],
      areas: ['mun-chalandri', 'mun-filothei-psychiko'],
    },
  }),
  ...servicesOf('anemoni', {
    weeds: {
      titleEl: 'Καθαρισμός οικοπέδων από ξερά χόρτα',
      titleEn: 'Clearing dry grass from plots',
      descriptionEl:
        'Αποψίλωση δημοτικών οικοπέδων και ακάλυπτων πριν από την αντιπυρική περίοδο, με απομάκρυνση των φυτικών υπολειμμάτων για κομποστοποίηση.',
      descriptionEn:
        'Clearing municipal plots and open yards before the fire season and taking the cuttings away for composting.',
      cpv: ['77312000'],
      categories: ['green-spaces'],
      areas: [NORTH_ATHENS],
    },
    hedges: {
      titleEl: 'Κλάδεμα θάμνων και φροντίδα παρτεριών',
      titleEn: 'Hedge trimming and flowerbed care',
      descriptionEl: 'Κλάδεμα φρακτών και θάμνων, βοτάνισμα και λίπανση παρτεριών σε πεζοδρόμια και νησίδες.',
      descriptionEn: 'Trimming hedges and shrubs, weeding and feeding flowerbeds along pavements and traffic islands.',
      cpv: ['77342000', '77311000'],
      categories: ['green-spaces'],
      areas: ['mun-vrilissia', 'mun-chalandri', 'mun-marousi'],
    },
  }),
  ...servicesOf('kladi-kai-riza', {
    'school-green': {
      titleEl: 'Συντήρηση πρασίνου σε σχολεία και νοσοκομεία',
      titleEn: 'Green maintenance for schools and hospitals',
      descriptionEl: 'Ετήσια προγράμματα συντήρησης πρασίνου με σταθερά συνεργεία και επίβλεψη γεωπόνου.',
      descriptionEn: 'Year-round green maintenance with fixed crews supervised by an agronomist.',
      cpv: ['77314000'],
      categories: ['green-spaces'],
      areas: [NORTH_ATHENS],
    },
    saplings: {
      titleEl: 'Δενδρύλλια από το φυτώριό μας και φύτευση',
      titleEn: 'Saplings from our nursery, planted',
      descriptionEl:
        'Καλλιεργούμε και φυτεύουμε δενδρύλλια για δενδροστοιχίες και αναδασώσεις, με εγγύηση ανάπτυξης ενός έτους.',
      descriptionEn: 'We grow and plant saplings for street trees and reforestation, with a one-year growth guarantee.',
      cpv: ['77310000'],
      categories: ['green-spaces'],
      areas: ['EL30'],
    },
    lawns: {
      titleEl: 'Χλοοτάπητες αθλητικών χώρων',
      titleEn: 'Sports field turf care',
      descriptionEl: 'Σπορά, λίπανση και κούρεμα χλοοταπήτων σε γήπεδα και σχολικά προαύλια.',
      descriptionEn: 'Seeding, feeding and mowing turf on sports fields and school playgrounds.',
      cpv: ['77320000', '77314100'],
      categories: ['green-spaces'],
      areas: ['mun-kifisia', 'mun-marousi'],
    },
  }),
  ...servicesOf('astiko-dasos', {
    pruning: {
      titleEl: 'Κλάδεμα υψηλών δένδρων',
      titleEn: 'Tall tree pruning',
      descriptionEl:
        'Κλαδέματα ασφαλείας και διαμόρφωσης σε δένδρα πεζοδρομίων και πάρκων με καλαθοφόρο όχημα και δενδροκόμους.',
      descriptionEn: 'Safety and formative pruning of street and park trees by arborists with an aerial platform.',
      cpv: ['77341000'],
      categories: ['green-spaces'],
      areas: [NORTH_ATHENS, 'EL305'],
    },
    'fire-prevention': {
      titleEl: 'Αντιπυρικές ζώνες και καθαρισμός ρεμάτων',
      titleEn: 'Firebreaks and stream clearing',
      descriptionEl: 'Δημιουργία αντιπυρικών ζωνών και καθαρισμός ρεμάτων από ξερή βλάστηση στις παρυφές του βουνού.',
      descriptionEn: 'Cutting firebreaks and clearing dry vegetation from streams on the edge of the mountain.',
      cpv: ['77312000'],
      categories: ['green-spaces'],
      areas: ['mun-penteli', 'EL305'],
    },
  }),
  ...servicesOf('fytorio-elpidas', {
    'bedding-plants': {
      titleEl: 'Εποχικά φυτά για παρτέρια',
      titleEn: 'Seasonal bedding plants',
      descriptionEl:
        'Λουλούδια εποχής, αρωματικά και δενδρύλλια από το εργαστήριό μας, με φύτευση από εκπαιδευτές και εργαζόμενους με αναπηρία.',
      descriptionEn:
        'Seasonal flowers, herbs and saplings from our workshop, planted by trainers and workers with disabilities.',
      cpv: ['77310000'],
      categories: ['green-spaces'],
      areas: [NORTH_ATHENS],
    },
    'small-gardens': {
      titleEl: 'Μικρές συντηρήσεις κήπων',
      titleEn: 'Small garden maintenance',
      descriptionEl: 'Βοτάνισμα, πότισμα και φύτευση σε κήπους νηπιαγωγείων και μικρών δημοτικών χώρων.',
      descriptionEn: 'Weeding, watering and planting in kindergarten gardens and small municipal plots.',
      cpv: ['77311000'],
      categories: ['green-spaces'],
      areas: ['mun-agia-paraskevi', 'mun-papagou-cholargos'],
    },
  }),
  ...servicesOf('agkalia-frontidas', {
    'home-care': {
      titleEl: 'Κατ’ οίκον φροντίδα ηλικιωμένων',
      titleEn: 'Home care for older people',
      descriptionEl:
        'Οικογενειακοί βοηθοί για προσωπική υγιεινή, προετοιμασία φαγητού και συντροφιά, με σταθερό επισκέπτη σε κάθε οικογένεια.',
      descriptionEn:
        'Home helpers for personal care, meal preparation and companionship, with the same visitor for each family.',
      cpv: ['85312400'],
      categories: ['care-social'],
      areas: ['mun-chalandri', 'mun-vrilissia'],
    },
    nursing: {
      titleEl: 'Νοσηλευτική φροντίδα στο σπίτι',
      titleEn: 'Nursing care at home',
      descriptionEl:
        'Αλλαγές τραυμάτων, ενέσεις, μέτρηση ζωτικών σημείων και έλεγχος φαρμακευτικής αγωγής από διπλωματούχους νοσηλευτές.',
      descriptionEn: 'Wound dressing, injections, vital-sign checks and medication reviews by registered nurses.',
      cpv: ['85141200'],
      categories: ['care-social'],
      areas: [NORTH_ATHENS],
    },
    physio: {
      titleEl: 'Φυσικοθεραπεία κατ’ οίκον',
      titleEn: 'Physiotherapy at home',
      descriptionEl:
        'Προγράμματα κινητοποίησης και αποκατάστασης μετά από εγχείρηση ή εγκεφαλικό, στον χώρο του ασθενούς.',
      descriptionEn: 'Mobility and rehabilitation programmes after surgery or stroke, in the patient’s home.',
      cpv: ['85142100'],
      categories: ['care-social'],
      areas: [NORTH_ATHENS],
    },
    errands: {
      titleEl: 'Συνοδεία σε γιατρούς και ψώνια',
      titleEn: 'Escort to doctors and errands',
      descriptionEl:
        'Συνοδεύουμε ηλικιωμένους σε ραντεβού, φέρνουμε ψώνια και φάρμακα στο σπίτι και βοηθάμε σε υποθέσεις με τις υπηρεσίες.',
      descriptionEn:
        'We accompany older people to appointments, bring shopping and medicines home and help with paperwork.',
      cpv: ['85312200'],
      categories: ['care-social'],
      areas: ['mun-chalandri'],
    },
  }),
  ...servicesOf('paidiki-gonia', {
    'after-school': {
      titleEl: 'Απογευματινή φροντίδα και μελέτη παιδιών',
      titleEn: 'After-school care and homework help',
      descriptionEl: 'Φροντίδα παιδιών δημοτικού μετά το σχολείο, με μελέτη, δεκατιανό και παιχνίδι έως τις 18:00.',
      descriptionEn: 'Care for primary pupils after school, with homework, a snack and play until 6 pm.',
      cpv: ['85312110'],
      categories: ['care-social'],
      areas: ['mun-marousi'],
    },
    summer: {
      titleEl: 'Καλοκαιρινά προγράμματα δημιουργικής απασχόλησης',
      titleEn: 'Summer activity programmes',
      descriptionEl: 'Εβδομαδιαία προγράμματα με τέχνη, θέατρο, κολύμπι και εκδρομές για παιδιά 6–12 ετών.',
      descriptionEn: 'Weekly programmes of art, drama, swimming and outings for children aged 6–12.',
      cpv: ['92331210'],
      categories: ['care-social', 'events'],
      areas: ['mun-marousi', 'mun-kifisia', 'mun-chalandri'],
    },
  }),
  ...servicesOf('syntrofia', {
    'personal-assistant': {
      titleEl: 'Προσωπικός βοηθός για άτομα με αναπηρία',
      titleEn: 'Personal assistants for disabled people',
      descriptionEl:
        'Προσωπικοί βοηθοί για αυτόνομη διαβίωση, εργασία και σπουδές, με εκπαίδευση στις ανάγκες κάθε ατόμου.',
      descriptionEn: 'Personal assistants for independent living, work and study, trained for each person’s needs.',
      cpv: ['85311200'],
      categories: ['care-social'],
      areas: [NORTH_ATHENS],
    },
    'day-programmes': {
      titleEl: 'Ημερήσια απασχόληση νέων με αναπηρία',
      titleEn: 'Day programmes for young disabled people',
      descriptionEl:
        'Εργαστήρια δεξιοτήτων, αθλητισμός και κοινωνικές δραστηριότητες για νέους με αναπηρία μετά την ολοκλήρωση του σχολείου.',
      descriptionEn: 'Skills workshops, sport and social activities for young disabled people after they leave school.',
      cpv: ['85312120'],
      categories: ['care-social'],
      areas: ['mun-agia-paraskevi'],
    },
    escort: {
      titleEl: 'Συνοδεία σε μετακινήσεις',
      titleEn: 'Travel escort',
      descriptionEl: 'Συνοδεία ατόμων με κινητικά προβλήματα σε μετακινήσεις με δημόσια συγκοινωνία ή ταξί.',
      descriptionEn: 'Escorting people with reduced mobility on public transport or by taxi.',
      cpv: ['85312000'],
      categories: ['care-social'],
      areas: ['EL30'],
    },
  }),
  ...servicesOf('dialogos', {
    'family-counselling': {
      titleEl: 'Συμβουλευτική γονέων και οικογενειών',
      titleEn: 'Parent and family counselling',
      descriptionEl:
        'Ατομικές και ομαδικές συναντήσεις για γονείς, ζευγάρια και οικογένειες σε κρίση, στα γραφεία του δήμου ή διαδικτυακά.',
      descriptionEn:
        'Individual and group sessions for parents, couples and families in crisis, at municipal offices or online.',
      cpv: ['85312320'],
      categories: ['care-social'],
      areas: [NORTH_ATHENS],
    },
    teens: {
      titleEl: 'Ψυχολογική υποστήριξη εφήβων',
      titleEn: 'Psychological support for teenagers',
      descriptionEl:
        'Ψυχολόγοι για εφήβους με άγχος, σχολικό εκφοβισμό ή δυσκολίες στο σπίτι, σε συνεργασία με τα σχολεία.',
      descriptionEn: 'Psychologists for teenagers facing anxiety, bullying or trouble at home, working with schools.',
      cpv: ['85121270'],
      categories: ['care-social'],
      areas: ['mun-papagou-cholargos', 'mun-chalandri', 'mun-agia-paraskevi'],
    },
    career: {
      titleEl: 'Συμβουλευτική σταδιοδρομίας για ανέργους',
      titleEn: 'Career guidance for jobseekers',
      descriptionEl:
        'Καθοδήγηση για επανένταξη στην εργασία, αναγνώριση δεξιοτήτων και αναζήτηση προγραμμάτων κατάρτισης.',
      descriptionEn: 'Guidance on returning to work, recognising skills and finding training programmes.',
      cpv: ['85312310'],
      categories: ['care-social'],
      areas: ['EL30'],
    },
  }),
  ...servicesOf('energeia-entaxis', {
    'job-readiness': {
      titleEl: 'Προγράμματα επανένταξης στην εργασία',
      titleEn: 'Return-to-work programmes',
      descriptionEl:
        'Εξάμηνα προγράμματα με εργασιακή εμπειρία, εκπαίδευση και υποστήριξη από σύμβουλο για μακροχρόνια ανέργους.',
      descriptionEn:
        'Six-month programmes of work experience, training and one-to-one coaching for the long-term unemployed.',
      cpv: ['85312510'],
      categories: ['care-social'],
      areas: ['EL302', 'EL303'],
    },
    'cv-workshops': {
      titleEl: 'Εργαστήρια βιογραφικού και συνέντευξης',
      titleEn: 'CV and interview workshops',
      descriptionEl:
        'Πρακτικά εργαστήρια σε μικρές ομάδες για σύνταξη βιογραφικού, χρήση πλατφορμών εύρεσης εργασίας και προσομοίωση συνέντευξης.',
      descriptionEn: 'Hands-on small-group workshops on CV writing, job platforms and mock interviews.',
      cpv: ['85312300'],
      categories: ['care-social'],
      areas: ['EL30'],
    },
    'staff-training': {
      titleEl: 'Εκπαίδευση προσωπικού σε θέματα ένταξης',
      titleEn: 'Staff training on inclusion',
      descriptionEl: 'Σεμινάρια για υπαλλήλους που εξυπηρετούν ευάλωτες ομάδες. Νέοι κύκλοι θα ανακοινωθούν.',
      descriptionEn: 'Seminars for staff serving vulnerable groups. New rounds to be announced.',
      status: 'inactive',
      cpv: ['80511000'],
      categories: ['care-social'],
      areas: ['EL30'],
    },
  }),
  ...servicesOf('allilegyi-dianomi', {
    'food-delivery': {
      titleEl: 'Διανομή τροφίμων κατ’ οίκον',
      titleEn: 'Home delivery of food parcels',
      descriptionEl:
        'Μεταφέρουμε δέματα του κοινωνικού παντοπωλείου σε ωφελούμενους που δεν μπορούν να μετακινηθούν, με καταγραφή κάθε παράδοσης.',
      descriptionEn: 'We deliver social-grocery parcels to beneficiaries who cannot get out, logging every delivery.',
      cpv: ['85312200'],
      categories: ['care-social'],
      areas: ['mun-athens'],
    },
    pharmacy: {
      titleEl: 'Παράδοση φαρμάκων σε ασθενείς',
      titleEn: 'Medicine delivery to patients',
      descriptionEl: 'Παραλαβή συνταγών και παράδοση φαρμάκων από το κοινωνικό φαρμακείο σε χρόνια πάσχοντες.',
      descriptionEn: 'Collecting prescriptions and delivering medicines from the social pharmacy to chronic patients.',
      cpv: ['85312000'],
      categories: ['care-social'],
      areas: ['mun-athens', 'EL303'],
    },
    meals: {
      titleEl: 'Παράδοση μαγειρεμένου φαγητού',
      titleEn: 'Delivery of cooked meals',
      descriptionEl: 'Διανομή φαγητού από κοινωνικές κουζίνες σε ηλικιωμένους με ηλεκτρικά τρίκυκλα.',
      descriptionEn: 'Delivering food from community kitchens to older people by electric cargo tricycle.',
      cpv: ['55521100'],
      categories: ['catering', 'care-social'],
      areas: ['EL303'],
    },
  }),
];
