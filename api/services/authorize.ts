import type { Actor } from '../domain/actor.ts';
import { authorize, type Action, type ObjectScope } from '../domain/authorization.ts';
import { ForbiddenError, NotFoundError, type Resource } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';

/** Applies the authorisation decision (domain/authorization.ts): 404 for objects the user may not know of, 403 for the rest. */
export function enforce(actor: Actor, action: Action, object: ObjectScope, resource: Resource): void {
  const decision = authorize(actor.user, action, object);
  if (decision === 'not_found') throw new NotFoundError(resource);
  if (decision === 'forbidden')
    throw new ForbiddenError(msg('auth.action_forbidden', { action: action.replace('.', ' ').replace('_', ' ') }));
}
