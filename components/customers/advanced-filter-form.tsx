'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { CUSTOMER_LIST_PARAM_NAMES, type CustomerListParamName } from '@/lib/customers/list-params';
import { FILTER_SECTIONS, type FilterInput } from './filter-fields';
import { useCustomerUrlParams } from './use-customer-url-params';

const ANY = 'any';
type Values = Record<CustomerListParamName, string>;

const fromUrl = (params: Partial<Record<CustomerListParamName, string | null>>) =>
  Object.fromEntries(CUSTOMER_LIST_PARAM_NAMES.map((name) => [name, params[name] ?? ''])) as Values;

function Control({ id, input, value, invalid, onChange }: { id: string; input: FilterInput; value: string; invalid: boolean; onChange: (value: string) => void }) {
  if (input.kind === 'text') {
    return <Input id={id} value={value} placeholder={input.placeholder} aria-invalid={invalid} aria-describedby={invalid ? `${id}-error` : undefined} onChange={(event) => onChange(event.target.value)} />;
  }
  const options = input.kind === 'tristate' ? [{ value: 'true', label: input.yes }, { value: 'false', label: input.no }] : input.options.map((option) => ({ value: option, label: option }));
  const known = value === '' || options.some((option) => option.value === value);
  return (
    <Select value={value === '' ? ANY : value} onValueChange={(next) => onChange(next === ANY ? '' : next)}>
      <SelectTrigger id={id} className="w-full" aria-invalid={invalid} aria-describedby={invalid ? `${id}-error` : undefined}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={ANY}>Any</SelectItem>
        {options.map((option) => (
          <SelectItem key={option.value} value={option.value}>
            {option.label}
          </SelectItem>
        ))}
        {known ? null : <SelectItem value={value}>{value}</SelectItem>}
      </SelectContent>
    </Select>
  );
}

/**
 * Every parameter of the list. Applying writes them all to the URL (blank = not filtered); the
 * server page validates them with the API's parser and hands back its messages, shown per field.
 */
export function AdvancedFilterForm({ errors }: { errors: Record<string, string[]> }) {
  const [params, setParams] = useCustomerUrlParams();
  const [values, setValues] = useState(() => fromUrl(params));
  useEffect(() => setValues(fromUrl(params)), [params]);

  function apply(next: Values) {
    void setParams(Object.fromEntries(CUSTOMER_LIST_PARAM_NAMES.map((name) => [name, next[name].trim() ? next[name] : null])));
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        apply({ ...values, offset: '' });
      }}
      className="grid gap-6"
    >
      {FILTER_SECTIONS.map((section) => (
        <fieldset key={section.title} className="grid min-w-0 gap-3">
          <legend className="mb-2 text-sm font-semibold">{section.title}</legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {section.fields.map((field) => {
              const id = `filter-${field.name}`;
              const messages = errors[field.name];
              return (
                <div key={field.name} className="grid content-start gap-1.5">
                  <Label htmlFor={id}>
                    {field.label} <code className="text-xs font-normal text-muted-foreground">{field.name}</code>
                  </Label>
                  <Control id={id} input={field.input} value={values[field.name]} invalid={!!messages} onChange={(value) => setValues({ ...values, [field.name]: value })} />
                  {messages ? (
                    <p id={`${id}-error`} className="text-sm text-destructive">
                      {messages.join(' ')}
                    </p>
                  ) : null}
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <div className="flex gap-2">
        <Button type="submit">Apply filters</Button>
        <Button type="button" variant="outline" onClick={() => apply(fromUrl({}))}>
          Clear all
        </Button>
      </div>
    </form>
  );
}
