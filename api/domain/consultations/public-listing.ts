import type { Bilingual } from './problems.ts';

/**
 * The public listing of open requests (issue 13, off unless PUBLIC_CONSULTATIONS is on, and
 * only requests staff marked for it): enough for an enterprise not yet in the directory to
 * learn of the request and take part — title, category, deadline, and how.
 */
export function howToTakePart(department: string, registerUrl: string): Bilingual {
  return {
    el: `Για να λάβετε μέρος, εγγραφείτε στο μητρώο κοινωνικών επιχειρήσεων του Δήμου (${registerUrl}) και επικοινωνήστε με: ${department}, πριν από την προθεσμία.`,
    en: `To take part, register in the municipality's directory of social enterprises (${registerUrl}) and contact: ${department}, before the deadline.`,
  };
}
