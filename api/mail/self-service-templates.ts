/**
 * Messages of enterprise self-service (issue 5), in Greek and English (the recipient's
 * language). Plain text, like api/mail/templates.ts.
 */
import type { MailLocale } from './templates.ts';

// Greek needs the article with its preposition: "στο προφίλ" (subject), "για το προφίλ" (text).
const KIND_NAMES: Record<MailLocale, Record<string, string>> = {
  el: { profile: 'το προφίλ', service: 'την υπηρεσία' },
  en: { profile: 'the profile', service: 'the service' },
};
const KIND_IN_EL: Record<string, string> = { profile: 'στο προφίλ', service: 'στην υπηρεσία' };

const DOCUMENT_NAMES: Record<MailLocale, Record<string, string>> = {
  el: {
    tax_clearance: 'Φορολογική ενημερότητα',
    social_security_clearance: 'Ασφαλιστική ενημερότητα',
    gemi_certificate: 'Πιστοποιητικό ΓΕΜΗ',
    gemkalo_certificate: 'Βεβαίωση μέλους ΓΕΜΚΑΛΟ',
    workforce_composition: 'Βεβαίωση σύνθεσης προσωπικού',
    statutes: 'Καταστατικό',
    criminal_record: 'Απόσπασμα ποινικού μητρώου',
  },
  en: {
    tax_clearance: 'Tax clearance',
    social_security_clearance: 'Social-security clearance',
    gemi_certificate: 'GEMI certificate',
    gemkalo_certificate: 'ΓΕΜΚΑΛΟ membership certificate',
    workforce_composition: 'Workforce-composition certificate',
    statutes: 'Statutes',
    criminal_record: 'Criminal-record certificate',
  },
};

export function documentName(locale: MailLocale, kind: string): string {
  return DOCUMENT_NAMES[locale][kind] ?? kind;
}

const athensDate = (iso: string, locale: MailLocale) =>
  locale === 'el' ? iso.slice(0, 10).split('-').reverse().join('/') : iso.slice(0, 10);

export function reviewOutcomeMail(
  locale: MailLocale,
  data: {
    enterpriseName: string;
    kind: 'profile' | 'service';
    subject: string;
    outcome: 'approved' | 'rejected';
    corrected: boolean;
    comment: string | null;
    link: string;
  },
): { subject: string; text: string } {
  const what = KIND_NAMES[locale][data.kind];
  if (locale === 'en') {
    const verdict =
      data.outcome === 'approved' ? (data.corrected ? 'approved with corrections' : 'approved') : 'not approved';
    return {
      subject: `Your changes to ${what} were ${verdict}`,
      text: [
        'Hello,',
        '',
        `The municipality reviewed the changes proposed for ${what} "${data.subject}" of "${data.enterpriseName}": ${verdict}.`,
        data.outcome === 'approved'
          ? 'They are now shown in the public directory.'
          : 'The public directory is unchanged.',
        ...(data.comment ? ['', 'Comment from the municipality:', data.comment] : []),
        '',
        `See the details: ${data.link}`,
      ].join('\n'),
    };
  }
  const verdict =
    data.outcome === 'approved' ? (data.corrected ? 'εγκρίθηκαν με διορθώσεις' : 'εγκρίθηκαν') : 'δεν εγκρίθηκαν';
  return {
    subject: `Οι αλλαγές σας ${KIND_IN_EL[data.kind]} ${verdict}`,
    text: [
      'Καλημέρα σας,',
      '',
      `Ο Δήμος εξέτασε τις αλλαγές που προτείνατε για ${what} «${data.subject}» της «${data.enterpriseName}»: ${verdict}.`,
      data.outcome === 'approved' ? 'Εμφανίζονται πλέον στον δημόσιο κατάλογο.' : 'Ο δημόσιος κατάλογος δεν άλλαξε.',
      ...(data.comment ? ['', 'Σχόλιο του Δήμου:', data.comment] : []),
      '',
      `Δείτε τις λεπτομέρειες: ${data.link}`,
    ].join('\n'),
  };
}

export function expiryNoticeMail(
  locale: MailLocale,
  data: {
    enterpriseName: string;
    documentKind: string;
    validUntil: string;
    notice: 'expiring' | 'expired';
    forStaff: boolean;
    link: string;
  },
): { subject: string; text: string } {
  const name = documentName(locale, data.documentKind);
  const date = athensDate(data.validUntil, locale);
  if (locale === 'en') {
    const state = data.notice === 'expired' ? `expired on ${date}` : `expires on ${date}`;
    return {
      subject: `${name} of "${data.enterpriseName}" ${state}`,
      text: [
        'Hello,',
        '',
        `The ${name.toLowerCase()} of "${data.enterpriseName}" ${state} (the date printed on the certificate).`,
        data.forStaff
          ? 'Until a valid one is uploaded, the enterprise cannot be awarded by routes that require it.'
          : 'Please upload the renewed certificate, with its issue and valid-until dates, so that the municipality can keep working with you.',
        '',
        data.link,
      ].join('\n'),
    };
  }
  const state = data.notice === 'expired' ? `έληξε στις ${date}` : `λήγει στις ${date}`;
  return {
    subject: `${name} της «${data.enterpriseName}» ${state}`,
    text: [
      'Καλημέρα σας,',
      '',
      `${name} της «${data.enterpriseName}» ${state} (ημερομηνία όπως αναγράφεται στο πιστοποιητικό).`,
      data.forStaff
        ? 'Μέχρι να ανεβεί νέα σε ισχύ, η επιχείρηση δεν μπορεί να λάβει ανάθεση με διαδικασίες που την απαιτούν.'
        : 'Παρακαλούμε ανεβάστε το νέο πιστοποιητικό, με ημερομηνία έκδοσης και λήξης, ώστε ο Δήμος να συνεχίσει τη συνεργασία μαζί σας.',
      '',
      data.link,
    ].join('\n'),
  };
}
