import { TriangleAlertIcon } from 'lucide-react';
import Link from 'next/link';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';

/** The address holds filters the API's parser rejects: say which, and offer a clean start. */
export function InvalidParamsAlert({ errors, resetHref }: { errors: Record<string, string[]>; resetHref: string }) {
  return (
    <Alert variant="destructive">
      <TriangleAlertIcon aria-hidden="true" />
      <AlertTitle>Some filters in the address are not valid</AlertTitle>
      <AlertDescription>
        <ul className="list-disc pl-4">
          {Object.entries(errors).map(([name, messages]) => (
            <li key={name}>
              <code>{name}</code>: {messages.join(' ')}
            </li>
          ))}
        </ul>
        <Link href={resetHref} className="underline underline-offset-4">
          Clear the filters
        </Link>
      </AlertDescription>
    </Alert>
  );
}
