'use client';

import { LoaderCircleIcon } from 'lucide-react';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { changePasswordAction } from '@/app/(portal)/account/password/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
const FIELDS: Array<{ name: Field; label: string; autoComplete: string }> = [
  { name: 'currentPassword', label: 'Current password', autoComplete: 'current-password' },
  { name: 'newPassword', label: 'New password', autoComplete: 'new-password' },
  { name: 'confirmPassword', label: 'Repeat the new password', autoComplete: 'new-password' },
];

/** `continueTo`: where to go once the change is made (after a required change, the page the user was heading for). */
export function ChangePasswordForm({
  email,
  minLength,
  continueTo,
}: {
  email: string;
  minLength: number;
  continueTo?: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Partial<Record<Field, string[]>>>({});

  function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = Object.fromEntries(FIELDS.map(({ name }) => [name, String(data.get(name) ?? '')])) as Record<Field, string>;
    startTransition(async () => {
      const result = await changePasswordAction(input);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        if (!result.fieldErrors) toast.error(result.error);
        return;
      }
      setErrors({});
      form.reset();
      // The new password ended every session, this one included; sign straight back in with it.
      // A required change was lifted in the same write, so the new session can go anywhere at once.
      await signIn('credentials', { email, password: input.newPassword, redirect: false });
      toast.success('Password changed. Other sessions have been signed out.');
      if (continueTo) router.replace(continueTo);
      router.refresh();
    });
  }

  return (
    <form onSubmit={handleSubmit} className="grid max-w-sm gap-4">
      {/* Tells password managers which account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {FIELDS.map(({ name, label, autoComplete }) => {
        const message = errors[name]?.[0];
        return (
          <div key={name} className="grid gap-2">
            <Label htmlFor={name}>{label}</Label>
            <Input
              id={name}
              name={name}
              type="password"
              autoComplete={autoComplete}
              minLength={name === 'currentPassword' ? undefined : minLength}
              required
              disabled={pending}
              aria-invalid={message ? true : undefined}
              aria-describedby={message ? `${name}-error` : undefined}
            />
            {message ? (
              <p id={`${name}-error`} className="text-sm text-destructive">
                {message}
              </p>
            ) : null}
          </div>
        );
      })}
      <Button type="submit" className="w-fit" disabled={pending}>
        {pending ? <LoaderCircleIcon aria-hidden="true" className="animate-spin" /> : null}
        Change password
      </Button>
    </form>
  );
}
