/**
 * The customer-service document's own Python `requests` examples, run unchanged against a live
 * `next start` (only the base URL and the token substituted), prove that a client written for
 * that document works against us. Needs a Python with `requests`: the test looks for one and,
 * when there is none, skips and says why (it does not install packages).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/tokens/create-api-token';
import { insertCustomers } from '../support/customer-fixtures';
import { startE2eServer, type E2eServer } from '../support/e2e-server';

// Copied verbatim from ../shared/seeds/004_db20600ff957555b.txt, "Example Requests".
const DOCUMENT_EXAMPLES = `import requests

# List all customers
response = requests.get('http://www.example.com/api/customers', 
  headers={'Authorization': 'Token <your_api_key>'}
)
print(response.json())

# Search for customers with filters
response = requests.get('http://www.example.com/api/customers', params={
  'search': 'john',
  'is_active': True,
  'has_email': True,
  'ordering': '-created_at',
  'limit': 20
}, headers={'Authorization': 'Token <your_api_key>'})
print(response.json())

# Filter by gender and online status
response = requests.get('http://www.example.com/api/customers', params={
  'gender': 'male',
  'is_online': True,
  'last_login_from': '2023-01-01'
}, headers={'Authorization': 'Token <your_api_key>'})
print(response.json())
`;

// Each printed line is a Python dict's repr; turned into JSON for the assertions.
const REPR_TO_JSON = 'import ast, json, sys\nfor line in sys.stdin:\n    print(json.dumps(ast.literal_eval(line)))';

function pythonWithRequests(): string | null {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    if (spawnSync(candidate, ['-c', 'import requests'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return null;
}

const python = pythonWithRequests();
if (!python) console.warn('customers-python-examples SKIPPED: no python3 that can `import requests` (install python3-requests or pip install requests).');

interface Page {
  count: number;
  next: string | null;
  previous: string | null;
  results: { id: number; username: string; is_online: boolean; gender: string }[];
}

describe.skipIf(!python)('the document’s Python examples against a live server', () => {
  let server: E2eServer;
  let pages: Page[];
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

  beforeAll(async () => {
    server = await startE2eServer();
    await insertCustomers(server.db, [
      { username: 'john', firstName: 'John', lastName: 'Appleseed', email: 'john@x.io', createdAt: new Date('2024-05-01T00:00:00Z') },
      { username: 'johnny', firstName: 'Johnny', lastName: 'Bravo', email: 'johnny@x.io', createdAt: new Date('2024-06-01T00:00:00Z') },
      { username: 'john-inactive', firstName: 'John', email: 'off@x.io', isActive: false },
      { username: 'john-no-email', firstName: 'John', email: null },
      { username: 'male-online', gender: 'male', hasToken: true, lastTokenUseAt: minutesAgo(1), lastLogin: new Date('2024-01-01T00:00:00Z') },
      { username: 'male-offline', gender: 'male', hasToken: false, lastLogin: new Date('2024-01-01T00:00:00Z') },
      { username: 'female-online', gender: 'female', hasToken: true, lastTokenUseAt: minutesAgo(1), lastLogin: new Date('2024-01-01T00:00:00Z') },
      { username: 'male-online-long-ago', gender: 'male', hasToken: true, lastTokenUseAt: minutesAgo(2), lastLogin: new Date('2022-12-31T23:59:59Z') },
    ]);
    const { staff } = server.users;
    const { key } = await createApiToken(server.db, { userId: staff.id, label: 'python' }, { actor: staff, ip: null });
    const script = DOCUMENT_EXAMPLES.replaceAll('http://www.example.com', server.baseUrl).replaceAll('<your_api_key>', key);
    const printed = execFileSync(python!, ['-c', script], { encoding: 'utf8', timeout: 60_000 });
    pages = execFileSync(python!, ['-c', REPR_TO_JSON], { input: printed, encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Page);
  });
  afterAll(() => server?.stop());

  const usernames = (page: Page | undefined) => page?.results.map((row) => row.username);

  it('lists all customers', () => {
    expect(pages).toHaveLength(3);
    expect(pages[0]).toMatchObject({ count: 8, next: null, previous: null });
    expect(usernames(pages[0])).toHaveLength(8);
  });

  it('searches with filters and ordering (Python sends True as "True")', () => {
    expect(usernames(pages[1])).toEqual(['johnny', 'john']);
  });

  it('filters by gender, online status and last login', () => {
    expect(usernames(pages[2])).toEqual(['male-online']);
    expect(pages[2]?.results[0]).toMatchObject({ gender: 'male', is_online: true });
  });
});
