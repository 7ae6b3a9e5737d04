import type { Role } from '../authorization.ts';
import { formatAthensDateTime } from './athens-time.ts';
import { CONSULTATION_RULES } from './consultation-config.ts';
import { deadlinePassed } from './deadline.ts';
import { checked, failed, invalid, problem, type Bilingual, type Checked, type RuleProblem } from './problems.ts';

/**
 * The life of a request for quotes (issue 13): draft → open → closed (the deadline passed)
 * → awarded, or cancelled with a reason. Which step is allowed from which state, and by whom.
 */

export const CONSULTATION_STATUSES = ['draft', 'open', 'closed', 'awarded', 'cancelled'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const CONSULTATION_STATUS_NAMES: Record<ConsultationStatus, Bilingual> = {
  draft: { el: 'Πρόχειρο', en: 'Draft' },
  open: { el: 'Ανοιχτό για προσφορές', en: 'Open for offers' },
  closed: { el: 'Έληξε η προθεσμία', en: 'Deadline passed' },
  awarded: { el: 'Ανατέθηκε', en: 'Awarded' },
  cancelled: { el: 'Ακυρώθηκε', en: 'Cancelled' },
};

/** Who moves a request on: municipal staff (admin, staff), enterprise people, or the clock. */
export type ConsultationActorKind = 'staff' | 'enterprise' | 'system';

export function actorKindOf(role: Role): 'staff' | 'enterprise' {
  return role === 'admin' || role === 'staff' ? 'staff' : 'enterprise';
}

export type ConsultationTransition = 'publish' | 'close' | 'award' | 'cancel';

/**
 * Only the clock closes a request: staff cannot end it early, because closing opens the
 * sealed offers. An award is not undone here (annulling one is a separate legal act).
 */
export const TRANSITIONS: Record<
  ConsultationTransition,
  { from: readonly ConsultationStatus[]; to: ConsultationStatus; by: ConsultationActorKind }
> = {
  publish: { from: ['draft'], to: 'open', by: 'staff' },
  close: { from: ['open'], to: 'closed', by: 'system' },
  award: { from: ['closed'], to: 'awarded', by: 'staff' },
  cancel: { from: ['draft', 'open', 'closed'], to: 'cancelled', by: 'staff' },
};

export interface StatusFacts {
  status: ConsultationStatus;
  /** UTC ISO instant; null only while a draft has none. */
  deadline: string | null;
}

/**
 * The status as people see it: an open request whose deadline has come is closed, even
 * before a job or the next write records it (the services persist it with `close`).
 */
export function effectiveStatus(facts: StatusFacts, now: Date): ConsultationStatus {
  if (facts.status === 'open' && facts.deadline !== null && deadlinePassed(facts.deadline, now)) return 'closed';
  return facts.status;
}

function wrongState(transition: ConsultationTransition, status: ConsultationStatus): RuleProblem {
  const name = CONSULTATION_STATUS_NAMES[status];
  const what: Record<ConsultationTransition, Bilingual> = {
    publish: { el: 'Μόνο ένα πρόχειρο δημοσιεύεται', en: 'Only a draft can be published' },
    close: { el: 'Μόνο ένα ανοιχτό αίτημα κλείνει', en: 'Only an open request can close' },
    award: { el: 'Η ανάθεση γίνεται μόνο αφού λήξει η προθεσμία', en: 'An award is made only after the deadline' },
    cancel: {
      el: 'Ένα αίτημα που ανατέθηκε ή ακυρώθηκε δεν ακυρώνεται',
      en: 'An awarded or cancelled request cannot be cancelled',
    },
  };
  return problem(
    409,
    'invalid_status',
    null,
    `${what[transition].el} (τώρα: ${name.el}).`,
    `${what[transition].en} (now: ${name.en}).`,
  );
}

/**
 * May `actor` make `transition` now? Returns the status it leads to. `close` before the
 * deadline is refused for everyone, the clock included.
 */
export function checkTransition(
  transition: ConsultationTransition,
  facts: StatusFacts,
  actor: ConsultationActorKind,
  now: Date,
  cancelReason?: string | null,
): Checked<ConsultationStatus> {
  const rule = TRANSITIONS[transition];
  if (actor !== rule.by)
    return failed([
      problem(403, 'forbidden', null, 'Δεν επιτρέπεται σε αυτόν τον ρόλο.', 'Not allowed for this role.'),
    ]);
  const current = effectiveStatus(facts, now);
  // The stored `open` of a request past its deadline is `closed` for awarding, and still `open` for the close job.
  const from = transition === 'close' ? facts.status : current;
  if (!rule.from.includes(from)) return failed([wrongState(transition, current)]);
  if (transition === 'close' && (facts.deadline === null || !deadlinePassed(facts.deadline, now))) {
    const at = facts.deadline ? formatAthensDateTime(facts.deadline) : '—';
    return failed([
      problem(
        409,
        'deadline_not_passed',
        null,
        `Το αίτημα κλείνει μόνο όταν λήξει η προθεσμία (${at}, ώρα Ελλάδας).`,
        `The request closes only when the deadline passes (${at}, Athens time).`,
      ),
    ]);
  }
  const problems: RuleProblem[] = [];
  if (transition === 'cancel') {
    const reason = (cancelReason ?? '').trim();
    const max = CONSULTATION_RULES.limits.cancelReasonMaxLength;
    if (reason === '')
      problems.push(invalid('reason', 'απαιτείται ο λόγος της ακύρωσης', 'the reason for cancelling is required'));
    else if (reason.length > max)
      problems.push(invalid('reason', `έως ${max} χαρακτήρες`, `at most ${max} characters`));
  }
  return checked(problems, () => rule.to);
}

/** What staff may do to a request now (the UI shows these buttons; the services check again). */
export type StaffAction = 'edit' | 'publish' | 'invite' | 'extend_deadline' | 'cancel' | 'evaluate' | 'award';

export function staffActions(facts: StatusFacts, now: Date): StaffAction[] {
  switch (effectiveStatus(facts, now)) {
    case 'draft':
      return ['edit', 'publish', 'invite', 'cancel'];
    case 'open':
      // More invitees while offers are still sealed; the call itself no longer changes.
      return ['invite', 'extend_deadline', 'cancel'];
    case 'closed':
      return ['evaluate', 'award', 'cancel'];
    default:
      return [];
  }
}

/** 409 unless the request is still a draft (its terms change only before publishing). */
export function checkEditable(facts: StatusFacts, now: Date): RuleProblem | null {
  const status = effectiveStatus(facts, now);
  if (status === 'draft') return null;
  const name = CONSULTATION_STATUS_NAMES[status];
  return problem(
    409,
    'not_draft',
    null,
    `Οι όροι αλλάζουν μόνο όσο το αίτημα είναι πρόχειρο (τώρα: ${name.el}).`,
    `The terms change only while the request is a draft (now: ${name.en}).`,
  );
}

/**
 * The call's files (specifications, terms): added while a draft or still open (a clarification
 * every invitee can read before the deadline); removed only from a draft — once published, the
 * enterprises may have priced on a file, so it stays on the record.
 */
export function checkCallFilesChangeable(facts: StatusFacts, now: Date, change: 'add' | 'remove'): RuleProblem | null {
  const status = effectiveStatus(facts, now);
  if (status === 'draft' || (status === 'open' && change === 'add')) return null;
  const name = CONSULTATION_STATUS_NAMES[status];
  return change === 'add'
    ? problem(
        409,
        'attachments_closed',
        null,
        `Αρχεία προστίθενται μόνο σε πρόχειρο ή ανοιχτό αίτημα (τώρα: ${name.el}).`,
        `Files are added only to a draft or open request (now: ${name.en}).`,
      )
    : problem(
        409,
        'attachment_published',
        null,
        `Ένα αρχείο αφαιρείται μόνο από πρόχειρο: μετά τη δημοσίευση μένει στον φάκελο (τώρα: ${name.el}).`,
        `A file is removed only from a draft: once published it stays on the record (now: ${name.en}).`,
      );
}
