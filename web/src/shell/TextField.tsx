import type { Problem } from './api';
import { describedBy, Field, problemAt } from './problems';

/** A labelled text input whose API error (by field name) shows beneath it. */
export function TextField(props: {
  id: string;
  field: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  problem: Problem | undefined;
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'datetime-local';
  hint?: string;
  autoComplete?: string;
  required?: boolean;
}) {
  const problem = problemAt(props.problem, props.field);
  return (
    <Field id={props.id} label={props.label} problem={problem} hint={props.hint}>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete}
        required={props.required}
        onInput={(e) => props.onValue(e.currentTarget.value)}
        {...describedBy(props.id, problem)}
      />
    </Field>
  );
}
