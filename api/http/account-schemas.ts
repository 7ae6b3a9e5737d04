import { Type, type Static } from 'typebox';
import { USER_STATUSES } from '../domain/authorization.ts';
import { langSchema, literals, RoleSchema } from './schemas.ts';

/**
 * The account pieces several resources share (auth, users, invitations): TypeBox schemas
 * validate requests, whitelist responses, feed OpenAPI and give the web its types.
 */

export { RoleSchema };
export const LocaleSchema = langSchema();
export const EmailSchema = Type.String({
  format: 'email',
  minLength: 3,
  maxLength: 254,
  description: 'E-mail address',
});
/** 128 characters is the policy limit; the schema allows more so the policy can explain it. */
export const NewPasswordSchema = Type.String({
  minLength: 1,
  maxLength: 1024,
  description: '12–128 characters, not a common password',
});
export const TokenSchema = Type.String({
  minLength: 20,
  maxLength: 100,
  description: 'One-time token from the link in the e-mail',
});
export const IdParamsSchema = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
export const UserStatusSchema = literals(USER_STATUSES);
export const EnterpriseRefSchema = Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() });

export const UserSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    name: Type.String(),
    role: RoleSchema,
    enterprise: Type.Union([EnterpriseRefSchema, Type.Null()], {
      description: 'The enterprise of an enterprise role, else null',
    }),
    status: UserStatusSchema,
    mfaEnabled: Type.Boolean(),
    locale: LocaleSchema,
    lastSignInAt: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String(),
  },
  { additionalProperties: false },
);
export type UserDto = Static<typeof UserSchema>;
export type Role = Static<typeof RoleSchema>;
