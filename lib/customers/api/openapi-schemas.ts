/** Response and error schemas of the OpenAPI document (the parameters come from the parser). */
import { EXPANSIONS } from '../list-params';

const text = (description: string) => ({ type: ['string', 'null'], description });
const time = (description: string) => ({ type: ['string', 'null'], format: 'date-time', description });

const detail = (example: string) => ({
  type: 'object',
  required: ['detail'],
  properties: { detail: { type: 'string', example } },
});

export const OPENAPI_SCHEMAS = {
  Customer: {
    type: 'object',
    required: [
      'id', 'username', 'mobile_number', 'email', 'avatar', 'first_name', 'last_name', 'full_name', 'gender',
      'is_active', 'is_profile_completed', 'last_login', 'created_at', 'updated_at', 'is_online',
    ],
    properties: {
      id: { type: 'integer', description: 'Unique ID of the customer' },
      username: text("Customer's username"),
      mobile_number: text("Customer's phone number"),
      email: text("Customer's email address"),
      avatar: text("URL to customer's avatar image"),
      first_name: text("Customer's first name"),
      last_name: text("Customer's last name"),
      full_name: { type: 'string', description: "Customer's full name (computed: first and last name, trimmed)" },
      gender: text("Customer's gender (male/female/other)"),
      is_active: { type: 'boolean', description: 'Whether the customer account is active' },
      is_profile_completed: { type: 'boolean', description: 'Whether the customer has completed their profile' },
      last_login: time("Timestamp of customer's last login (ISO 8601, UTC)"),
      created_at: { type: 'string', format: 'date-time', description: 'When the customer was created upstream (ISO 8601, UTC)' },
      updated_at: { type: 'string', format: 'date-time', description: 'When the customer was last updated upstream (ISO 8601, UTC)' },
      is_online: { type: 'boolean', description: 'Holds an API token used within the online window (5 minutes by default)' },
      upstream: { $ref: '#/components/schemas/Upstream' },
    },
  },
  Upstream: {
    type: 'object',
    description: `Not in the source document. Present only with \`expand=${EXPANSIONS.join(',')}\`: where the mirrored row came from.`,
    required: ['source', 'upstream_id', 'first_seen_at', 'last_synced_at', 'deleted_at'],
    properties: {
      source: { type: 'string', enum: ['MAYAR', 'CUSTOMER_SERVICE'] },
      upstream_id: { type: 'string', description: "The customer's id in the upstream system" },
      first_seen_at: { type: 'string', format: 'date-time', description: 'When a sync first saw the customer' },
      last_synced_at: { type: 'string', format: 'date-time', description: 'When a sync last saw the customer' },
      deleted_at: time('When the customer disappeared upstream (tombstone); null while it exists'),
    },
  },
  CustomerPage: {
    type: 'object',
    required: ['count', 'next', 'previous', 'results'],
    properties: {
      count: { type: 'integer', description: 'How many customers match (may lag a few seconds behind writes)' },
      next: { type: ['string', 'null'], format: 'uri', description: 'Absolute URL of the next page, every other parameter kept' },
      previous: { type: ['string', 'null'], format: 'uri', description: 'Absolute URL of the previous page' },
      results: { type: 'array', items: { $ref: '#/components/schemas/Customer' } },
    },
  },
  ValidationErrors: {
    type: 'object',
    description: 'One entry per offending parameter, Django REST Framework style.',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    example: { limit: ['Enter a whole number.'], created_from: ['Enter a valid date/time.'] },
  },
  NotAuthenticated: detail('Authentication credentials were not provided.'),
  PermissionDenied: detail('You do not have permission to perform this action.'),
  ServerError: detail('Server error.'),
} as const;
