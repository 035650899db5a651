/**
 * Times are rendered on the server in UTC with a fixed format, so server and browser agree and
 * nothing shifts during hydration; the full ISO time is in the tooltip.
 */
export function Timestamp({ value, empty = '—' }: { value: Date | null; empty?: string }) {
  if (!value) return <span className="text-muted-foreground">{empty}</span>;
  const iso = value.toISOString();
  return (
    <time dateTime={iso} title={iso} className="whitespace-nowrap tabular-nums">
      {iso.slice(0, 16).replace('T', ' ')} UTC
    </time>
  );
}
