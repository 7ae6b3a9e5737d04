import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../domain/actor.ts';
import { todayInAthens } from '../domain/athens-today.ts';
import { documentState, EXPIRY_WARNING_DAYS } from '../domain/compliance-documents.ts';
import { centsToDecimal } from '../domain/eligibility-format.ts';
import { verificationState } from '../domain/profile-changes.ts';
import { documentDates, enterprisesInRegister } from '../repositories/compliance.ts';
import { yearSpend } from '../repositories/contracts.ts';
import { listEnterprisesForStaff, pendingRequestCounts } from '../repositories/staff-enterprise-list.ts';
import { enforce } from './authorize.ts';

/** The staff home's counters (issue 16): the day's work, each answering a filtered page of the app. */
export interface StaffOverview {
  /** Changes enterprises proposed, waiting for moderation (the change-requests page, status pending). */
  pendingChanges: number;
  /** Certificates (the latest of each kind per enterprise in the register) ending within `windowDays`, and already ended. */
  documents: { expiring: number; expired: number; windowDays: number };
  /** Enterprises never verified by the municipality, and verified 12 months ago or more. */
  verification: { never: number; stale: number };
  /** The year's spend with social-economy enterprises (net of VAT, a decimal string). */
  spend: { year: number; net: string; contracts: number };
}

export function createStaffOverviewService({ db }: { db: Kysely<Database> }) {
  return {
    async overview(actor: Actor, options: { year?: number } = {}): Promise<StaffOverview> {
      enforce(actor, 'compliance.read', { enterpriseId: null }, 'enterprise');
      const today = todayInAthens();
      const year = options.year ?? Number(today.slice(0, 4));
      const [pending, inRegister, enterprises, spend] = await Promise.all([
        pendingRequestCounts(db),
        enterprisesInRegister(db),
        listEnterprisesForStaff(db),
        yearSpend(db, year),
      ]);
      // The certificate that counts is the latest of each kind (a renewed one replaces the old), as on the compliance page.
      const latest = new Map<string, string>();
      for (const d of await documentDates(db, inRegister)) {
        const key = `${d.enterprise_id}|${d.kind}`;
        if ((latest.get(key) ?? '') < d.valid_until) latest.set(key, d.valid_until);
      }
      const states = [...latest.values()].map((validUntil) => documentState(validUntil, today));
      const verifications = enterprises.map((e) => verificationState(e.verified_at, today));
      return {
        pendingChanges: [...pending.values()].reduce((sum, n) => sum + n, 0),
        documents: {
          expiring: states.filter((s) => s === 'expiring').length,
          expired: states.filter((s) => s === 'expired').length,
          windowDays: EXPIRY_WARNING_DAYS,
        },
        verification: {
          never: verifications.filter((v) => !v.verifiedAt).length,
          stale: verifications.filter((v) => v.stale).length,
        },
        spend: { year, net: centsToDecimal(spend.totalNetCents), contracts: spend.contracts },
      };
    },
  };
}
