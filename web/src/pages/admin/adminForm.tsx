import type { ComponentChildren, ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import type { Problem } from '../../shell/api';
import { useText } from '../../shell/i18n';
import { ProblemMessage } from '../../shell/problems';
import { useStoredDraft } from '../../shell/storedDraft';
import { ADMIN_TEXT } from './adminText';
import { TextField } from '../../shell/TextField';
import { useSubmit } from './useSubmit';

/**
 * A form of text fields kept in this browser until the server accepts it (then emptied), with
 * the props of each labelled field (`field('name')`), whether the last press was saved, and
 * what its FormFooter shows (`footer`: the form's `reason` field, the refusal, busy).
 */
export function useAdminForm<T extends Record<string, string> & { reason: string }, A = unknown>(
  storageKey: string,
  empty: T,
  idPrefix: string,
  onSaved: (answer: A) => void,
) {
  const [draft, setDraft, clear] = useStoredDraft<T>(storageKey, () => empty);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit<A>((answer) => {
    clear();
    setDraft(empty);
    setSaved(true);
    onSaved(answer);
  });
  const field = (key: keyof T & string) => ({
    id: `${idPrefix}-${key}`,
    field: key,
    value: draft[key],
    onValue: (value: string) => setDraft({ ...draft, [key]: value }),
    problem: submit.problem,
  });
  const run: typeof submit.run = (method, path, body) => {
    setSaved(false);
    return submit.run(method, path, body);
  };
  const footer = {
    reason: field('reason'),
    problem: submit.problem,
    busy: submit.busy,
  };
  return { draft, setDraft, field, saved, footer, submit: { ...submit, run } };
}

/**
 * The end of every administration form: the reason kept in the admin log, the refusal (next
 * to its field when the form shows it), what was saved, and the buttons.
 */
export function FormFooter(props: {
  reason: Omit<Parameters<typeof TextField>[0], 'label'>;
  problem: Problem | undefined;
  fields: string[];
  notice?: string;
  busy: boolean;
  submitLabel?: string;
  children?: ComponentChildren;
}) {
  const t = useText(ADMIN_TEXT);
  return (
    <>
      <TextField {...props.reason} label={t.reason} />
      <ProblemMessage problem={props.problem} fields={[...props.fields, 'reason']} />
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <div class="actions">
        {props.submitLabel && (
          <button type="submit" class="primary" disabled={props.busy}>
            {props.busy ? t.busy : props.submitLabel}
          </button>
        )}
        {props.children}
      </div>
    </>
  );
}

/**
 * An administration form: its legend, the fields two by two, then its FormFooter. `onSubmit`
 * is what the submit button does (none where the footer's own buttons act).
 */
export function AdminForm(props: {
  legend: string;
  onSubmit?: () => void;
  footer: ComponentProps<typeof FormFooter>;
  children: ComponentChildren;
}) {
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit?.();
      }}
    >
      <fieldset>
        <legend>{props.legend}</legend>
        <div class="grid-2">{props.children}</div>
        <FormFooter {...props.footer} />
      </fieldset>
    </form>
  );
}
