'use client';

import { SearchIcon, XIcon } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { GENDERS, type CustomerListParamName } from '@/lib/customers/list-params';
import { useCustomerUrlParams } from './use-customer-url-params';

const ANY = 'any';
const SEARCH_DELAY_MS = 300;

interface QuickFilter {
  name: CustomerListParamName;
  label: string;
  options: { value: string; label: string }[];
}

const yesNo = (yes: string, no: string) => [
  { value: 'true', label: yes },
  { value: 'false', label: no },
];

/** Search and a few quick filters; any change starts again from the first page. */
export function CustomerToolbar({ groups }: { groups: { id: number; name: string }[] }) {
  const [params, setParams] = useCustomerUrlParams();
  const [search, setSearch] = useState(params.search ?? '');

  useEffect(() => setSearch(params.search ?? ''), [params.search]);
  useEffect(() => {
    if (search === (params.search ?? '')) return;
    const timer = setTimeout(() => void setParams({ search: search || null, offset: null }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, params.search, setParams]);

  const filters: QuickFilter[] = [
    { name: 'is_active', label: 'Status', options: yesNo('Active', 'Inactive') },
    { name: 'has_email', label: 'Email', options: yesNo('Has email', 'No email') },
    { name: 'gender', label: 'Gender', options: GENDERS.map((gender) => ({ value: gender, label: gender })) },
    ...(groups.length ? [{ name: 'groups_in' as const, label: 'Group', options: groups.map((group) => ({ value: String(group.id), label: group.name })) }] : []),
  ];
  const active = search !== '' || filters.some((filter) => params[filter.name]);

  return (
    <div className="mb-4 flex flex-col gap-2 lg:flex-row lg:items-center">
      <div className="relative lg:w-80">
        <SearchIcon aria-hidden="true" className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" />
        <Input
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder="Search name, email, phone, username, id…"
          aria-label="Search customers"
          className="pl-8"
        />
      </div>
      <div className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <Select
            key={filter.name}
            value={params[filter.name] ?? ANY}
            onValueChange={(value) => void setParams({ [filter.name]: value === ANY ? null : value, offset: null })}
          >
            <SelectTrigger className="h-9 w-40" aria-label={filter.label}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANY}>{`${filter.label}: any`}</SelectItem>
              {filter.options.map((option) => (
                <SelectItem key={option.value} value={option.value}>
                  {option.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        ))}
        {active ? (
          <Button
            variant="ghost"
            onClick={() => {
              setSearch('');
              void setParams(Object.fromEntries([...filters.map((filter) => [filter.name, null]), ['search', null], ['offset', null]]));
            }}
          >
            <XIcon aria-hidden="true" />
            Reset
          </Button>
        ) : null}
      </div>
    </div>
  );
}
