'use client';

import { LoaderCircleIcon, PlusIcon } from 'lucide-react';
import { useState, useTransition } from 'react';
import { createTokenAction } from '@/app/(portal)/account/tokens/actions';
import { SecretReveal } from '@/components/auth/secret-reveal';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

export function CreateTokenForm() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [created, setCreated] = useState<{ key: string; label: string }>();

  function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const label = String(new FormData(form).get('label') ?? '');
    startTransition(async () => {
      const result = await createTokenAction({ label });
      if (!result.ok) {
        setError(result.fieldErrors?.label?.[0] ?? result.error);
        return;
      }
      setError(undefined);
      setCreated({ key: result.key, label: result.label });
      form.reset();
    });
  }

  return (
    <div className="grid gap-4">
      <form onSubmit={handleSubmit} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="grid flex-1 gap-2">
          <Label htmlFor="token-label">Label</Label>
          <Input
            id="token-label"
            name="label"
            placeholder="e.g. Reporting script"
            maxLength={100}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'token-label-error' : undefined}
            disabled={pending}
          />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircleIcon aria-hidden="true" className="animate-spin" /> : <PlusIcon aria-hidden="true" />}
          Create token
        </Button>
      </form>
      {error ? (
        <p id="token-label-error" role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      {created ? (
        <SecretReveal
          label={`New token “${created.label}”`}
          value={created.key}
          note="Copy it now: it is shown only once. Send it as the header “Authorization: Token <key>”."
        />
      ) : null}
    </div>
  );
}
