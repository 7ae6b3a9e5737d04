import { Type, type Static } from 'typebox';
import { langSchema } from '../../http/schemas.ts';
import { EmailSchema, LocaleSchema, NewPasswordSchema, TokenSchema, UserSchema } from '../../http/account-schemas.ts';

/**
 * The accounts API contract (issue 4, scope 9): TypeBox schemas validate requests,
 * whitelist responses, feed the OpenAPI document, and give the staff app its types
 * (`import type` from web/admin/api/*.ts).
 */

export const LoginBodySchema = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false },
);

export const LoginResponseSchema = Type.Object(
  {
    user: UserSchema,
    mfaRequired: Type.Boolean({
      description: 'Send the authenticator code (or a recovery code) to POST /auth/mfa next',
    }),
    mfaEnrolmentRequired: Type.Boolean({
      description:
        'Admins and staff without a second factor must set one up (POST /auth/mfa/enrolment) before anything else',
    }),
    csrfToken: Type.String({ description: 'Send in x-csrf-token with every mutation of this session' }),
  },
  { additionalProperties: false },
);

export const MfaBodySchema = Type.Object(
  {
    code: Type.String({
      minLength: 6,
      maxLength: 20,
      description: '6-digit TOTP code or a recovery code (xxxxx-xxxxx)',
    }),
  },
  { additionalProperties: false },
);

export const SessionResponseSchema = Type.Object(
  { user: UserSchema, csrfToken: Type.String() },
  { additionalProperties: false },
);

export const EnrolmentResponseSchema = Type.Object(
  {
    secret: Type.String({ description: 'Base32 secret, for typing into an authenticator app by hand' }),
    otpauthUrl: Type.String(),
    qrCodeSvg: Type.String({ description: 'The otpauth URL as an SVG QR code' }),
  },
  { additionalProperties: false },
);

export const EnrolmentConfirmResponseSchema = Type.Object(
  {
    user: UserSchema,
    csrfToken: Type.String(),
    recoveryCodes: Type.Array(Type.String(), { description: 'Shown once: each works once instead of a code' }),
  },
  { additionalProperties: false },
);

export const PasswordConfirmBodySchema = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false },
);
export const RecoveryCodesResponseSchema = Type.Object(
  { recoveryCodes: Type.Array(Type.String()) },
  { additionalProperties: false },
);

export const ChangePasswordBodySchema = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 1024 }), newPassword: NewPasswordSchema },
  { additionalProperties: false },
);
export const UpdateMeBodySchema = Type.Object(
  {
    locale: langSchema({ description: 'The language of the mail the directory sends me: el (Greek) or en (English)' }),
  },
  { additionalProperties: false },
);
export const MeResponseSchema = Type.Object({ user: UserSchema }, { additionalProperties: false });
export const CsrfResponseSchema = Type.Object({ csrfToken: Type.String() }, { additionalProperties: false });

const MySessionSchema = Type.Object(
  {
    id: Type.String(),
    current: Type.Boolean(),
    createdAt: Type.String(),
    lastSeenAt: Type.String(),
    expiresAt: Type.String(),
    ip: Type.Union([Type.String(), Type.Null()]),
    userAgent: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export const MySessionListSchema = Type.Object({ items: Type.Array(MySessionSchema) }, { additionalProperties: false });

export const ResetRequestBodySchema = Type.Object(
  { email: EmailSchema, locale: Type.Optional(LocaleSchema) },
  { additionalProperties: false },
);
export const AcceptedSchema = Type.Object(
  { status: Type.Literal('accepted'), message: Type.String() },
  { additionalProperties: false, description: 'The same answer whether or not the address has an account' },
);
export const ResetConfirmBodySchema = Type.Object(
  { token: TokenSchema, password: NewPasswordSchema },
  { additionalProperties: false },
);

export type LoginResponse = Static<typeof LoginResponseSchema>;
export type UpdateMeBody = Static<typeof UpdateMeBodySchema>;
export type MeResponse = Static<typeof MeResponseSchema>;
export type SessionResponse = Static<typeof SessionResponseSchema>;
export type EnrolmentResponse = Static<typeof EnrolmentResponseSchema>;
export type EnrolmentConfirmResponse = Static<typeof EnrolmentConfirmResponseSchema>;
export type MySession = Static<typeof MySessionSchema>;
