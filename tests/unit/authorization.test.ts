import { describe, expect, it } from 'vitest';
import { authorize, can, type AuthUser } from '../../api/domain/authorization.ts';

const ENT_A = 'enterprise-a';
const ENT_B = 'enterprise-b';
const admin: AuthUser = { id: 'u-admin', email: 'a@x.gr', name: 'A', role: 'admin', enterpriseId: null };
const staff: AuthUser = { id: 'u-staff', email: 's@x.gr', name: 'S', role: 'staff', enterpriseId: null };
const managerA: AuthUser = {
  id: 'u-ma',
  email: 'ma@x.gr',
  name: 'MA',
  role: 'enterprise_manager',
  enterpriseId: ENT_A,
};
const memberA: AuthUser = {
  id: 'u-mea',
  email: 'mea@x.gr',
  name: 'MeA',
  role: 'enterprise_member',
  enterpriseId: ENT_A,
};

const memberOfA = { enterpriseId: ENT_A, role: 'enterprise_member' as const, userId: 'u-other-a' };
const memberOfB = { enterpriseId: ENT_B, role: 'enterprise_member' as const, userId: 'u-other-b' };
const staffAccount = { enterpriseId: null, role: 'staff' as const, userId: 'u-staff-2' };

describe('authorize', () => {
  it('lets an admin manage any account but not their own', () => {
    expect(authorize(admin, 'user.deactivate', staffAccount)).toBe('allow');
    expect(authorize(admin, 'user.deactivate', memberOfB)).toBe('allow');
    expect(authorize(admin, 'user.deactivate', { enterpriseId: null, role: 'admin', userId: admin.id })).toBe(
      'forbidden',
    );
    expect(authorize(admin, 'user.reset_mfa', staffAccount)).toBe('allow');
  });

  it('gives staff read access to people but no management', () => {
    expect(authorize(staff, 'user.list')).toBe('allow');
    expect(authorize(staff, 'user.read', memberOfB)).toBe('allow');
    expect(authorize(staff, 'user.deactivate', memberOfA)).toBe('forbidden');
    expect(authorize(staff, 'user.reset_mfa', memberOfA)).toBe('forbidden');
  });

  it('lets a manager manage members of their own enterprise and hides other enterprises (404)', () => {
    expect(authorize(managerA, 'user.deactivate', memberOfA)).toBe('allow');
    expect(authorize(managerA, 'user.end_sessions', memberOfA)).toBe('allow');
    expect(authorize(managerA, 'user.deactivate', memberOfB)).toBe('not_found');
    expect(authorize(managerA, 'user.read', memberOfB)).toBe('not_found');
    expect(authorize(managerA, 'user.read', staffAccount)).toBe('not_found');
    expect(
      authorize(managerA, 'user.deactivate', { enterpriseId: ENT_A, role: 'enterprise_manager', userId: 'u-mb2' }),
    ).toBe('forbidden');
    expect(authorize(managerA, 'user.reset_mfa', memberOfA)).toBe('forbidden');
  });

  it('gives members no people management, only their own account', () => {
    expect(authorize(memberA, 'user.list')).toBe('forbidden');
    expect(
      authorize(memberA, 'user.read', { enterpriseId: ENT_A, role: 'enterprise_member', userId: memberA.id }),
    ).toBe('allow');
    expect(authorize(memberA, 'user.deactivate', memberOfA)).toBe('forbidden');
    expect(authorize(memberA, 'user.read', memberOfB)).toBe('not_found');
  });

  it('scopes invitations by role', () => {
    expect(can(admin, 'invitation.create', { enterpriseId: null, role: 'staff' })).toBe(true);
    expect(can(staff, 'invitation.create', { enterpriseId: null, role: 'staff' })).toBe(false);
    expect(can(staff, 'invitation.create', { enterpriseId: ENT_B, role: 'enterprise_manager' })).toBe(true);
    expect(authorize(managerA, 'invitation.create', { enterpriseId: ENT_A, role: 'enterprise_member' })).toBe('allow');
    expect(authorize(managerA, 'invitation.create', { enterpriseId: ENT_A, role: 'enterprise_manager' })).toBe(
      'forbidden',
    );
    expect(authorize(managerA, 'invitation.create', { enterpriseId: ENT_B, role: 'enterprise_member' })).toBe(
      'not_found',
    );
    expect(authorize(managerA, 'invitation.create', { enterpriseId: null, role: 'staff' })).toBe('not_found');
    expect(authorize(memberA, 'invitation.create', { enterpriseId: ENT_A, role: 'enterprise_member' })).toBe(
      'forbidden',
    );
  });

  it('keeps the outbox and audit log to admins and refuses anonymous users', () => {
    expect(can(admin, 'mail_outbox.read')).toBe(true);
    expect(can(staff, 'mail_outbox.read')).toBe(false);
    expect(authorize(null, 'user.list')).toBe('forbidden');
    expect(can(managerA, 'enterprise.update', { enterpriseId: ENT_A })).toBe(true);
    expect(authorize(managerA, 'enterprise.update', { enterpriseId: ENT_B })).toBe('not_found');
    expect(can(staff, 'enterprise.update', { enterpriseId: ENT_B })).toBe(true);
  });
});
