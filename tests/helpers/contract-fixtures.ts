import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '../../db/connection.ts';
import type { AwardRoute } from '../../db/schema.ts';

/** Exact contracts for eligibility and register tests, inserted straight into the table. */
export interface ContractFixture {
  enterpriseId: string;
  title?: string;
  cpvCode: string;
  awardRoute: AwardRoute;
  valueNetCents: number;
  vatCents?: number;
  department?: string;
  awardedOn: string;
  startsOn?: string;
  endsOn?: string | null;
}

export async function insertContract(handle: DatabaseHandle, fixture: ContractFixture): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await handle.db
    .insertInto('contracts')
    .values({
      id,
      enterprise_id: fixture.enterpriseId,
      title: fixture.title ?? `Σύμβαση ${fixture.cpvCode}`,
      cpv_code: fixture.cpvCode,
      award_route: fixture.awardRoute,
      value_net_cents: fixture.valueNetCents,
      vat_cents: fixture.vatCents ?? Math.round(fixture.valueNetCents * 0.24),
      department: fixture.department ?? 'Τμήμα Προμηθειών',
      awarded_on: fixture.awardedOn,
      starts_on: fixture.startsOn ?? fixture.awardedOn,
      ends_on: fixture.endsOn ?? null,
      diavgeia_ada: null,
      kimdis_adam: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/**
 * Leaves the demo accounts (needed to sign in) but takes the demo enterprises out of every
 * search and removes the demo contracts, so that a test sees only its own fixtures.
 */
export async function isolateFromDemoEnterprises(handle: DatabaseHandle): Promise<void> {
  await handle.db.deleteFrom('contracts').execute();
  await handle.db.updateTable('enterprises').set({ status: 'hidden' }).execute();
}
