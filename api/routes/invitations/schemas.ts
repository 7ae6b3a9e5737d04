import { Type, type Static } from 'typebox';
import {
  EmailSchema,
  EnterpriseRefSchema,
  LocaleSchema,
  NewPasswordSchema,
  RoleSchema,
  TokenSchema,
  UserSchema,
} from '../../http/account-schemas.ts';

const InvitationStatusSchema = Type.Union([
  Type.Literal('pending'),
  Type.Literal('accepted'),
  Type.Literal('revoked'),
  Type.Literal('expired'),
]);

export const InvitationSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    role: RoleSchema,
    enterprise: Type.Union([EnterpriseRefSchema, Type.Null()]),
    invitedBy: Type.Object({ id: Type.String(), name: Type.String() }),
    status: InvitationStatusSchema,
    createdAt: Type.String(),
    expiresAt: Type.String(),
    acceptedAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type InvitationDto = Static<typeof InvitationSchema>;
export const InvitationListSchema = Type.Object(
  { items: Type.Array(InvitationSchema) },
  { additionalProperties: false },
);

export const CreateInvitationSchema = Type.Object(
  {
    email: EmailSchema,
    role: RoleSchema,
    enterpriseId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description: 'Required for enterprise roles (a manager may omit it: their own)',
      }),
    ),
    locale: Type.Optional(LocaleSchema),
  },
  { additionalProperties: false },
);
export const InvitationListQuerySchema = Type.Object(
  { status: Type.Optional(Type.Union([InvitationStatusSchema, Type.Literal('all')], { default: 'pending' })) },
  { additionalProperties: false },
);
export const TokenBodySchema = Type.Object({ token: TokenSchema }, { additionalProperties: false });
export const InvitationPreviewSchema = Type.Object(
  {
    email: Type.String(),
    role: RoleSchema,
    enterprise: Type.Union([EnterpriseRefSchema, Type.Null()]),
    expiresAt: Type.String(),
    mfaRequired: Type.Boolean({ description: 'Municipal roles set up an authenticator at the first sign-in' }),
  },
  { additionalProperties: false },
);
export const AcceptInvitationSchema = Type.Object(
  { token: TokenSchema, name: Type.String({ minLength: 2, maxLength: 120 }), password: NewPasswordSchema },
  { additionalProperties: false },
);
export const AcceptedInvitationSchema = Type.Object(
  { user: UserSchema, mfaEnrolmentRequired: Type.Boolean() },
  { additionalProperties: false },
);
