import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawSqlDialect } from '@/lib/db/dialect/raw-sql';
import { transactionWithDriver, type DriverStatements } from '@/lib/db/driver-transaction';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

async function insertGroup(driver: DriverStatements, name: string) {
  const params = rawSqlDialect(database.db).parameters();
  return driver.query<{ id: number; name: string }>(
    `INSERT INTO "customer_groups" ("name", "description") VALUES (${params.bind(name)}, ${params.bind('from the driver')}) RETURNING "id", "name"`,
    params.values,
  );
}

describe('transactionWithDriver', () => {
  it('commits the driver statements with the Prisma ones, and answers rows keyed by column', async () => {
    const { db } = database;
    const [inserted, viaPrisma] = await transactionWithDriver(
      db,
      async (tx, driver) => [await insertGroup(driver, 'driver'), await tx.customerGroup.create({ data: { name: 'prisma' } })] as const,
      {},
    );
    expect(inserted).toEqual([{ id: expect.any(Number), name: 'driver' }]);
    const stored = await db.customerGroup.findMany({ where: { name: { in: ['driver', 'prisma'] } }, orderBy: { name: 'asc' } });
    expect(stored.map((group) => [group.id, group.name, group.description])).toEqual([
      [inserted[0]!.id, 'driver', 'from the driver'],
      [viaPrisma.id, 'prisma', ''],
    ]);
  });

  it('sees its own uncommitted writes from both sides and rolls both back together', async () => {
    const { db } = database;
    const failure = new Error('stop here');
    await expect(
      transactionWithDriver(
        db,
        async (tx, driver) => {
          await tx.customerGroup.create({ data: { name: 'rolled-back-prisma' } });
          await insertGroup(driver, 'rolled-back-driver');
          const params = rawSqlDialect(db).parameters();
          const changed = await driver.execute(
            `UPDATE "customer_groups" SET "description" = ${params.bind('seen')} WHERE "name" LIKE ${params.bind('rolled-back-%')}`,
            params.values,
          );
          expect(changed).toBe(2);
          expect(await tx.customerGroup.count({ where: { description: 'seen' } })).toBe(2);
          throw failure;
        },
        {},
      ),
    ).rejects.toBe(failure);
    expect(await db.customerGroup.count({ where: { name: { startsWith: 'rolled-back' } } })).toBe(0);
  });

  it('keeps each concurrent transaction to its own driver side', async () => {
    const { db } = database;
    const names = ['one', 'two', 'three'].map((name) => `concurrent-${name}`);
    const results = await Promise.all(
      names.map((name) =>
        transactionWithDriver(
          db,
          async (tx, driver) => {
            await insertGroup(driver, name);
            // Each transaction must see its own row through Prisma, whichever connection it runs on.
            return (await tx.customerGroup.findMany({ where: { name: { startsWith: 'concurrent-' } }, select: { name: true } })).map((group) => group.name);
          },
          { maxWait: 20_000 },
        ),
      ),
    );
    results.forEach((seen, index) => expect(seen).toContain(names[index]));
    expect(await db.customerGroup.count({ where: { name: { startsWith: 'concurrent-' } } })).toBe(3);
  });
});
