import type { Catalogue } from './catalogue.ts';

/** Greek texts of the server: the default language (DESIGN §1). Same keys and `{placeholders}` as en.ts. */
export const el: Catalogue = {
  // --- Προβλήματα κάθε πόρου ---
  'problem.invalid.title': 'Μη έγκυρο αίτημα',
  'problem.invalid.detail': '{name}: {reason}',
  'problem.bad_request.title': 'Λανθασμένο αίτημα',
  'problem.bad_url.detail': 'Η διαδρομή δεν είναι έγκυρα κωδικοποιημένο UTF-8',
  'problem.route_not_found.title': 'Δεν βρέθηκε',
  'problem.route_not_found.detail': 'Δεν υπάρχει πόρος στο {method} {path}',
  'problem.forbidden.title': 'Δεν επιτρέπεται',
  'problem.unauthenticated.title': 'Απαιτείται σύνδεση',
  'problem.too_many_attempts.title': 'Πάρα πολλές προσπάθειες',
  'problem.too_many_attempts.detail':
    'Πάρα πολλές προσπάθειες για αυτόν τον λογαριασμό. Δοκιμάστε ξανά σε {seconds} δευτ.',
  'problem.too_many_requests.title': 'Πάρα πολλά αιτήματα',
  'problem.internal.title': 'Εσωτερικό σφάλμα διακομιστή',
  'problem.unavailable.title': 'Η υπηρεσία δεν είναι διαθέσιμη',
  'problem.unavailable.detail': 'Η υπηρεσία δεν είναι διαθέσιμη αυτή τη στιγμή. Δοκιμάστε ξανά αργότερα.',

  // --- Δεν βρέθηκε, ανά πόρο ---
  'notFound.enterprise': 'Η επιχείρηση δεν βρέθηκε',
  'notFound.service': 'Η υπηρεσία δεν βρέθηκε',
  'notFound.document': 'Το έγγραφο δεν βρέθηκε',
  'notFound.file': 'Το αρχείο δεν βρέθηκε',
  'notFound.logo': 'Το λογότυπο δεν βρέθηκε',
  'notFound.user': 'Ο χρήστης δεν βρέθηκε',
  'notFound.users': 'Δεν βρέθηκαν χρήστες',
  'notFound.session': 'Η συνεδρία δεν βρέθηκε',
  'notFound.invitation': 'Η πρόσκληση δεν βρέθηκε',
  'notFound.change_request': 'Το αίτημα αλλαγής δεν βρέθηκε',
  'notFound.contract': 'Η σύμβαση δεν βρέθηκε',
  'notFound.import': 'Η εισαγωγή δεν βρέθηκε',
  'notFound.organization': 'Ο οργανισμός δεν βρέθηκε',
  'notFound.taxonomy': 'Η ταξινομία δεν βρέθηκε',
  'notFound.taxonomy_term': 'Ο όρος ταξινομίας δεν βρέθηκε',
  'notFound.service_at_location': 'Η υπηρεσία σε τοποθεσία δεν βρέθηκε',

  // --- Έλεγχος αιτήματος (λέξεις-κλειδιά JSON Schema) ---
  'validation.unknown_field': 'δεν είναι γνωστό πεδίο',
  'validation.required': 'λείπει το υποχρεωτικό πεδίο «{name}»',
  'validation.type': 'πρέπει να είναι {type}',
  'validation.min_length': 'πρέπει να έχει τουλάχιστον {limit} χαρακτήρες',
  'validation.max_length': 'πρέπει να έχει το πολύ {limit} χαρακτήρες',
  'validation.min_items': 'πρέπει να έχει τουλάχιστον {limit} στοιχεία',
  'validation.max_items': 'πρέπει να έχει το πολύ {limit} στοιχεία',
  'validation.minimum': 'πρέπει να είναι ≥ {limit}',
  'validation.maximum': 'πρέπει να είναι ≤ {limit}',
  'validation.pattern': 'πρέπει να ταιριάζει με το μοτίβο "{pattern}"',
  'validation.format': 'δεν έχει τη σωστή μορφή ({format})',
  'validation.enum': 'δεν είναι μία από τις επιτρεπτές τιμές',
  'validation.const': 'δεν έχει την επιτρεπτή τιμή',
  'validation.any_of': 'δεν ταιριάζει σε καμία επιτρεπτή μορφή',
  'validation.invalid': 'δεν είναι έγκυρο',

  // --- Passwords (domain/passwords.ts; OWASP ASVS 5.0 V6.2) ---
  'password.too_short':
    'Ο κωδικός πρέπει να έχει τουλάχιστον {min} χαρακτήρες. Μια φράση με λίγες λέξεις είναι εύκολη στη μνήμη.',
  'password.too_long': 'Ο κωδικός μπορεί να έχει έως {max} χαρακτήρες.',
  'password.too_common':
    'Αυτός ο κωδικός είναι από τους πιο συνηθισμένους και δοκιμάζεται πρώτος σε επιθέσεις. Επιλέξτε κάτι λιγότερο προβλέψιμο.',
  'password.too_predictable':
    'Ο κωδικός είναι προβλέψιμος (επαναλαμβανόμενοι χαρακτήρες, σειρά πλήκτρων ή ψηφίων). Επιλέξτε κάτι λιγότερο προβλέψιμο.',
  'password.contains_email': 'Ο κωδικός δεν πρέπει να περιέχει τη διεύθυνση e-mail σας.',
  'problem.weak_password.title': 'Ο κωδικός δεν έγινε δεκτός',

  // --- Sign-in, sessions and the second factor ---
  'auth.sign_in_required': 'Συνδεθείτε για να χρησιμοποιήσετε αυτόν τον πόρο.',
  'auth.role_forbidden': 'Ο ρόλος σας δεν επιτρέπει τη χρήση αυτού του πόρου.',
  'auth.action_forbidden': 'Δεν σας επιτρέπεται αυτή η ενέργεια ({action}).',
  'auth.start_sign_in': 'Ξεκινήστε συνδεόμενοι με το e-mail και τον κωδικό σας.',
  'auth.csrf.title': 'Λείπει ή είναι λάθος το διακριτικό CSRF',
  'auth.csrf.detail': 'Στείλτε το διακριτικό CSRF της συνεδρίας στην κεφαλίδα {header}.',
  'auth.rate_limited.detail': 'Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά σε {seconds} δευτ.',
  'auth.sign_in_failed.title': 'Η σύνδεση απέτυχε',
  'auth.sign_in_failed.detail': 'Η διεύθυνση e-mail ή ο κωδικός είναι λάθος.',
  'auth.wrong_code.title': 'Λάθος κωδικός',
  'auth.wrong_code.detail': 'Ο κωδικός είναι λάθος ή έχει ήδη χρησιμοποιηθεί.',
  'auth.wrong_code.reason': 'είναι λάθος ή έχει ήδη χρησιμοποιηθεί',
  'auth.not_current_password': 'δεν είναι ο τρέχων κωδικός σας',
  'auth.password_must_differ': 'πρέπει να διαφέρει από τον τρέχοντα κωδικό',
  'mfa.already_enabled.title': 'Έχει ήδη ρυθμιστεί',
  'mfa.already_enabled.turn_off_first':
    'Έχει ήδη ρυθμιστεί δεύτερος παράγοντας. Απενεργοποιήστε τον πρώτα (ή ζητήστε από διαχειριστή να τον επαναφέρει).',
  'mfa.already_enabled.detail': 'Έχει ήδη ρυθμιστεί δεύτερος παράγοντας.',
  'mfa.not_started.title': 'Δεν έχει ξεκινήσει',
  'mfa.not_started.detail': 'Ξεκινήστε με POST /auth/mfa/enrolment.',
  'mfa.enrolment_wrong_code.detail':
    'Ο κωδικός δεν ταιριάζει. Ελέγξτε την ώρα στο τηλέφωνό σας και δοκιμάστε τον τρέχοντα κωδικό.',
  'mfa.enrolment_wrong_code.reason': 'δεν ταιριάζει με την εφαρμογή ταυτοποίησης',
  'mfa.not_enabled.title': 'Δεν υπάρχει δεύτερος παράγοντας',
  'mfa.not_enabled.detail': 'Ρυθμίστε πρώτα μια εφαρμογή ταυτοποίησης.',
  'mfa.mandatory.title': 'Απαιτείται δεύτερος παράγοντας',
  'mfa.mandatory.detail': 'Οι λογαριασμοί του Δήμου πρέπει να διατηρούν δεύτερο παράγοντα.',

  // --- One-time links (password reset, invitations) ---
  'password_reset.accepted':
    'Αν υπάρχει λογαριασμός με αυτή τη διεύθυνση, ένας σύνδεσμος επαναφοράς του κωδικού είναι καθ’ οδόν.',
  'token.title': 'Ο σύνδεσμος δεν μπορεί να χρησιμοποιηθεί',
  'token.invalid.password_reset':
    'Αυτός ο σύνδεσμος επαναφοράς κωδικού δεν είναι έγκυρος. Ελέγξτε ότι ανοίξατε ολόκληρο τον σύνδεσμο από το e-mail.',
  'token.expired.password_reset': 'Αυτός ο σύνδεσμος επαναφοράς κωδικού έχει λήξει. Ζητήστε νέο.',
  'token.used.password_reset':
    'Αυτός ο σύνδεσμος επαναφοράς κωδικού έχει ήδη χρησιμοποιηθεί. Ζητήστε νέο αν τον χρειάζεστε ακόμη.',
  'token.invalid.invitation':
    'Αυτός ο σύνδεσμος πρόσκλησης δεν είναι έγκυρος. Ελέγξτε ότι ανοίξατε ολόκληρο τον σύνδεσμο από το e-mail.',
  'token.expired.invitation': 'Αυτός ο σύνδεσμος πρόσκλησης έχει λήξει. Ζητήστε νέο.',
  'token.used.invitation': 'Αυτός ο σύνδεσμος πρόσκλησης έχει ήδη χρησιμοποιηθεί. Ζητήστε νέο αν τον χρειάζεστε ακόμη.',

  // --- People and invitations ---
  'users.enterprise_required': 'είναι υποχρεωτικό για τον ρόλο {role}',
  'users.enterprise_not_allowed': 'πρέπει να είναι κενό για τον ρόλο {role}',
  'users.unknown_enterprise': 'δεν είναι γνωστή επιχείρηση',
  'users.last_admin.title': 'Τελευταίος διαχειριστής',
  'users.last_admin.detail':
    'Αυτός είναι ο τελευταίος ενεργός διαχειριστής: ορίστε πρώτα άλλον λογαριασμό ως διαχειριστή.',
  'users.last_admin.reason': 'ο τελευταίος ενεργός διαχειριστής πρέπει να παραμείνει διαχειριστής',
  'invitations.email_in_use.title': 'Υπάρχει ήδη λογαριασμός',
  'invitations.email_in_use.detail': 'Αυτή η διεύθυνση έχει ήδη λογαριασμό.',
  'invitations.email_in_use.reason': 'έχει ήδη λογαριασμό',
  'invitations.email_in_use.sign_in': 'Αυτή η διεύθυνση έχει ήδη λογαριασμό: συνδεθείτε.',
  'invitations.accepted.title': 'Έχει ήδη γίνει αποδεκτή',
  'invitations.accepted.detail': 'Αυτή η πρόσκληση έχει γίνει αποδεκτή· απενεργοποιήστε τον λογαριασμό.',

  // --- Optimistic concurrency (DESIGN §7: If-Match) ---
  'if_match.required.title': 'Απαιτείται προϋπόθεση',
  'if_match.required.detail': 'Στείλτε την κεφαλίδα If-Match με το ETag που διαβάσατε.',
  'if_match.failed.title': 'Η προϋπόθεση δεν ισχύει',
  'if_match.failed.detail': 'Κάποιος το άλλαξε αφού το διαβάσατε: φορτώστε το ξανά και εφαρμόστε πάλι τις αλλαγές σας.',

  // --- Enterprise profiles and services (domain/profile-changes.ts) ---
  'field.unknown': 'δεν είναι γνωστό πεδίο',
  'field.staff_only': 'ορίζεται μόνο από το προσωπικό του Δήμου',
  'field.empty': 'δεν πρέπει να είναι κενό',
  'field.one_of': 'πρέπει να είναι ένα από: {values}',
  'field.required': 'είναι υποχρεωτικό',
  'field.calendar_date': 'δεν είναι ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ)',
  'field.max_length': 'πρέπει να έχει το πολύ {max} χαρακτήρες',
  'profile.afm_checksum': 'το ψηφίο ελέγχου είναι λάθος (μη έγκυρος ΑΦΜ)',
  'profile.afm_digits': 'πρέπει να έχει 9 ψηφία (ΑΦΜ)',
  'profile.legal_form': 'δεν είναι γνωστή νομική μορφή',
  'profile.past_date': 'πρέπει να είναι παρελθοντική ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ)',
  'profile.website': 'πρέπει να είναι διεύθυνση ιστού που ξεκινά με https:// ή http://',
  'profile.email': 'δεν είναι διεύθυνση e-mail (όνομα@example.gr, τίποτε άλλο)',
  'field.type_text': 'πρέπει να είναι κείμενο',
  'field.type_nullable_text': 'πρέπει να είναι κείμενο ή null',
  'field.type_boolean': 'πρέπει να είναι true ή false',
  'field.type_integer': 'πρέπει να είναι ακέραιος αριθμός ή null',
  'field.type_number': 'πρέπει να είναι αριθμός ή null',
  'field.type_date': 'πρέπει να είναι ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ) ή null',
  'profile.gemi_number': 'πρέπει να είναι ο αριθμός ΓΕΜΗ: 9 έως 12 ψηφία',
  'profile.gemkalo_number': 'πρέπει να είναι ο αριθμός μητρώου ΓΕΜΚΑΛΟ: μόνο ψηφία',
  'profile.phone': 'δεν είναι αριθμός τηλεφώνου (ψηφία, προαιρετικά με + στην αρχή)',
  'profile.postal_code': 'πρέπει να είναι ελληνικός ταχυδρομικός κώδικας (5 ψηφία, π.χ. 152 31)',
  'profile.latitude': 'πρέπει να είναι γεωγραφικό πλάτος από -90 έως 90',
  'profile.longitude': 'πρέπει να είναι γεωγραφικό μήκος από -180 έως 180',
  'profile.count': 'πρέπει να είναι ακέραιος αριθμός, 0 ή μεγαλύτερος',
  'profile.coordinates_pair': 'πλάτος και μήκος πάνε μαζί: δώστε και τα δύο ή κανένα',
  'profile.disadvantaged_exceed': 'δεν μπορεί να υπερβαίνει το employeesCount',
  'profile.unknown_municipality': 'δεν είναι γνωστός δήμος',
  'profile.afm_taken': 'άλλη επιχείρηση του μητρώου έχει αυτόν τον ΑΦΜ',
  'profile.foreign_logo': 'δεν είναι λογότυπο που ανέβηκε για αυτή την επιχείρηση',
  'service.cpv_format': 'κάθε κωδικός CPV πρέπει να έχει 8 ψηφία, προαιρετικά με το ψηφίο ελέγχου (90910000-9)',
  'service.type_cpv_list': 'πρέπει να είναι λίστα κωδικών CPV',
  'service.type_category_list': 'πρέπει να είναι λίστα αναγνωριστικών κατηγοριών',
  'service.type_area_list': 'πρέπει να είναι λίστα αναγνωριστικών περιοχών',
  'service.cpv_unknown': 'δεν υπάρχουν στον κατάλογο CPV: {codes}',
  'service.category_unknown': 'άγνωστη κατηγορία: {ids}',
  'service.area_unknown': 'άγνωστη περιοχή: {ids}',
  'service.cpv_needed_active': 'μια ενεργή υπηρεσία χρειάζεται τουλάχιστον έναν κωδικό CPV',
  'service.cpv_needed_new': 'μια νέα υπηρεσία χρειάζεται τουλάχιστον έναν κωδικό CPV',

  // --- Moderation ---
  'change_request.not_pending.title': 'Έχει ήδη κριθεί',
  'change_request.not_pending.detail': 'Αυτό το αίτημα αλλαγής είναι {status}· κρίνονται μόνο όσα εκκρεμούν.',

  // --- Compliance documents, logos and uploads ---
  'document.date_required': 'είναι υποχρεωτικό (η ημερομηνία που γράφει η βεβαίωση, ΕΕΕΕ-ΜΜ-ΗΗ)',
  'document.until_before_issued': 'δεν πρέπει να είναι πριν από το issuedOn',
  'document.issued_in_future': 'δεν πρέπει να είναι στο μέλλον',
  'document.pdf_required': 'είναι υποχρεωτικό (ένα PDF)',
  'document.not_pdf.detail': 'file: δεν είναι PDF (ελέγχεται το περιεχόμενο, όχι το όνομα)',
  'document.not_pdf.reason': 'δεν είναι PDF',
  'logo.required': 'είναι υποχρεωτικό (PNG, JPEG ή WebP)',
  'logo.not_image.detail': 'file: πρέπει να είναι εικόνα PNG, JPEG ή WebP (το SVG δεν γίνεται δεκτό)',
  'logo.not_image.reason': 'δεν είναι εικόνα PNG, JPEG ή WebP',
  'upload.unsupported_media_type.title': 'Μη υποστηριζόμενος τύπος αρχείου',
  'upload.not_multipart': 'Στείλτε το αρχείο ως multipart/form-data (πεδίο «file»).',
  'upload.malformed.detail': 'Το σώμα multipart/form-data δεν ήταν αναγνώσιμο.',
  'upload.malformed.reason': 'το σώμα multipart είναι κακοσχηματισμένο',
  'upload.unknown_file_field': 'δεν είναι γνωστό πεδίο αρχείου (χρησιμοποιήστε «file»)',
  'upload.too_large.title': 'Πολύ μεγάλο αρχείο',
  'upload.too_large.detail': 'file: το πολύ {mb} MB',
  'upload.too_large.reason': 'είναι μεγαλύτερο από {mb} MB',
  'upload.too_many_parts': 'Στείλτε ένα αρχείο και μόνο τα πεδία της περιγραφής.',
  'upload.no_file': 'δεν υπάρχει αρχείο στην αποστολή',
  'upload.send_multipart': 'στείλτε το αρχείο ως multipart/form-data',

  // --- Contracts and statistics (issue 6) ---
  'contracts.cpv_format': 'δεν είναι κωδικός CPV (NNNNNNNN-N)',
  'contracts.cpv_unknown': 'ο {code} δεν υπάρχει στον κατάλογο CPV',
  'contracts.no_enterprise': 'δεν υπάρχει τέτοια επιχείρηση',
  'money.format': 'πρέπει να είναι ποσό σε ευρώ με έως δύο δεκαδικά',
  'contracts.ends_before_start': 'δεν πρέπει να είναι πριν από το startsOn',
  'contracts.ada': 'δεν είναι ΑΔΑ της Διαύγειας (π.χ. 6ΖΚΘ46ΜΤΛΚ-Ι9Θ)',
  'contracts.adam': 'δεν είναι ΑΔΑΜ του ΚΗΜΔΗΣ (π.χ. 26SYMV012345678)',
  'contracts.changed': 'Η σύμβαση άλλαξε αφού τη διαβάσατε: φορτώστε τη ξανά.',

  // --- Eligibility search (issue 6) ---
  'eligibility.cpv_format': '«{value}»: δεν είναι κωδικός CPV (NNNNNNNN-N)',
  'eligibility.cpv_check_digit': 'το ψηφίο ελέγχου του {code} είναι {digit} ({formatted})',
  'eligibility.need_something': 'δώστε τουλάχιστον έναν κωδικό CPV ή λέξεις-κλειδιά',
  'eligibility.date': 'πρέπει να είναι ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ)',
  'area.unknown': 'άγνωστη περιοχή «{id}»',

  // --- Public directory ---
  'directory.no_published_enterprise': 'Δεν υπάρχει δημοσιευμένη επιχείρηση «{slug}»',

  // --- Open Referral HSDS 3.0 API ---
  'hsds.modified_after': 'πρέπει να είναι ημερομηνία ή ημερομηνία και ώρα ISO 8601, π.χ. 2026-01-31T00:00:00Z',
  'hsds.no_service': 'Δεν υπάρχει ενεργή δημοσιευμένη υπηρεσία {id}',
  'hsds.no_organization': 'Δεν υπάρχει δημοσιευμένος οργανισμός {id}',
  'hsds.no_taxonomy': 'Δεν υπάρχει ταξινομία {id}',
  'hsds.no_taxonomy_term': 'Δεν υπάρχει όρος ταξινομίας {id}',
  'hsds.no_service_at_location': 'Δεν υπάρχει υπηρεσία σε τοποθεσία {id}',

  // --- Spreadsheet import and export (issue 7) ---
  'import.conflict.title': 'Δεν εισήχθη τίποτα',
  'import.afm_registered': 'Ο ΑΦΜ {afm} καταχωρίστηκε μετά τον δοκιμαστικό έλεγχο.',
  'import.has_problems': 'Η εισαγωγή έχει προβλήματα· δεν γράφτηκε τίποτα.',
  'import.not_ready.title': 'Η εισαγωγή δεν μπορεί να ολοκληρωθεί',
  'import.not_ready.detail':
    'Η εισαγωγή είναι σε κατάσταση {status}· ολοκληρώνεται μόνο δοκιμαστικός έλεγχος χωρίς προβλήματα.',
  'import.too_large': 'Το αρχείο ξεπερνά τα {mb} MB. Χωρίστε το σε μικρότερα αρχεία.',
  'import.busy.title': 'Άλλη εισαγωγή σε εξέλιξη',
  'import.busy.detail': 'Η εισαγωγή σας {id} εκτελείται ακόμη· περιμένετε να ολοκληρωθεί και ανεβάστε ξανά.',
  'import.no_import': 'Δεν υπάρχει εισαγωγή {id}',
  'export.unknown_columns': 'άγνωστες στήλες {unknown}· επιλέξτε από {available}',
  'export.no_columns': '(καμία δεν επιλέχθηκε)',

  // --- Operations ---
  'backups.not_configured.title': 'Τα αντίγραφα ασφαλείας δεν έχουν ρυθμιστεί',
  'backups.not_configured.detail': 'Ορίστε το BACKUP_DIR για να ενεργοποιηθούν τα αντίγραφα ασφαλείας',
  'backups.failed.title': 'Το αντίγραφο ασφαλείας απέτυχε',
  'operations.forbidden.title': 'Απαγορεύεται',
  'operations.forbidden.detail': 'Μόνο οι διαχειριστές μπορούν να χρησιμοποιούν το API λειτουργίας',
  'operations.unauthenticated.title': 'Απαιτείται ταυτοποίηση',
  'operations.unauthenticated.detail': 'Συνδεθείτε ως διαχειριστής ή στείλτε το διακριτικό λειτουργίας (bearer token)',
  'problem.overloaded.title': 'Ο διακομιστής είναι υπερφορτωμένος',
  'problem.overloaded.detail':
    'Ο διακομιστής είναι πολύ απασχολημένος αυτή τη στιγμή· δοκιμάστε ξανά μετά την καθυστέρηση του Retry-After',

  // --- Other request problems ---
  // --- Text hygiene (domain/text-hygiene.ts, issue 15 item 8) ---
  'text.bidi': 'περιέχει αόρατους χαρακτήρες που αλλάζουν την κατεύθυνση του κειμένου',
  'text.control': 'περιέχει χαρακτήρες ελέγχου',
  'text.line_break': 'πρέπει να είναι μία γραμμή (χωρίς αλλαγές γραμμής ή tab)',
  'text.surrogate': 'περιέχει μη έγκυρους χαρακτήρες Unicode',
  'text.list_item': 'περιέχει τιμή με χαρακτήρες ελέγχου ή αόρατους χαρακτήρες',

  'field.finite_number': 'πρέπει να είναι πεπερασμένος αριθμός',
  'admin_app.not_built.title': 'Η εφαρμογή προσωπικού δεν έχει δημιουργηθεί',
  'admin_app.no_file': 'Δεν υπάρχει αρχείο {file} στην εφαρμογή προσωπικού.',
  // --- Αιτήματα προσφορών (θέμα 13) ---
  'notFound.consultation': 'Δεν βρέθηκε το αίτημα προσφορών',
  'notFound.offer': 'Δεν βρέθηκε η προσφορά',
  'notFound.social_value_report': 'Δεν βρέθηκε η αναφορά κοινωνικής αξίας',
  'consultations.rule': '{text}',
  'consultations.refused.title': 'Το αίτημα προσφορών δεν το επιτρέπει',
  'consultations.changed': 'Το αίτημα προσφορών άλλαξε από τότε που το διαβάσατε: φορτώστε το ξανά και δοκιμάστε πάλι.',
  'consultations.offer_changed':
    'Η προσφορά σας άλλαξε από τότε που τη διαβάσατε: φορτώστε τη ξανά και δοκιμάστε πάλι.',
  'consultations.enterprise_unknown': 'δεν υπάρχει επιχείρηση {id} στο μητρώο',
  'consultations.cpv_unknown': 'ο κωδικός CPV {code} δεν είναι στον κατάλογο',
  'consultations.not_enterprise': 'Προσφορές υποβάλλουν μόνο τα πρόσωπα μιας επιχείρησης.',
  'contracts.from_award':
    'Η σύμβαση δημιουργήθηκε από την ανάθεση αιτήματος προσφορών· δεν διαγράφεται (η ακύρωση ανάθεσης είναι χωριστή νομική πράξη).',
};
