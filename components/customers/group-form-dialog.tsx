'use client';

import { LoaderCircleIcon } from 'lucide-react';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { createGroupAction, updateGroupAction } from '@/app/(portal)/customers/groups/actions';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';

type Field = 'name' | 'description';

/** Create a group, or (given one) rename it and change its description. */
export function GroupFormDialog({ group, trigger }: { group?: { id: number; name: string; description: string }; trigger: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Partial<Record<Field, string[]>>>({});
  const idPrefix = group ? `group-${group.id}` : 'new-group';

  function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const fields = { name: String(data.get('name') ?? ''), description: String(data.get('description') ?? '') };
    startTransition(async () => {
      const result = group ? await updateGroupAction({ ...fields, groupId: group.id }) : await createGroupAction(fields);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        if (!result.fieldErrors) toast.error(result.error);
        return;
      }
      toast.success(group ? 'Group saved.' : `Created “${fields.name.trim()}”.`);
      setErrors({});
      setOpen(false);
    });
  }

  const error = (name: Field) =>
    errors[name]?.[0] ? (
      <p id={`${idPrefix}-${name}-error`} className="text-sm text-destructive">
        {errors[name]?.[0]}
      </p>
    ) : null;

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{group ? `Edit “${group.name}”` : 'New group'}</DialogTitle>
          <DialogDescription>Groups are our own segments of customers; syncs never change them.</DialogDescription>
        </DialogHeader>
        <form onSubmit={handleSubmit} className="grid gap-4">
          <div className="grid gap-2">
            <Label htmlFor={`${idPrefix}-name`}>Name</Label>
            <Input
              id={`${idPrefix}-name`}
              name="name"
              required
              maxLength={80}
              defaultValue={group?.name}
              aria-invalid={!!errors.name}
              aria-describedby={errors.name ? `${idPrefix}-name-error` : undefined}
            />
            {error('name')}
          </div>
          <div className="grid gap-2">
            <Label htmlFor={`${idPrefix}-description`}>Description</Label>
            <Textarea id={`${idPrefix}-description`} name="description" maxLength={500} defaultValue={group?.description} />
            {error('description')}
          </div>
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending ? <LoaderCircleIcon aria-hidden="true" className="animate-spin" /> : null}
              {group ? 'Save' : 'Create group'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
