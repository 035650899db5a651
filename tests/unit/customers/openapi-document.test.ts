import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/openapi.json/route';
import { CUSTOMER_LIST_PARAM_NAMES, DEFAULT_LIMIT, MAX_LIMIT, paramDoc } from '@/lib/customers/list-params';

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

  it('lists every parameter the parser accepts, with the parser’s own documentation', async () => {
    const list = (await document()).paths['/api/customers'].get;
    expect(list.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(CUSTOMER_LIST_PARAM_NAMES);
    for (const parameter of list.parameters) {
      expect(parameter.description).toBe(paramDoc(parameter.name).description);
      expect(parameter.schema.type).toBe(paramDoc(parameter.name).type);
    }
    const limit = list.parameters.find((parameter: { name: string }) => parameter.name === 'limit');
    expect(limit.schema).toMatchObject({ default: DEFAULT_LIMIT, maximum: MAX_LIMIT });
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
