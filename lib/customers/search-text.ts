/**
 * The text a customer is found by. Every writer of a customer row stores `searchText` from
 * here, and the query builder folds search terms the same way, so both sides agree on case
 * (including non-ASCII: "ÉLODIE" finds "élodie") and on Unicode normalisation.
 */

/** Separates fields, so a term can never match across two of them. Never occurs in a term. */
export const SEARCH_FIELD_SEPARATOR = '\u001f';

export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

export interface SearchableFields {
  username: string | null;
  mobileNumber: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
}

/** id is matched on the row itself (it is assigned on insert), not stored here. */
export function buildSearchText(fields: SearchableFields): string {
  return [fields.username, fields.mobileNumber, fields.email, fields.firstName, fields.lastName]
    .map((value) => foldForSearch(value ?? ''))
    .join(SEARCH_FIELD_SEPARATOR);
}
