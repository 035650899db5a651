/**
 * The OpenAPI 3.1 description of our customer endpoints. Every query parameter is generated from
 * the parser's own schema (`paramDoc`), so the document cannot drift from what the API accepts.
 */
import { CUSTOMER_LIST_PARAM_NAMES, MAX_LIMIT, paramDoc, type CustomerListParamName } from '../list-params';
import { OPENAPI_SCHEMAS } from './openapi-schemas';

function parameter(name: CustomerListParamName) {
  const { description, type, format, default: fallback, minimum, maximum, enum: choices, example } = paramDoc(name);
  const schema = Object.fromEntries(
    Object.entries({ type, format, default: fallback, minimum, maximum, enum: choices }).filter(([, value]) => value !== undefined),
  );
  return { name, in: 'query', required: false, description, schema, ...(example === undefined ? {} : { example }) };
}

const json = (schema: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } });

const ERRORS = {
  '400': { description: 'Invalid parameters (stricter than DRF: a bad limit, offset, boolean or ordering is an error, not ignored)', content: json('ValidationErrors') },
  '401': {
    description: 'Authentication required: missing, malformed, unknown or revoked token, or an inactive user',
    headers: { 'WWW-Authenticate': { schema: { type: 'string', const: 'Token' } } },
    content: json('NotAuthenticated'),
  },
  '403': { description: 'Forbidden: insufficient permissions', content: json('PermissionDenied') },
  '500': { description: 'Internal server error (logged on the server)', content: json('ServerError') },
};

const DESCRIPTION = [
  'The "List Customers" contract of the customer-service document, served from Customer Hub\'s mirror.',
  `Pagination: \`limit\` (default 10, at most ${MAX_LIMIT}) and \`offset\`; \`next\`/\`previous\` are absolute URLs, null at the ends.`,
  'Unknown parameters are ignored; an empty value (`?gender=`) means "not filtered".',
  'Ordering: ties are broken by id; empty values sort last in both directions.',
].join('\n\n');

export function buildOpenApiDocument(serverUrl?: string) {
  const parameters = CUSTOMER_LIST_PARAM_NAMES.map(parameter);
  const exportParameters = parameters.filter((item) => item.name !== 'limit' && item.name !== 'offset');
  return {
    openapi: '3.1.0',
    info: { title: 'Customer Hub API', version: '1.0.0', description: DESCRIPTION },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    security: [{ Token: [] }, { Session: [] }],
    paths: {
      '/api/customers': {
        get: {
          operationId: 'listCustomers',
          summary: 'List Customers',
          description: 'Retrieves customers with filtering, searching, and ordering. Permission: Staff or Admin (`include_deleted` and `expand` beyond the document; `include_deleted=true` needs Admin).',
          parameters,
          responses: { '200': { description: 'Customers retrieved successfully', content: json('CustomerPage') }, ...ERRORS },
        },
      },
      '/api/customers/export.csv': {
        get: {
          operationId: 'exportCustomers',
          summary: 'Export customers as CSV',
          description: 'Admin only. Every customer the same parameters match (limit and offset do not apply), in the same order, streamed as CSV with the response fields as columns. Cells a spreadsheet would run as formulas start with an apostrophe.',
          parameters: exportParameters,
          responses: {
            '200': { description: 'CSV attachment', content: { 'text/csv': { schema: { type: 'string' } } } },
            ...ERRORS,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        Token: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'An API token from the portal, sent as `Authorization: Token <key>`.' },
        Session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token', description: 'A signed-in portal session.' },
      },
      schemas: OPENAPI_SCHEMAS,
    },
  };
}
