/**
 * Mails of requests for quotes (issue 13), in the recipient's language (Greek by default):
 * the invitation when a request is published, and the outcome when it is awarded. Plain text,
 * like every other mail (templates.ts). An outcome mail names the winner only: never another
 * enterprise's price.
 */

import { formatAthensDateTime } from '../domain/consultations/athens-time.ts';
import type { Lang } from '../domain/languages.ts';

export function consultationInvitationMail(
  lang: Lang,
  data: { title: string; enterpriseName: string; deadline: string; link: string },
): { subject: string; text: string } {
  const deadline = formatAthensDateTime(data.deadline);
  if (lang === 'en')
    return {
      subject: `Request for quotes: ${data.title}`,
      text: [
        'Hello,',
        '',
        `The municipality invites "${data.enterpriseName}" to submit an offer for: ${data.title}.`,
        `Deadline: ${deadline} (Athens time). Offers stay sealed until then.`,
        '',
        `Read the request and submit, change or withdraw your offer in the directory: ${data.link}`,
      ].join('\n'),
    };
  return {
    subject: `Πρόσκληση υποβολής προσφοράς: ${data.title}`,
    text: [
      'Καλημέρα σας,',
      '',
      `Ο Δήμος προσκαλεί την «${data.enterpriseName}» να υποβάλει προσφορά για: ${data.title}.`,
      `Προθεσμία: ${deadline} (ώρα Ελλάδας). Οι προσφορές μένουν σφραγισμένες μέχρι τότε.`,
      '',
      `Διαβάστε το αίτημα και υποβάλετε, αλλάξτε ή ανακαλέστε την προσφορά σας στον κατάλογο: ${data.link}`,
    ].join('\n'),
  };
}

export function consultationOutcomeMail(
  lang: Lang,
  data: {
    title: string;
    enterpriseName: string;
    won: boolean;
    winnerName: string;
    decisionNumber: string;
    link: string;
  },
): { subject: string; text: string } {
  if (lang === 'en')
    return {
      subject: `Outcome of the request for quotes: ${data.title}`,
      text: [
        'Hello,',
        '',
        data.won
          ? `The municipality has awarded "${data.title}" to "${data.enterpriseName}" (decision ${data.decisionNumber}). Thank you: the contract is now in the register.`
          : `The municipality has awarded "${data.title}" to "${data.winnerName}" (decision ${data.decisionNumber}). Thank you for your offer.`,
        '',
        `Details: ${data.link}`,
      ].join('\n'),
    };
  return {
    subject: `Αποτέλεσμα αιτήματος προσφορών: ${data.title}`,
    text: [
      'Καλημέρα σας,',
      '',
      data.won
        ? `Ο Δήμος ανέθεσε το «${data.title}» στην «${data.enterpriseName}» (απόφαση ${data.decisionNumber}). Σας ευχαριστούμε· η σύμβαση καταχωρίστηκε στο μητρώο.`
        : `Ο Δήμος ανέθεσε το «${data.title}» στην «${data.winnerName}» (απόφαση ${data.decisionNumber}). Σας ευχαριστούμε για την προσφορά σας.`,
      '',
      `Λεπτομέρειες: ${data.link}`,
    ].join('\n'),
  };
}
