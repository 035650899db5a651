/**
 * The advanced filter form's layout: every parameter of the list, grouped. Which parameters
 * exist comes from the parser (a test checks the form covers them all); this only says how to
 * ask for each.
 */
import type { CustomerListParamName } from '@/lib/customers/list-params';

export type FilterInput =
  | { kind: 'text'; placeholder?: string }
  | { kind: 'tristate'; yes: string; no: string }
  | { kind: 'choice'; options: readonly string[] };

export interface FilterSection {
  title: string;
  fields: { name: CustomerListParamName; label: string; input: FilterInput }[];
}

const tristate = (yes: string, no: string): FilterInput => ({ kind: 'tristate', yes, no });
const date: FilterInput = { kind: 'text', placeholder: '2023-01-01' };
const moment: FilterInput = { kind: 'text', placeholder: '2023-01-01T10:00:00Z' };

export const FILTER_SECTIONS: FilterSection[] = [
  {
    title: 'Search and order',
    fields: [
      { name: 'search', label: 'Search', input: { kind: 'text', placeholder: 'john "mary ann" 0812' } },
      { name: 'ordering', label: 'Ordering', input: { kind: 'text', placeholder: '-created_at,username' } },
      { name: 'limit', label: 'Page size', input: { kind: 'text', placeholder: '10 (at most 1000)' } },
      { name: 'offset', label: 'Offset', input: { kind: 'text', placeholder: '0' } },
    ],
  },
  {
    title: 'Has / is',
    fields: [
      { name: 'has_email', label: 'Email', input: tristate('Has email', 'No email') },
      { name: 'has_phone', label: 'Phone', input: tristate('Has phone', 'No phone') },
      { name: 'has_avatar', label: 'Avatar', input: tristate('Has avatar', 'No avatar') },
      { name: 'has_first_name', label: 'First name', input: tristate('Has first name', 'No first name') },
      { name: 'has_last_name', label: 'Last name', input: tristate('Has last name', 'No last name') },
      { name: 'has_token', label: 'API token', input: tristate('Has a token', 'No token') },
      { name: 'is_active', label: 'Active', input: tristate('Active', 'Inactive') },
      { name: 'is_profile_completed', label: 'Profile', input: tristate('Completed', 'Not completed') },
      { name: 'is_online', label: 'Online', input: tristate('Online', 'Offline') },
      { name: 'gender', label: 'Gender', input: { kind: 'choice', options: ['male', 'female', 'other'] } },
    ],
  },
  {
    title: 'Groups and ids',
    fields: [
      { name: 'groups_in', label: 'In any of the groups', input: { kind: 'text', placeholder: '1,2,3' } },
      { name: 'group_id', label: 'In the group', input: { kind: 'text', placeholder: '1' } },
      { name: 'id_min', label: 'Id from', input: { kind: 'text', placeholder: '1' } },
      { name: 'id_max', label: 'Id to', input: { kind: 'text', placeholder: '1000' } },
    ],
  },
  {
    title: 'Dates (UTC)',
    fields: [
      { name: 'last_login_date', label: 'Last login on', input: date },
      { name: 'last_login_from', label: 'Last login from', input: moment },
      { name: 'last_login_to', label: 'Last login to', input: moment },
      { name: 'created_date', label: 'Created on', input: date },
      { name: 'created_from', label: 'Created from', input: moment },
      { name: 'created_to', label: 'Created to', input: moment },
      { name: 'updated_date', label: 'Updated on', input: date },
      { name: 'updated_from', label: 'Updated from', input: moment },
      { name: 'updated_to', label: 'Updated to', input: moment },
    ],
  },
  {
    title: 'Beyond the document',
    fields: [
      { name: 'include_deleted', label: 'Deleted customers', input: tristate('Include', 'Exclude') },
      { name: 'expand', label: 'Extra block', input: { kind: 'choice', options: ['upstream'] } },
    ],
  },
];
