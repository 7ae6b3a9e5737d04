import { describe, expect, it } from 'vitest';
import {
  actorKindOf,
  checkEditable,
  checkTransition,
  effectiveStatus,
  staffActions,
  type ConsultationActorKind,
  type ConsultationStatus,
  type ConsultationTransition,
} from '../../api/domain/consultations/consultation-status.ts';

const DEADLINE = '2026-05-10T09:00:00.000Z';
const BEFORE = new Date('2026-05-09T09:00:00Z');
const AFTER = new Date('2026-05-11T09:00:00Z');

describe('the status machine', () => {
  // [transition, stored status, actor, when, resulting status or the problem code]
  const table: Array<[ConsultationTransition, ConsultationStatus, ConsultationActorKind, Date, string]> = [
    ['publish', 'draft', 'staff', BEFORE, 'open'],
    ['publish', 'draft', 'enterprise', BEFORE, 'forbidden'],
    ['publish', 'open', 'staff', BEFORE, 'invalid_status'],
    ['close', 'open', 'system', AFTER, 'closed'],
    ['close', 'open', 'system', BEFORE, 'deadline_not_passed'],
    // Staff cannot end a request early: closing opens the sealed offers.
    ['close', 'open', 'staff', BEFORE, 'forbidden'],
    ['close', 'open', 'staff', AFTER, 'forbidden'],
    ['award', 'closed', 'staff', AFTER, 'awarded'],
    // An open request past its deadline is closed for awarding even before the job records it.
    ['award', 'open', 'staff', AFTER, 'awarded'],
    ['award', 'open', 'staff', BEFORE, 'invalid_status'],
    ['award', 'closed', 'enterprise', AFTER, 'forbidden'],
    ['award', 'awarded', 'staff', AFTER, 'invalid_status'],
    ['cancel', 'draft', 'staff', BEFORE, 'cancelled'],
    ['cancel', 'open', 'staff', BEFORE, 'cancelled'],
    ['cancel', 'closed', 'staff', AFTER, 'cancelled'],
    ['cancel', 'awarded', 'staff', AFTER, 'invalid_status'],
    ['cancel', 'cancelled', 'staff', AFTER, 'invalid_status'],
    ['cancel', 'open', 'enterprise', BEFORE, 'forbidden'],
  ];

  it.each(table)('%s from %s by %s (%s) → %s', (transition, status, actor, now, expected) => {
    const result = checkTransition(transition, { status, deadline: DEADLINE }, actor, now, 'Δεν υπάρχει πλέον ανάγκη');
    if (result.ok) expect(result.value).toBe(expected);
    else expect(result.problems[0]!.code).toBe(expected);
  });

  it('refuses to cancel without a reason, naming the field', () => {
    const result = checkTransition('cancel', { status: 'open', deadline: DEADLINE }, 'staff', BEFORE, '   ');
    expect(!result.ok && result.problems[0]).toMatchObject({ status: 400, field: 'reason' });
  });

  it('says in both languages why an award before the deadline is refused', () => {
    const result = checkTransition('award', { status: 'open', deadline: DEADLINE }, 'staff', BEFORE);
    expect(!result.ok && result.problems[0]!.message).toEqual({
      el: 'Η ανάθεση γίνεται μόνο αφού λήξει η προθεσμία (τώρα: Ανοιχτό για προσφορές).',
      en: 'An award is made only after the deadline (now: Open for offers).',
    });
  });

  it('shows an open request past its deadline as closed', () => {
    expect(effectiveStatus({ status: 'open', deadline: DEADLINE }, BEFORE)).toBe('open');
    expect(effectiveStatus({ status: 'open', deadline: DEADLINE }, AFTER)).toBe('closed');
    expect(effectiveStatus({ status: 'cancelled', deadline: DEADLINE }, AFTER)).toBe('cancelled');
  });

  it('lets staff change the terms only in a draft, and offers the buttons each state allows', () => {
    expect(checkEditable({ status: 'draft', deadline: null }, BEFORE)).toBeNull();
    expect(checkEditable({ status: 'open', deadline: DEADLINE }, BEFORE)!.code).toBe('not_draft');
    expect(staffActions({ status: 'open', deadline: DEADLINE }, BEFORE)).toEqual([
      'invite',
      'extend_deadline',
      'cancel',
    ]);
    expect(staffActions({ status: 'open', deadline: DEADLINE }, AFTER)).toEqual(['evaluate', 'award', 'cancel']);
    expect(staffActions({ status: 'awarded', deadline: DEADLINE }, AFTER)).toEqual([]);
  });

  it('treats admins and staff as the municipality, managers and members as the enterprise', () => {
    expect(['admin', 'staff', 'enterprise_manager', 'enterprise_member'].map((r) => actorKindOf(r as never))).toEqual([
      'staff',
      'staff',
      'enterprise',
      'enterprise',
    ]);
  });
});
