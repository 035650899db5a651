import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCustomers } from '@/lib/customers/list-customers';
import { parseCustomerListParams } from '@/lib/customers/list-params';
import { changeGroupMembers } from '@/lib/groups/change-group-members';
import { createGroup } from '@/lib/groups/create-group';
import { deleteGroup } from '@/lib/groups/delete-group';
import { listGroups } from '@/lib/groups/list-groups';
import { updateGroup } from '@/lib/groups/update-group';
import { insertCustomers, type SeededCustomer } from '../../support/customer-fixtures';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let database: TestDatabase;
let customers: SeededCustomer[];
let context: { actor: { id: number; email: string }; ip: string | null };

beforeAll(async () => {
  database = await createTestDatabase();
  const admin = await database.db.user.create({ data: { email: 'groups@admin.test', name: 'Admin', passwordHash: 'x', role: 'ADMIN' } });
  context = { actor: { id: admin.id, email: admin.email }, ip: '203.0.113.9' };
  customers = await insertCustomers(database.db, [{ firstName: 'A' }, { firstName: 'B' }, { firstName: 'C' }]);
});
afterAll(() => database.drop());

const actions = async (targetId: number) =>
  (await database.db.auditEvent.findMany({ where: { targetType: 'customer_group', targetId: String(targetId) }, orderBy: { id: 'asc' } })).map((event) => event.action);

async function inGroup(groupId: number) {
  const parsed = parseCustomerListParams({ group_id: String(groupId) });
  if (!parsed.ok) throw new Error('bad');
  const page = await listCustomers(database.db, parsed.query, { now: new Date(), onlineWindowMinutes: 5, mayIncludeDeleted: false });
  return page.rows.map((row) => row.firstName);
}

describe('customer groups', () => {
  it('creates, renames and refuses duplicate names, auditing each change', async () => {
    const created = await createGroup(database.db, { name: 'VIP', description: 'Best' }, context);
    if (!created.ok) throw new Error('not created');
    expect(await createGroup(database.db, { name: 'VIP', description: '' }, context)).toEqual({ ok: false, error: 'name_taken' });
    await createGroup(database.db, { name: 'Other', description: '' }, context);
    expect(await updateGroup(database.db, created.id, { name: 'Other', description: '' }, context)).toEqual({ ok: false, error: 'name_taken' });
    expect(await updateGroup(database.db, created.id, { name: 'Gold', description: 'Renamed' }, context)).toEqual({ ok: true });
    expect(await updateGroup(database.db, 99999, { name: 'Nope', description: '' }, context)).toEqual({ ok: false, error: 'not_found' });
    expect((await listGroups(database.db)).map((group) => group.name)).toEqual(['Gold', 'Other']);
    expect(await actions(created.id)).toEqual(['group.create', 'group.update']);
  });

  it('adds and removes members idempotently, ignoring unknown customers', async () => {
    const created = await createGroup(database.db, { name: 'Segment', description: '' }, context);
    if (!created.ok) throw new Error('not created');
    const [a, b, c] = customers.map((customer) => customer.id) as [number, number, number];
    expect(await changeGroupMembers(database.db, { groupId: created.id, add: [a, b, 424242] }, context)).toEqual({ ok: true, added: 2, removed: 0 });
    expect(await changeGroupMembers(database.db, { groupId: created.id, add: [a, c] }, context)).toEqual({ ok: true, added: 1, removed: 0 });
    expect(await inGroup(created.id)).toEqual(['A', 'B', 'C']);
    expect(await changeGroupMembers(database.db, { groupId: created.id, remove: [b, 424242] }, context)).toEqual({ ok: true, added: 0, removed: 1 });
    expect(await changeGroupMembers(database.db, { groupId: created.id, remove: [b] }, context)).toEqual({ ok: true, added: 0, removed: 0 });
    expect(await inGroup(created.id)).toEqual(['A', 'C']);
    expect((await listGroups(database.db)).find((group) => group.id === created.id)?.memberCount).toBe(2);
    expect(await changeGroupMembers(database.db, { groupId: 99999, add: [a] }, context)).toEqual({ ok: false, error: 'not_found' });
    expect(await actions(created.id)).toEqual(['group.create', 'group.members_change', 'group.members_change', 'group.members_change']);
  });

  it('deletes a group and its memberships, never its customers', async () => {
    const created = await createGroup(database.db, { name: 'Temporary', description: '' }, context);
    if (!created.ok) throw new Error('not created');
    await changeGroupMembers(database.db, { groupId: created.id, add: [customers[0]!.id] }, context);
    expect(await deleteGroup(database.db, created.id, context)).toEqual({ ok: true });
    expect(await deleteGroup(database.db, created.id, context)).toEqual({ ok: false, error: 'not_found' });
    expect(await database.db.customerGroupMember.count({ where: { groupId: created.id } })).toBe(0);
    expect(await database.db.customer.count()).toBe(3);
    expect(await actions(created.id)).toContain('group.delete');
  });
});
