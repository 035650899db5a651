'use client';

import { LoaderCircleIcon, UserPlusIcon } from 'lucide-react';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { createUserAction } from '@/app/(portal)/users/actions';
import { SecretReveal } from '@/components/auth/secret-reveal';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Switch } from '@/components/ui/switch';

type Field = 'email' | 'name' | 'role' | 'password';

export function CreateUserDialog({ minPasswordLength }: { minPasswordLength: number }) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [role, setRole] = useState<'STAFF' | 'ADMIN'>('STAFF');
  const [isActive, setIsActive] = useState(true);
  const [errors, setErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [created, setCreated] = useState<{ email: string; password: string }>();

  function reset(nextOpen: boolean) {
    setOpen(nextOpen);
    if (!nextOpen) {
      setErrors({});
      setCreated(undefined);
      setRole('STAFF');
      setIsActive(true);
    }
  }

  function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      email: String(data.get('email') ?? ''),
      name: String(data.get('name') ?? ''),
      password: String(data.get('password') ?? ''),
      role,
      isActive,
    };
    startTransition(async () => {
      const result = await createUserAction(input);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        if (!result.fieldErrors) toast.error(result.error);
        return;
      }
      toast.success(`Created ${result.email}.`);
      if (result.generatedPassword) setCreated({ email: result.email, password: result.generatedPassword });
      else reset(false);
    });
  }

  const fieldError = (name: Field) =>
    errors[name]?.[0] ? (
      <p id={`new-user-${name}-error`} className="text-sm text-destructive">
        {errors[name]?.[0]}
      </p>
    ) : null;
  const describedBy = (name: Field) => (errors[name]?.[0] ? `new-user-${name}-error` : undefined);

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogTrigger asChild>
        <Button>
          <UserPlusIcon aria-hidden="true" />
          New user
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New user</DialogTitle>
          <DialogDescription>Staff see customers; admins also manage users, sync, filters and the audit log.</DialogDescription>
        </DialogHeader>
        {created ? (
          <>
            <SecretReveal
              label={`Password for ${created.email}`}
              value={created.password}
              note="Pass it on securely; it is shown only once, and only lets them in to choose their own."
            />
            <DialogFooter>
              <Button onClick={() => reset(false)}>Done</Button>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={handleSubmit} className="grid gap-4">
            <div className="grid gap-2">
              <Label htmlFor="new-user-email">Email</Label>
              <Input id="new-user-email" name="email" type="email" required aria-invalid={!!describedBy('email')} aria-describedby={describedBy('email')} />
              {fieldError('email')}
            </div>
            <div className="grid gap-2">
              <Label htmlFor="new-user-name">Name</Label>
              <Input id="new-user-name" name="name" required maxLength={100} aria-invalid={!!describedBy('name')} aria-describedby={describedBy('name')} />
              {fieldError('name')}
            </div>
            <div className="grid gap-2">
              <Label htmlFor="new-user-role">Role</Label>
              <Select value={role} onValueChange={(value) => setRole(value as 'STAFF' | 'ADMIN')}>
                <SelectTrigger id="new-user-role" className="w-40">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="STAFF">Staff</SelectItem>
                  <SelectItem value="ADMIN">Admin</SelectItem>
                </SelectContent>
              </Select>
              {fieldError('role')}
            </div>
            <div className="flex items-center gap-3">
              <Switch id="new-user-active" checked={isActive} onCheckedChange={setIsActive} />
              <Label htmlFor="new-user-active">Active (can sign in)</Label>
            </div>
            <div className="grid gap-2">
              <Label htmlFor="new-user-password">Password</Label>
              <Input
                id="new-user-password"
                name="password"
                type="password"
                autoComplete="new-password"
                placeholder="Leave empty to generate one"
                aria-invalid={!!describedBy('password')}
                aria-describedby={describedBy('password') ?? 'new-user-password-hint'}
              />
              <p id="new-user-password-hint" className="text-xs text-muted-foreground">
                At least {minPasswordLength} characters, or leave empty and a strong one is generated and shown
                once. Either way they choose their own at first sign-in.
              </p>
              {fieldError('password')}
            </div>
            <DialogFooter>
              <Button type="submit" disabled={pending}>
                {pending ? <LoaderCircleIcon aria-hidden="true" className="animate-spin" /> : null}
                Create user
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
