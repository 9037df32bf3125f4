import { ROLES } from '../../../../domain/process/roles';
import type { Problem } from '../../shell/api';
import { useLang } from '../../shell/i18n';
import { roleName } from '../../shell/labels';
import { describedBy, Field, problemAt } from '../../shell/problems';
import type { Unit } from './adminTypes';

/** A role, or a unit (blank for none), as a labelled select with its error beneath. */
export function ChoiceField(props: {
  id: string;
  field: string;
  label: string;
  value: string;
  options: [string, string][];
  blank?: string;
  onValue: (value: string) => void;
  problem: Problem | undefined;
}) {
  const problem = problemAt(props.problem, props.field);
  return (
    <Field id={props.id} label={props.label} problem={problem}>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onValue(e.currentTarget.value)}
        {...describedBy(props.id, problem)}
      >
        {props.blank !== undefined && <option value="">{props.blank}</option>}
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function useRoleOptions(): [string, string][] {
  const lang = useLang();
  return ROLES.map((r) => [r, roleName(r, lang)]);
}

export function unitOptions(units: readonly Unit[] | undefined): [string, string][] {
  return (units ?? []).map((u) => [u._id, `${u._id} — ${u.name}`]);
}
