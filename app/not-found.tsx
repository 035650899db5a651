import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-muted-foreground">This page does not exist, or your role does not give you access to it.</p>
      <Link href="/customers" className="text-sm font-medium underline underline-offset-4">
        Back to customers
      </Link>
    </main>
  );
}
