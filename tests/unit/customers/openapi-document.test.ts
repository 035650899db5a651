import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/openapi.json/route';
import { CUSTOMER_LIST_PARAM_NAMES } from '@/lib/customers/list-params';

async function document() {
  const response = GET();
  expect(response.status).toBe(200);
  return response.json();
}

describe('GET /api/openapi.json', () => {
  it('is OpenAPI 3.1, public, with the Token scheme', async () => {
    const doc = await document();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.Token).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' });
  });

  it('lists every parameter of the contract, with its documented type and default', async () => {
    const list = (await document()).paths['/api/customers'].get;
    const byName = Object.fromEntries(list.parameters.map((parameter: { name: string }) => [parameter.name, parameter]));
    // Pinned literally, from ../shared/seeds/004_db20600ff957555b.txt and the README — not from the
    // parser's own constants, which the document is generated from.
    expect(list.parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
      'limit', 'offset', 'search', 'ordering',
      'has_email', 'has_avatar', 'has_phone', 'has_token', 'has_first_name', 'has_last_name',
      'is_active', 'is_profile_completed', 'is_online', 'gender', 'groups_in', 'group_id',
      'last_login_date', 'last_login_from', 'last_login_to', 'id_min', 'id_max',
      'created_date', 'updated_date', 'created_from', 'created_to', 'updated_from', 'updated_to',
      'include_deleted', 'expand',
    ]);
    expect(byName.limit.schema).toMatchObject({ type: 'integer', default: 10, minimum: 1, maximum: 1000 });
    expect(byName.offset.schema).toMatchObject({ type: 'integer', default: 0, minimum: 0 });
    const types: Record<string, string> = {
      search: 'string', ordering: 'string', has_email: 'boolean', is_online: 'boolean', gender: 'string',
      groups_in: 'string', group_id: 'integer', id_min: 'integer', id_max: 'integer',
      last_login_date: 'string', created_from: 'string', updated_to: 'string',
    };
    for (const [name, type] of Object.entries(types)) expect(byName[name].schema.type, name).toBe(type);
    expect(byName.gender.schema.enum).toEqual(['male', 'female', 'other']);
    expect(byName.created_date.schema.format).toBe('date');
    expect(byName.created_to.schema.format).toBe('date-time');
    expect(byName.limit.description).toBe('Number of results to return per page (1–1000).');
    expect(byName.offset.description).toBe('Number of results to skip before returning results.');
    expect(byName.id_min.description).toBe('Minimum id (inclusive).');
    expect(byName.created_to.description).toBe('Created at or before this date (whole day) / date-time.');
    expect(byName.last_login_date.description).toBe('Last login on this UTC date.');
    expect(byName.search.description).toMatch(/case-insensitive substring of id, username, mobile_number, email, first_name or last_name/);
    expect(byName.ordering.description).toContain('id, username, email, gender, last_login, created_at, updated_at');
    expect(byName.is_online.description).toContain('5 minutes by default');
    for (const parameter of list.parameters) {
      expect(parameter.in, parameter.name).toBe('query');
      expect(parameter.description, parameter.name).toEqual(expect.any(String));
    }
  });

  it('describes the page, the customer and every error body', async () => {
    const doc = await document();
    const list = doc.paths['/api/customers'].get;
    expect(Object.keys(list.responses).sort()).toEqual(['200', '400', '401', '403', '500']);
    expect(Object.keys(doc.components.schemas.Customer.properties)).toEqual([
      'id', 'username', 'mobile_number', 'email', 'avatar', 'first_name', 'last_name', 'full_name', 'gender',
      'is_active', 'is_profile_completed', 'last_login', 'created_at', 'updated_at', 'is_online', 'upstream',
    ]);
    expect(doc.components.schemas.Customer.required).not.toContain('upstream');
    expect(doc.components.schemas.ServerError.properties.detail.example).toBe('Server error.');
  });

  it('describes the export without limit and offset', async () => {
    const exported = (await document()).paths['/api/customers/export.csv'].get;
    expect(exported.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(
      CUSTOMER_LIST_PARAM_NAMES.filter((name) => name !== 'limit' && name !== 'offset'),
    );
  });
});
