/** What a group form or action may send, checked at the edge. */
import { z } from 'zod';

export const groupIdSchema = z.coerce.number().int().positive();
export const groupNameSchema = z.string().trim().min(1, 'Give the group a name.').max(80, 'At most 80 characters.');
export const groupDescriptionSchema = z.string().trim().max(500, 'At most 500 characters.').default('');
export const groupFieldsSchema = z.object({ name: groupNameSchema, description: groupDescriptionSchema });
export type GroupFields = z.infer<typeof groupFieldsSchema>;

export const customerIdsSchema = z.array(z.coerce.number().int().positive()).min(1, 'Select at least one customer.').max(1000, 'At most 1000 customers at a time.');

/** Prisma's unique-constraint error, whichever database raised it. */
export const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';
