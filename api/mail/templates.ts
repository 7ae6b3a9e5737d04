/**
 * The texts of every message the app sends, in Greek and English (the recipient's
 * language; Greek by default). Plain text: it reads well in every mail client and has
 * nothing to render or track.
 */

import type { Lang } from '../domain/languages.ts';

export type MailLocale = Lang;

const ROLE_NAMES: Record<MailLocale, Record<string, string>> = {
  el: {
    admin: 'διαχειριστής',
    staff: 'στέλεχος του Δήμου',
    enterprise_manager: 'υπεύθυνος/η επιχείρησης',
    enterprise_member: 'μέλος επιχείρησης',
  },
  en: {
    admin: 'administrator',
    staff: 'municipal staff',
    enterprise_manager: 'enterprise manager',
    enterprise_member: 'enterprise member',
  },
};

export function invitationMail(
  locale: MailLocale,
  data: { link: string; inviterName: string; role: string; enterpriseName: string | null; expiresAt: string },
): { subject: string; text: string } {
  const expires = new Date(data.expiresAt).toLocaleString(locale === 'el' ? 'el-GR' : 'en-GB', {
    timeZone: 'Europe/Athens',
  });
  const role = ROLE_NAMES[locale][data.role] ?? data.role;
  if (locale === 'en') {
    return {
      subject: 'Invitation to the Social Enterprise Directory',
      text: [
        'Hello,',
        '',
        `${data.inviterName} has invited you to the municipality's Social Enterprise Directory as ${role}${data.enterpriseName ? ` of "${data.enterpriseName}"` : ''}.`,
        '',
        'To accept, open this link and choose a password:',
        data.link,
        '',
        `The link works once and expires on ${expires} (Athens time).`,
        'If you did not expect this invitation, ignore this message.',
      ].join('\n'),
    };
  }
  return {
    subject: 'Πρόσκληση στο Μητρώο Κοινωνικών Επιχειρήσεων',
    text: [
      'Καλημέρα σας,',
      '',
      `Ο/Η ${data.inviterName} σας προσκάλεσε στο Μητρώο Κοινωνικών Επιχειρήσεων του Δήμου ως ${role}${data.enterpriseName ? ` της «${data.enterpriseName}»` : ''}.`,
      '',
      'Για να αποδεχθείτε, ανοίξτε τον σύνδεσμο και ορίστε κωδικό πρόσβασης:',
      data.link,
      '',
      `Ο σύνδεσμος ισχύει μία φορά και λήγει στις ${expires} (ώρα Αθήνας).`,
      'Αν δεν περιμένατε αυτή την πρόσκληση, αγνοήστε το μήνυμα.',
    ].join('\n'),
  };
}

export function passwordResetMail(
  locale: MailLocale,
  data: { link: string; minutes: number },
): { subject: string; text: string } {
  if (locale === 'en') {
    return {
      subject: 'Resetting your password',
      text: [
        'Hello,',
        '',
        'Someone (hopefully you) asked to reset the password of your account in the Social Enterprise Directory.',
        'To choose a new password, open this link:',
        data.link,
        '',
        `The link works once and expires in ${data.minutes} minutes.`,
        'If you did not ask for this, ignore this message: your password stays as it is.',
      ].join('\n'),
    };
  }
  return {
    subject: 'Επαναφορά κωδικού πρόσβασης',
    text: [
      'Καλημέρα σας,',
      '',
      'Ζητήθηκε επαναφορά του κωδικού πρόσβασης του λογαριασμού σας στο Μητρώο Κοινωνικών Επιχειρήσεων.',
      'Για να ορίσετε νέο κωδικό, ανοίξτε τον σύνδεσμο:',
      data.link,
      '',
      `Ο σύνδεσμος ισχύει μία φορά και λήγει σε ${data.minutes} λεπτά.`,
      'Αν δεν το ζητήσατε εσείς, αγνοήστε το μήνυμα: ο κωδικός σας δεν αλλάζει.',
    ].join('\n'),
  };
}

export function passwordChangedMail(locale: MailLocale): { subject: string; text: string } {
  if (locale === 'en') {
    return {
      subject: 'Your password was changed',
      text: [
        'Hello,',
        '',
        'The password of your account in the Social Enterprise Directory was just changed, and your other sessions were ended.',
        'If this was not you, reset your password at once and tell the municipality.',
      ].join('\n'),
    };
  }
  return {
    subject: 'Ο κωδικός σας άλλαξε',
    text: [
      'Καλημέρα σας,',
      '',
      'Ο κωδικός πρόσβασης του λογαριασμού σας στο Μητρώο Κοινωνικών Επιχειρήσεων μόλις άλλαξε και οι άλλες συνδέσεις σας τερματίστηκαν.',
      'Αν δεν ήσασταν εσείς, κάντε αμέσως επαναφορά κωδικού και ενημερώστε τον Δήμο.',
    ].join('\n'),
  };
}

/**
 * To the owner of an account someone tried to invite again (issue 15, item 6): the inviter
 * was told nothing, so the owner decides whether to get in touch.
 */
export function invitedAgainMail(
  locale: MailLocale,
  data: { inviterName: string; role: string; enterpriseName: string | null },
): { subject: string; text: string } {
  const role = ROLE_NAMES[locale][data.role] ?? data.role;
  if (locale === 'en') {
    return {
      subject: 'Someone invited your address to the Social Enterprise Directory',
      text: [
        'Hello,',
        '',
        `${data.inviterName} tried to invite this address as ${role}${data.enterpriseName ? ` of "${data.enterpriseName}"` : ''}.`,
        'This address already has an account, so no new one was created and nothing changed.',
        '',
        'If you want that role, ask the municipality; if you did not expect this, you need do nothing.',
      ].join('\n'),
    };
  }
  return {
    subject: 'Πρόσκληση στη διεύθυνσή σας στο Μητρώο Κοινωνικών Επιχειρήσεων',
    text: [
      'Καλημέρα σας,',
      '',
      `Ο/Η ${data.inviterName} προσπάθησε να προσκαλέσει αυτή τη διεύθυνση ως ${role}${data.enterpriseName ? ` της «${data.enterpriseName}»` : ''}.`,
      'Η διεύθυνση έχει ήδη λογαριασμό· δεν δημιουργήθηκε νέος και τίποτα δεν άλλαξε.',
      '',
      'Αν θέλετε αυτόν τον ρόλο, επικοινωνήστε με τον Δήμο· αν δεν το περιμένατε, δεν χρειάζεται να κάνετε τίποτα.',
    ].join('\n'),
  };
}
