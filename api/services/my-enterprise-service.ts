import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../domain/actor.ts';
import { todayInAthens } from '../domain/athens-today.ts';
import { invalidBody, NotFoundError } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import {
  changedOnly,
  EMPTY_SERVICE,
  profileValuesOf,
  splitProfileChanges,
  splitServiceChanges,
  type Changes,
  type ProfileValues,
  type ServiceValues,
} from '../domain/profile-changes.ts';
import type { MyEnterprise, MyService, ProfilePatch, ServicePatch, SubmitResult } from '../http/enterprise-schemas.ts';
import {
  closeChangeRequest,
  findPending,
  insertChangeRequest,
  requestRevision,
} from '../repositories/change-requests.ts';
import { findEnterprise, loadServices, type EnterpriseRow } from '../repositories/enterprise-profile.ts';
import { enforce } from './authorize.ts';
import { myEnterpriseEtag, myEnterpriseView, myServiceEtag, myServiceViews } from './enterprise-views.ts';
import type { EnterpriseWriter } from './enterprise-writes.ts';
import { requireIfMatch } from './if-match.ts';
import { validateProfileInput, validateServiceInput } from './profile-validation.ts';

export type OwnAction = 'enterprise.read_private' | 'enterprise.propose_change' | 'document.read' | 'document.write';

/** Merges a new proposal into the pending one: fields given again replace (or withdraw) what was pending. */
function mergeProposal(pending: Changes | undefined, given: Record<string, unknown>, moderated: Changes): Changes {
  const proposal: Changes = { ...(pending ?? {}) };
  for (const field of Object.keys(given)) delete proposal[field];
  return { ...proposal, ...moderated };
}

const superseded = { status: 'superseded', reviewerUserId: null, comment: null, applied: null } as const;

function outcome(changeRequestId: string | null, direct: object, pending: unknown): SubmitResult['status'] {
  return changeRequestId ? 'pending' : Object.keys(direct).length ? 'applied' : pending ? 'withdrawn' : 'unchanged';
}

/**
 * The signed-in enterprise user's own enterprise (issue 5): profile and services. Public
 * changes go to moderation (domain/profile-changes.ts), private ones apply at once; every
 * object is checked with the authorisation rules (another enterprise's is a 404).
 */
export function createMyEnterpriseService({ db, write }: { db: Kysely<Database>; write: EnterpriseWriter }) {
  /** The user's enterprise, after the per-object decision. */
  async function ownEnterprise(actor: Actor, action: OwnAction): Promise<EnterpriseRow> {
    const enterpriseId = actor.user?.enterpriseId;
    const row = enterpriseId ? await findEnterprise(db, { id: enterpriseId }) : undefined;
    if (!row) throw new NotFoundError('enterprise');
    enforce(actor, action, { enterpriseId: row.id }, 'enterprise');
    return row;
  }

  return {
    ownEnterprise,

    async view(actor: Actor): Promise<MyEnterprise> {
      return myEnterpriseView(db, await ownEnterprise(actor, 'enterprise.read_private'), todayInAthens());
    },

    /**
     * Private fields apply at once; public ones become (or join) the pending change request.
     * One transaction: nothing is half-written.
     */
    async submitProfile(actor: Actor, input: ProfilePatch, ifMatch: string | undefined): Promise<SubmitResult> {
      const { id: enterpriseId } = await ownEnterprise(actor, 'enterprise.propose_change');
      const today = todayInAthens();
      return write.run(actor, async (w) => {
        const row = (await findEnterprise(w.trx, { id: enterpriseId }))!;
        const revision = await requestRevision(w.trx, enterpriseId, 'profile', null);
        await requireIfMatch(ifMatch, myEnterpriseEtag(row.version, revision), () =>
          myEnterpriseView(w.trx, row, today),
        );
        const current = profileValuesOf(row);
        const normalised = await validateProfileInput(w.trx, enterpriseId, current, input, { staff: false, today });
        const pending = await findPending(w.trx, enterpriseId, 'profile', null);
        // What stays pending after this request (fields given again replace their pending value).
        const stillPending: Changes = { ...(pending?.proposed ?? {}) };
        for (const field of Object.keys(normalised)) delete stillPending[field];
        const { direct, moderated } = splitProfileChanges(current, changedOnly(current, normalised), stillPending);
        const proposal = mergeProposal(pending?.proposed, normalised, moderated);
        if (Object.keys(direct).length) {
          await w.applyProfile(enterpriseId, direct, { action: 'update' });
          await w.audit({
            action: 'enterprise.update',
            objectType: 'enterprise',
            objectId: enterpriseId,
            details: { fields: Object.keys(direct), moderated: false },
          });
        }
        if (pending) await closeChangeRequest(w.trx, pending.id, superseded);
        let changeRequestId: string | null = null;
        if (Object.keys(proposal).length) {
          changeRequestId = randomUUID();
          const after = profileValuesOf((await findEnterprise(w.trx, { id: enterpriseId }))!);
          const previous: Changes = {};
          for (const field of Object.keys(proposal))
            previous[field] = pending?.previous[field] ?? after[field as keyof ProfileValues];
          await insertChangeRequest(w.trx, {
            id: changeRequestId,
            enterpriseId,
            authorUserId: actor.user!.id,
            kind: 'profile',
            targetId: null,
            proposed: proposal,
            previous,
            baseVersion: row.version,
          });
          await w.audit({
            action: 'change_request.create',
            objectType: 'change_request',
            objectId: changeRequestId,
            details: { enterpriseId, kind: 'profile', fields: Object.keys(proposal), supersedes: pending?.id ?? null },
          });
        }
        const fresh = (await findEnterprise(w.trx, { id: enterpriseId }))!;
        return {
          changeRequestId,
          status: outcome(changeRequestId, direct, pending),
          pendingFields: Object.keys(proposal),
          appliedFields: Object.keys(direct),
          etag: myEnterpriseEtag(fresh.version, await requestRevision(w.trx, enterpriseId, 'profile', null)),
        };
      });
    },

    async listServices(actor: Actor): Promise<MyService[]> {
      return myServiceViews(db, (await ownEnterprise(actor, 'enterprise.read_private')).id);
    },

    async getService(actor: Actor, serviceId: string): Promise<MyService> {
      const [view] = await myServiceViews(db, (await ownEnterprise(actor, 'enterprise.read_private')).id, serviceId);
      if (!view) throw new NotFoundError('service');
      return view;
    },

    /**
     * Creates (`serviceId` new) or changes a service. A new service exists only as a proposal
     * until staff approve it; withdrawing a service applies at once.
     */
    async submitService(
      actor: Actor,
      serviceId: string,
      input: ServicePatch,
      options: { isNew: boolean; ifMatch?: string },
    ): Promise<SubmitResult> {
      const { id: enterpriseId } = await ownEnterprise(actor, 'enterprise.propose_change');
      const { isNew } = options;
      return write.run(actor, async (w) => {
        const [existing] = await loadServices(w.trx, enterpriseId, serviceId);
        const pending = await findPending(w.trx, enterpriseId, 'service', serviceId);
        if (!isNew && !existing && !pending) throw new NotFoundError('service');
        const revision = await requestRevision(w.trx, enterpriseId, 'service', serviceId);
        if (!isNew) {
          await requireIfMatch(
            options.ifMatch,
            myServiceEtag(existing?.version ?? 0, revision),
            async () => (await myServiceViews(w.trx, enterpriseId, serviceId))[0],
          );
        }
        const current: ServiceValues = existing?.values ?? {
          ...EMPTY_SERVICE,
          ...(pending?.proposed as Partial<ServiceValues>),
        };
        const normalised = await validateServiceInput(w.trx, input, isNew, current.status);
        const changed = existing ? changedOnly(existing.values, normalised) : normalised;
        const { direct, moderated } = existing ? splitServiceChanges(changed) : { direct: {}, moderated: changed };
        const proposal = mergeProposal(pending?.proposed, normalised, moderated);
        if (
          !existing &&
          Object.keys(proposal).length &&
          (!proposal.titleEl || !Array.isArray(proposal.cpvCodes) || proposal.cpvCodes.length === 0)
        )
          throw invalidBody([
            proposal.titleEl
              ? { name: 'cpvCodes', reason: msg('service.cpv_needed_new') }
              : { name: 'titleEl', reason: msg('field.empty') },
          ]);
        if (Object.keys(direct).length) {
          await w.applyService(enterpriseId, serviceId, direct, { action: 'update' });
          await w.audit({
            action: 'service.update',
            objectType: 'service',
            objectId: serviceId,
            details: { enterpriseId, fields: Object.keys(direct), moderated: false },
          });
        }
        if (pending) await closeChangeRequest(w.trx, pending.id, superseded);
        let changeRequestId: string | null = null;
        if (Object.keys(proposal).length) {
          changeRequestId = randomUUID();
          const previous: Changes = {};
          for (const field of Object.keys(proposal))
            previous[field] = existing ? existing.values[field as keyof ServiceValues] : null;
          await insertChangeRequest(w.trx, {
            id: changeRequestId,
            enterpriseId,
            authorUserId: actor.user!.id,
            kind: 'service',
            targetId: serviceId,
            proposed: proposal,
            previous,
            baseVersion: existing?.version ?? 0,
          });
          await w.audit({
            action: 'change_request.create',
            objectType: 'change_request',
            objectId: changeRequestId,
            details: {
              enterpriseId,
              kind: 'service',
              serviceId,
              newService: !existing,
              fields: Object.keys(proposal),
              supersedes: pending?.id ?? null,
            },
          });
        }
        const [fresh] = await loadServices(w.trx, enterpriseId, serviceId);
        return {
          changeRequestId,
          status: outcome(changeRequestId, direct, pending),
          pendingFields: Object.keys(proposal),
          appliedFields: Object.keys(direct),
          etag: myServiceEtag(fresh?.version ?? 0, await requestRevision(w.trx, enterpriseId, 'service', serviceId)),
        };
      });
    },

    /** Deletes a service (or withdraws a new one still waiting for approval). */
    async removeService(actor: Actor, serviceId: string, ifMatch: string | undefined): Promise<void> {
      const { id: enterpriseId } = await ownEnterprise(actor, 'enterprise.propose_change');
      await write.run(actor, async (w) => {
        const [existing] = await loadServices(w.trx, enterpriseId, serviceId);
        const pending = await findPending(w.trx, enterpriseId, 'service', serviceId);
        if (!existing && !pending) throw new NotFoundError('service');
        const revision = await requestRevision(w.trx, enterpriseId, 'service', serviceId);
        await requireIfMatch(
          ifMatch,
          myServiceEtag(existing?.version ?? 0, revision),
          async () => (await myServiceViews(w.trx, enterpriseId, serviceId))[0],
        );
        if (pending) await closeChangeRequest(w.trx, pending.id, superseded);
        if (existing) await w.deleteService(enterpriseId, serviceId, existing.version);
        await w.audit({
          action: existing ? 'service.delete' : 'change_request.withdraw',
          objectType: existing ? 'service' : 'change_request',
          objectId: existing ? serviceId : pending!.id,
          details: {
            enterpriseId,
            serviceId,
            title: (existing?.values.titleEl ?? pending?.proposed.titleEl ?? null) as string | null,
          },
        });
      });
    },
  };
}
