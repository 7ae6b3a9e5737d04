import { describe, expect, it } from 'vitest';
import type { UserRole } from '../../db/schema.ts';
import { combineHistory, publishableHistory, type FieldHistoryRow } from '../../api/domain/hsds-history.ts';
import { historyFromTimestamps } from '../../api/domain/hsds-mapping.ts';

let nextId = 1;
const row = (
  at: string,
  fieldName: string,
  previousValue: string | null,
  replacementValue: string | null,
  extra: Partial<FieldHistoryRow> = {},
): FieldHistoryRow => ({
  id: nextId++,
  resourceType: 'enterprise',
  resourceId: 'e1',
  fieldName,
  previousValue,
  replacementValue,
  actorRole: 'enterprise_manager' as UserRole,
  at: `2026-0${at}T10:00:00.000Z`,
  action: 'update',
  ...extra,
});

describe('publishable HSDS history', () => {
  it('publishes always-public fields with values and a role label', () => {
    const entries = publishableHistory([
      row('1-01', 'descriptionEl', 'Παλιό', 'Νέο', { action: 'approve', actorRole: 'staff' }),
      row('1-02', 'website', null, 'https://example.gr', { actorRole: 'staff' }),
      row('1-03', 'membersCount', '7', '9'),
      row('1-04', 'logoId', null, 'abc'),
      row('1-05', 'emailPublic', 'false', 'true'),
    ]);
    expect(entries.map((e) => [e.fieldName, e.previousValue, e.replacementValue, e.updatedBy])).toEqual([
      ['descriptionEl', 'Παλιό', 'Νέο', 'enterprise_approved'],
      ['website', '', 'https://example.gr', 'municipality'],
    ]);
  });

  it('publishes a contact change only if the field was public before and after it, and is public now', () => {
    const rows = [
      row('1-01', 'phone', '210 1', '210 2'), // hidden then (flag turned on later)
      row('2-01', 'phonePublic', 'false', 'true'),
      row('3-01', 'phone', '210 2', '210 3'), // public
      row('4-01', 'phone', '210 3', '210 4'), // same change turns it off
      row('4-01', 'phonePublic', 'true', 'false'),
      row('5-01', 'phonePublic', 'false', 'true'),
      row('6-01', 'phone', '210 4', '210 5'), // same change turns it on
      row('6-01', 'phonePublic', 'true', 'true'),
    ];
    expect(publishableHistory(rows, { phonePublic: true }).map((e) => e.replacementValue)).toEqual(['210 3', '210 5']);
    expect(publishableHistory(rows, { phonePublic: false })).toEqual([]);
    // No flag history at all: the current flag decides.
    expect(publishableHistory([row('1-01', 'email', 'a@x.gr', 'b@x.gr')], { emailPublic: true })).toHaveLength(1);
    expect(publishableHistory([row('1-01', 'email', 'a@x.gr', 'b@x.gr')], { emailPublic: false })).toHaveLength(0);
  });

  it('publishes every service field and nothing about documents or logos', () => {
    const entries = publishableHistory([
      row('1-01', 'cpvCodes', '["90910000"]', '["90911000"]', { resourceType: 'service' }),
      row('1-02', 'expiresOn', '2026-01-01', '2027-01-01', { resourceType: 'compliance_document' }),
      row('1-03', 'file', 'a.pdf', 'b.pdf', { resourceType: 'logo' }),
    ]);
    expect(entries.map((e) => e.fieldName)).toEqual(['cpvCodes']);
    expect(entries[0]!.key).toMatch(/^field_history:\d+$/);
  });

  it('keeps creation, and updates or verifications no published change explains', () => {
    const timestamps = historyFromTimestamps(
      '2026-01-01T10:00:00.000Z',
      '2026-03-01T10:00:00.000Z',
      '2026-04-01T10:00:00.000Z',
    );
    const fields = publishableHistory([row('3-01', 'website', null, 'https://example.gr')]);
    expect(combineHistory(timestamps, fields).map((e) => [e.action, e.fieldName])).toEqual([
      ['create', ''],
      ['update', 'website'],
      ['verify', 'verified_at'],
    ]);
  });
});
