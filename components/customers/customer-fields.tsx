import { Timestamp } from '@/components/shell/timestamp';

export interface Field {
  label: string;
  value: React.ReactNode;
}

export const textValue = (value: string | null) => (value ? value : <span className="text-muted-foreground">—</span>);
export const timeValue = (value: Date | null) => <Timestamp value={value} />;
export const yesNoValue = (value: boolean) => (value ? 'Yes' : 'No');

/** A definition list of label / value pairs, two columns on wide screens. */
export function CustomerFields({ fields }: { fields: Field[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {fields.map((field) => (
        <div key={field.label} className="grid gap-0.5">
          <dt className="text-muted-foreground">{field.label}</dt>
          <dd className="break-words">{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}
