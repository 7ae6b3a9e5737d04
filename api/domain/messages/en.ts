/**
 * English texts of the server (the reference catalogue: its keys are the message ids).
 * Keep each key's `{placeholders}` identical in every catalogue.
 */
export const en = {
  // --- Problems of any resource ---
  'problem.invalid.title': 'Invalid request',
  'problem.invalid.detail': '{name}: {reason}',
  'problem.bad_request.title': 'Bad request',
  'problem.bad_url.detail': 'The path is not validly percent-encoded UTF-8',
  'problem.route_not_found.title': 'Not found',
  'problem.route_not_found.detail': 'No resource at {method} {path}',
  'problem.forbidden.title': 'Not allowed',
  'problem.unauthenticated.title': 'Sign-in required',
  'problem.too_many_attempts.title': 'Too many attempts',
  'problem.too_many_attempts.detail': 'Too many attempts for this account. Try again in {seconds} s.',
  'problem.too_many_requests.title': 'Too many requests',
  'problem.internal.title': 'Internal server error',
  'problem.unavailable.title': 'Service unavailable',
  'problem.unavailable.detail': 'The service is not available right now. Try again later.',

  // --- Not found, by resource ---
  'notFound.enterprise': 'Enterprise not found',
  'notFound.service': 'Service not found',
  'notFound.document': 'Document not found',
  'notFound.file': 'File not found',
  'notFound.logo': 'Logo not found',
  'notFound.user': 'User not found',
  'notFound.users': 'Users not found',
  'notFound.session': 'Session not found',
  'notFound.invitation': 'Invitation not found',
  'notFound.change_request': 'Change request not found',
  'notFound.contract': 'Contract not found',
  'notFound.import': 'Import not found',
  'notFound.organization': 'Organization not found',
  'notFound.taxonomy': 'Taxonomy not found',
  'notFound.taxonomy_term': 'Taxonomy term not found',
  'notFound.service_at_location': 'Service at location not found',

  // --- Request validation (JSON Schema keywords) ---
  'validation.unknown_field': 'is not a known field',
  'validation.required': "must have required property '{name}'",
  'validation.type': 'must be {type}',
  'validation.min_length': 'must NOT have fewer than {limit} characters',
  'validation.max_length': 'must NOT have more than {limit} characters',
  'validation.min_items': 'must NOT have fewer than {limit} items',
  'validation.max_items': 'must NOT have more than {limit} items',
  'validation.minimum': 'must be >= {limit}',
  'validation.maximum': 'must be <= {limit}',
  'validation.pattern': 'must match pattern "{pattern}"',
  'validation.format': 'must match format "{format}"',
  'validation.enum': 'must be equal to one of the allowed values',
  'validation.const': 'must be equal to constant',
  'validation.any_of': 'must match a schema in anyOf',
  'validation.invalid': 'is invalid',
} as const;
