import { Type, type Static } from 'typebox';
import { RoleSchema, UserSchema, UserStatusSchema } from '../../http/account-schemas.ts';
import { literals, Nullable } from '../../http/schemas.ts';
import { ENTERPRISE_STATUSES } from '../../domain/enterprise-status.ts';

export const UserListQuerySchema = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name or e-mail' })),
    role: Type.Optional(RoleSchema),
    status: Type.Optional(UserStatusSchema),
    enterpriseId: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
);
export const UserListSchema = Type.Object({ items: Type.Array(UserSchema) }, { additionalProperties: false });
export const UpdateUserSchema = Type.Object(
  {
    role: RoleSchema,
    enterpriseId: Type.Optional(
      Nullable(Type.String({ minLength: 1, maxLength: 64 }), {
        description: 'Required for enterprise roles; must be absent or null for admin and staff',
      }),
    ),
  },
  { additionalProperties: false },
);
const EnterpriseOptionSchema = Type.Object(
  {
    id: Type.String(),
    slug: Type.String(),
    name: Type.String({ description: 'Trade name, else legal name' }),
    legalName: Type.String(),
    afm: Type.String(),
    status: literals(ENTERPRISE_STATUSES),
  },
  { additionalProperties: false },
);
export type EnterpriseOptionDto = Static<typeof EnterpriseOptionSchema>;
export const EnterpriseOptionListSchema = Type.Object(
  { items: Type.Array(EnterpriseOptionSchema) },
  { additionalProperties: false },
);
export const EndedSessionsSchema = Type.Object(
  { user: UserSchema, endedSessions: Type.Integer() },
  { additionalProperties: false },
);
