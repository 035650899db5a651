'use client';

import { CheckIcon, CopyIcon } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

/** A secret the server will never show again (new API key, generated password), with a copy button. */
export function SecretReveal({ label, value, note }: { label: string; value: string; note: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success('Copied to the clipboard.');
    } catch {
      toast.error('Could not copy: select the text and copy it by hand.');
    }
  }

  return (
    <Alert>
      <AlertTitle>{label}</AlertTitle>
      <AlertDescription className="grid gap-2">
        <p>{note}</p>
        <div className="flex gap-2">
          <Label htmlFor="revealed-secret" className="sr-only">
            {label}
          </Label>
          <Input
            id="revealed-secret"
            readOnly
            value={value}
            onFocus={(event) => event.currentTarget.select()}
            className="h-10 font-mono text-xs leading-6"
            data-testid="revealed-secret"
          />
          <Button type="button" variant="outline" size="icon" onClick={copy}>
            {copied ? <CheckIcon aria-hidden="true" /> : <CopyIcon aria-hidden="true" />}
            <span className="sr-only">Copy</span>
          </Button>
        </div>
      </AlertDescription>
    </Alert>
  );
}
