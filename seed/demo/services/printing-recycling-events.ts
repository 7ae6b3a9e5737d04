import type { DemoService } from '../types.ts';
import { servicesOf } from './define-service.ts';

const NORTH_ATHENS = 'EL301';

export const printingRecyclingEventsServices: readonly DemoService[] = [
  ...servicesOf('typografeio-tis-geitonias', {
    offset: {
      titleEl: 'Εκτυπώσεις εντύπων και αφισών',
      titleEn: 'Printing of leaflets and posters',
      descriptionEl:
        'Όφσετ εκτυπώσεις φυλλαδίων, αφισών και επιστολόχαρτων σε ανακυκλωμένο χαρτί, με δωρεάν δοκίμιο χρώματος.',
      descriptionEn:
        'Offset printing of leaflets, posters and letterheads on recycled paper, with a free colour proof.',
      cpv: ['79810000'],
      categories: ['printing-design'],
      areas: ['EL30'],
    },
    digital: {
      titleEl: 'Ψηφιακές εκτυπώσεις μικρών ποσοτήτων',
      titleEn: 'Short-run digital printing',
      descriptionEl:
        'Γρήγορες ψηφιακές εκτυπώσεις για προσκλήσεις, κάρτες και έντυπα εκδηλώσεων, με παράδοση σε 48 ώρες.',
      descriptionEn: 'Fast digital printing of invitations, cards and event material, delivered within 48 hours.',
      cpv: ['79811000'],
      categories: ['printing-design'],
      areas: [NORTH_ATHENS],
    },
    reports: {
      titleEl: 'Εκτύπωση και βιβλιοδεσία εκθέσεων',
      titleEn: 'Printing and binding of reports',
      descriptionEl: 'Εκθέσεις πεπραγμένων, οδηγοί και ημερολόγια, τυπωμένα και βιβλιοδετημένα στο ίδιο εργαστήριο.',
      descriptionEn: 'Annual reports, guides and calendars printed and bound in the same workshop.',
      cpv: ['79810000', '79971000'],
      categories: ['printing-design'],
      areas: ['EL30'],
    },
  }),
  ...servicesOf('chromata-kai-grammes', {
    identity: {
      titleEl: 'Γραφιστικά και εταιρική ταυτότητα',
      titleEn: 'Graphic design and visual identity',
      descriptionEl:
        'Λογότυπα, οδηγοί ταυτότητας και πρότυπα εντύπων για δήμους, νομικά πρόσωπα και συλλόγους, με παράδοση των ανοιχτών αρχείων.',
      descriptionEn:
        'Logos, identity guidelines and document templates for municipalities, public bodies and associations, with source files included.',
      cpv: ['79822500'],
      categories: ['printing-design'],
      areas: ['EL30'],
    },
    posters: {
      titleEl: 'Σχεδιασμός αφισών και προσκλήσεων',
      titleEn: 'Poster and invitation design',
      descriptionEl:
        'Εικονογραφημένες αφίσες και προσκλήσεις για πολιτιστικές εκδηλώσεις, έτοιμες για εκτύπωση και για τα μέσα κοινωνικής δικτύωσης.',
      descriptionEn: 'Illustrated posters and invitations for cultural events, ready for print and for social media.',
      cpv: ['79822500'],
      categories: ['printing-design', 'events'],
      areas: [NORTH_ATHENS],
    },
    'easy-read': {
      titleEl: 'Έντυπα σε απλή γλώσσα και προσβάσιμες εκδόσεις',
      titleEn: 'Plain-language and accessible publications',
      descriptionEl:
        'Ξαναγράφουμε ενημερωτικά κείμενα σε απλή γλώσσα και ετοιμάζουμε εκδόσεις με μεγάλα γράμματα και αντίθεση για άτομα με προβλήματα όρασης.',
      descriptionEn:
        'We rewrite information in plain language and produce large-print, high-contrast versions for people with low vision.',
      cpv: ['79822000'],
      categories: ['printing-design'],
      areas: ['EL30'],
    },
  }),
  ...servicesOf('ergani', {
    mailing: {
      titleEl: 'Εκτύπωση, φακέλωση και ταχυδρόμηση',
      titleEn: 'Printing, enveloping and mailing',
      descriptionEl:
        'Ειδοποιητήρια, λογαριασμοί και ενημερωτικές επιστολές από το αρχείο έως την κατάθεση στο ταχυδρομείο.',
      descriptionEn: 'Notices, bills and newsletters handled from data file to post office.',
      cpv: ['79823000'],
      categories: ['printing-design'],
      areas: ['EL30'],
    },
    binding: {
      titleEl: 'Βιβλιοδεσία και φινίρισμα',
      titleEn: 'Bookbinding and finishing',
      descriptionEl: 'Βιβλιοδεσία πρακτικών, μητρώων και αρχείων, πλαστικοποίηση και κοπή.',
      descriptionEn: 'Binding of minutes, registers and archives; laminating and trimming.',
      cpv: ['79971000'],
      categories: ['printing-design'],
      areas: [NORTH_ATHENS],
    },
    invitations: {
      titleEl: 'Προσκλήσεις και ευχετήριες κάρτες',
      titleEn: 'Invitations and greeting cards',
      descriptionEl: 'Ψηφιακή εκτύπωση προσκλήσεων και καρτών σε ειδικά χαρτιά, με φακέλους.',
      descriptionEn: 'Digital printing of invitations and cards on specialty papers, with envelopes.',
      cpv: ['79810000'],
      categories: ['printing-design'],
      areas: [NORTH_ATHENS],
    },
  }),
  ...servicesOf('kollaz', {
    photo: {
      titleEl: 'Φωτογραφική κάλυψη εκδηλώσεων',
      titleEn: 'Event photography',
      descriptionEl:
        'Φωτογράφιση εκδηλώσεων, εγκαινίων και έργων, με άδειες χρήσης για τον δήμο και συναινέσεις των εικονιζομένων.',
      descriptionEn:
        'Photography of events, openings and projects, with usage rights for the municipality and consent from the people pictured.',
      cpv: ['79961000'],
      categories: ['printing-design', 'events'],
      areas: ['EL30'],
    },
    campaigns: {
      titleEl: 'Εκστρατείες ενημέρωσης',
      titleEn: 'Awareness campaigns',
      descriptionEl:
        'Σχεδιασμός εκστρατειών για ανακύκλωση, οδική ασφάλεια και δημόσια υγεία, από το μήνυμα έως τα γραφιστικά.',
      descriptionEn: 'Campaigns on recycling, road safety and public health, from the message to the graphics.',
      cpv: ['79822500'],
      categories: ['printing-design'],
      areas: ['EL30'],
    },
    exhibitions: {
      titleEl: 'Υπαίθριες εκθέσεις φωτογραφίας',
      titleEn: 'Outdoor photo exhibitions',
      descriptionEl: 'Εκθέσεις φωτογραφίας σε πλατείες και σταθμούς. Προσωρινά δεν αναλαμβάνουμε νέες.',
      descriptionEn: 'Photo exhibitions in squares and stations. Not taking new bookings for now.',
      status: 'inactive',
      cpv: ['79956000'],
      categories: ['events'],
      areas: ['mun-athens'],
    },
  }),
  ...servicesOf('defteri-zoi', {
    reuse: {
      titleEl: 'Συλλογή και επαναχρησιμοποίηση επίπλων και συσκευών',
      titleEn: 'Collection and reuse of furniture and appliances',
      descriptionEl:
        'Παραλαμβάνουμε ογκώδη αντικείμενα από κατοίκους και υπηρεσίες, τα επισκευάζουμε και τα διαθέτουμε σε οικογένειες μέσω της κοινωνικής υπηρεσίας.',
      descriptionEn:
        'We collect bulky items from residents and offices, repair them and pass them on to families through social services.',
      cpv: ['90514000'],
      categories: ['recycling'],
      areas: ['mun-chalandri', 'mun-vrilissia', 'mun-agia-paraskevi'],
    },
    paper: {
      titleEl: 'Συλλογή χαρτιού από γραφεία',
      titleEn: 'Paper collection from offices',
      descriptionEl:
        'Εβδομαδιαία ανακύκλωση χαρτιού από δημοτικά γραφεία και σχολεία, με ασφαλή καταστροφή εγγράφων όταν χρειάζεται.',
      descriptionEn: 'Weekly paper recycling from municipal offices and schools, with secure shredding when required.',
      cpv: ['90511400'],
      categories: ['recycling'],
      areas: [NORTH_ATHENS],
    },
    'repair-cafe': {
      titleEl: 'Καφενεία επισκευής στις πλατείες',
      titleEn: 'Repair cafés in town squares',
      descriptionEl:
        'Μηνιαίες εκδηλώσεις όπου εθελοντές τεχνίτες επισκευάζουν μαζί με τους κατοίκους ρούχα, λάμπες και μικροσυσκευές.',
      descriptionEn:
        'Monthly events where volunteer fixers repair clothes, lamps and small appliances together with residents.',
      cpv: ['90514000', '79952000'],
      categories: ['recycling', 'events'],
      areas: ['mun-chalandri'],
    },
  }),
  ...servicesOf('anakyklono', {
    collection: {
      titleEl: 'Συλλογή ανακυκλώσιμων από σχολεία και γραφεία',
      titleEn: 'Recyclables collection from schools and offices',
      descriptionEl: 'Ανακύκλωση χαρτιού, πλαστικού, αλουμινίου και μπαταριών, με μηνιαία αναφορά κιλών ανά υλικό.',
      descriptionEn:
        'Recycling of paper, plastic, aluminium and batteries, with a monthly report of kilos per material.',
      cpv: ['90511000'],
      categories: ['recycling'],
      areas: [NORTH_ATHENS],
    },
    bins: {
      titleEl: 'Πλύσιμο κάδων απορριμμάτων και ανακύκλωσης',
      titleEn: 'Washing refuse and recycling bins',
      descriptionEl: 'Πλύσιμο και απολύμανση κάδων με όχημα υψηλής πίεσης, ειδικά τους καλοκαιρινούς μήνες.',
      descriptionEn: 'Washing and disinfecting bins with a high-pressure vehicle, especially in summer.',
      cpv: ['90918000'],
      categories: ['cleaning', 'recycling'],
      areas: ['mun-irakleio', 'mun-metamorfosi', 'mun-nea-ionia'],
    },
    transport: {
      titleEl: 'Μεταφορά ανακυκλώσιμων υλικών',
      titleEn: 'Transport of recyclable materials',
      descriptionEl: 'Μεταφορά συλλεγμένων υλικών σε Κέντρα Διαλογής Ανακυκλώσιμων Υλικών με ζυγολόγια.',
      descriptionEn: 'Transport of collected materials to recycling sorting centres, with weighbridge slips.',
      cpv: ['90512000'],
      categories: ['recycling'],
      areas: ['EL30'],
    },
  }),
  ...servicesOf('kompost-tis-polis', {
    composting: {
      titleEl: 'Προγράμματα κομποστοποίησης γειτονιάς',
      titleEn: 'Neighbourhood composting schemes',
      descriptionEl:
        'Εγκατάσταση και λειτουργία κοινόχρηστων κομποστοποιητών σε γειτονιές και σχολεία, με εκπαίδευση κατοίκων.',
      descriptionEn:
        'Installing and running shared composters in neighbourhoods and schools, with training for residents.',
      cpv: ['90513000'],
      categories: ['recycling'],
      areas: [NORTH_ATHENS],
    },
    education: {
      titleEl: 'Περιβαλλοντική εκπαίδευση για την ανακύκλωση',
      titleEn: 'Environmental education on recycling',
      descriptionEl: 'Διαδραστικά εργαστήρια για μαθητές και ενήλικες για τη μείωση και τη διαλογή των αποβλήτων.',
      descriptionEn: 'Interactive workshops for pupils and adults on reducing and sorting waste.',
      cpv: ['90713000'],
      categories: ['recycling'],
      areas: ['EL30'],
    },
    markets: {
      titleEl: 'Οργανικά απόβλητα λαϊκών αγορών',
      titleEn: 'Organic waste from street markets',
      descriptionEl: 'Ξεχωριστή συλλογή φρούτων και λαχανικών που περισσεύουν στις λαϊκές, για κομπόστ και δωρεές.',
      descriptionEn: 'Separate collection of unsold fruit and vegetables at street markets, for compost and donations.',
      cpv: ['90511000'],
      categories: ['recycling'],
      areas: ['mun-kifisia', 'mun-marousi'],
    },
  }),
  ...servicesOf('yfasma-xana', {
    'textile-bins': {
      titleEl: 'Κάδοι συλλογής ρούχων',
      titleEn: 'Clothing collection bins',
      descriptionEl:
        'Τοποθέτηση, άδειασμα και διαλογή κάδων ρούχων και υφασμάτων, με διάθεση των φορεμάτων σε κοινωνικά ιματιοθήκια.',
      descriptionEn: 'Placing, emptying and sorting clothing bins, with wearable items going to social clothing banks.',
      cpv: ['90514000'],
      categories: ['recycling'],
      areas: ['EL302'],
    },
    upcycling: {
      titleEl: 'Τσάντες και ποδιές από ανακυκλωμένα υφάσματα',
      titleEn: 'Bags and aprons from reclaimed fabric',
      descriptionEl: 'Πάνινες τσάντες εκδηλώσεων, ποδιές και διακοσμητικά, ραμμένα από υφάσματα που θα πετιούνταν.',
      descriptionEn: 'Event tote bags, aprons and decorations sewn from fabric that would otherwise be thrown away.',
      cpv: ['39298900'],
      categories: ['food-crafts', 'recycling'],
      areas: ['EL30'],
    },
  }),
  ...servicesOf('giorti-sti-geitonia', {
    festivals: {
      titleEl: 'Διοργάνωση γιορτών γειτονιάς',
      titleEn: 'Neighbourhood festivals',
      descriptionEl:
        'Πλήρης οργάνωση εκδηλώσεων σε πλατείες: άδειες, σκηνή, ήχος, πάγκοι τοπικών παραγωγών και καθαριότητα.',
      descriptionEn:
        'End-to-end organisation of events in squares: permits, stage, sound, local producers’ stalls and clean-up.',
      cpv: ['79953000'],
      categories: ['events'],
      areas: [NORTH_ATHENS],
    },
    christmas: {
      titleEl: 'Χριστουγεννιάτικο χωριό και αποκριάτικες εκδηλώσεις',
      titleEn: 'Christmas village and carnival events',
      descriptionEl: 'Στολισμός, εργαστήρια, θεατρικά δρώμενα και παρελάσεις για τις γιορτές της πόλης.',
      descriptionEn: 'Decorations, workshops, street theatre and parades for the town’s festive seasons.',
      cpv: ['79952000'],
      categories: ['events'],
      areas: ['mun-chalandri', 'mun-vrilissia'],
    },
    kids: {
      titleEl: 'Εμψυχωτές και παιδικά εργαστήρια',
      titleEn: 'Children’s entertainers and workshops',
      descriptionEl: 'Παιδικά παιχνίδια, ζωγραφική προσώπου και κατασκευές σε δημοτικές εκδηλώσεις.',
      descriptionEn: 'Games, face painting and crafts for children at municipal events.',
      cpv: ['92331210'],
      categories: ['events'],
      areas: [NORTH_ATHENS],
    },
    cinema: {
      titleEl: 'Θερινό σινεμά στις πλατείες',
      titleEn: 'Open-air cinema in squares',
      descriptionEl: 'Προβολές ταινιών με υπότιτλους για κωφούς και βαρήκοους, κάθε καλοκαίρι σε διαφορετική γειτονιά.',
      descriptionEn:
        'Film screenings with subtitles for deaf and hard-of-hearing viewers, each summer in a different neighbourhood.',
      cpv: ['79952100'],
      categories: ['events'],
      areas: ['mun-chalandri'],
    },
  }),
  ...servicesOf('thymeli', {
    'school-shows': {
      titleEl: 'Θεατρικές παραστάσεις για σχολεία',
      titleEn: 'Theatre performances for schools',
      descriptionEl:
        'Παραστάσεις για την ενσυναίσθηση, τη διαφορετικότητα και τον σχολικό εκφοβισμό, με συζήτηση μετά το τέλος.',
      descriptionEn: 'Performances about empathy, diversity and bullying, followed by a discussion.',
      cpv: ['92312000'],
      categories: ['events'],
      areas: ['EL30'],
    },
    workshops: {
      titleEl: 'Θεατρικά εργαστήρια για ενηλίκους',
      titleEn: 'Drama workshops for adults',
      descriptionEl: 'Κύκλοι θεατρικού παιχνιδιού για ΚΑΠΗ, δομές φιλοξενίας και ομάδες εργαζομένων.',
      descriptionEn: 'Drama-game courses for senior centres, shelters and staff groups.',
      cpv: ['92312000', '79952100'],
      categories: ['events'],
      areas: ['EL303'],
    },
  }),
  ...servicesOf('ichos-kai-fos', {
    'sound-light': {
      titleEl: 'Ηχητική και φωτιστική κάλυψη εκδηλώσεων',
      titleEn: null,
      descriptionEl: 'Ηχητικά, φωτισμός και σκηνή για υπαίθριες και κλειστές εκδηλώσεις.',
      descriptionEn: null,
      cpv: ['79952000'],
      categories: ['events'],
      areas: ['EL30'],
    },
  }),
  ...servicesOf('synedria-me-noima', {
    conferences: {
      titleEl: 'Οργάνωση ημερίδων και συνεδρίων',
      titleEn: 'Conference and workshop organisation',
      descriptionEl:
        'Από την πρόσκληση των ομιλητών και τις εγγραφές έως τα πρακτικά και την τεκμηρίωση για συγχρηματοδοτούμενα έργα.',
      descriptionEn: 'From inviting speakers and registrations to minutes and documentation for EU co-funded projects.',
      cpv: ['79951000'],
      categories: ['events'],
      areas: ['EL30'],
    },
    consultations: {
      titleEl: 'Δημόσιες διαβουλεύσεις',
      titleEn: 'Public consultations',
      descriptionEl:
        'Σχεδιασμός και συντονισμός διαβουλεύσεων με κατοίκους, με ουδέτερους συντονιστές και σύνοψη των προτάσεων.',
      descriptionEn:
        'Designing and facilitating consultations with residents, with neutral facilitators and a summary of proposals.',
      cpv: ['79951000'],
      categories: ['events'],
      areas: ['EL307'],
    },
    streaming: {
      titleEl: 'Ζωντανή μετάδοση και διερμηνεία νοηματικής',
      titleEn: 'Live streaming and sign-language interpreting',
      descriptionEl:
        'Ζωντανή μετάδοση συνεδριάσεων και εκδηλώσεων με διερμηνεία στην ελληνική νοηματική γλώσσα και υπότιτλους.',
      descriptionEn: 'Live streaming of meetings and events with Greek Sign Language interpreting and captions.',
      cpv: ['79952000'],
      categories: ['events'],
      areas: ['EL30'],
    },
  }),
];
