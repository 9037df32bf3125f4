import type { ComponentChildren } from 'preact';
import type { Problem } from './api';
import { pick, useLang, useText } from './i18n';

const TEXT = {
  fixMarked: {
    vi: 'Vui lòng sửa mục được đánh dấu bên dưới.',
    en: 'Please correct the marked field below.',
  },
};

/** The problem if it is about `field` (or one of its parts, e.g. `nominees.0` for `nominees.0.name`). */
export function problemAt(problem: Problem | undefined, field: string): Problem | undefined {
  if (!problem?.field) return undefined;
  return problem.field === field || problem.field.startsWith(`${field}.`) ? problem : undefined;
}

/** The aria attributes of an input whose error is shown next to it. */
export function describedBy(id: string, problem: Problem | undefined) {
  return problem
    ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` }
    : { 'aria-invalid': false as const };
}

/** A labelled input with its own error below it, in the reader's language. */
export function Field(props: {
  id: string;
  label: string;
  problem?: Problem;
  hint?: string;
  children: ComponentChildren;
}) {
  const lang = useLang();
  return (
    <div class={props.problem ? 'field field-invalid' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && <small class="hint">{props.hint}</small>}
      {props.problem && (
        <p class="field-error" id={`${props.id}-error`} role="alert">
          {pick(props.problem.message, lang)}
        </p>
      )}
    </div>
  );
}

/**
 * A refusal for the whole form; when it names a field the form shows (`fields`), the
 * message is next to that field and this only points at it.
 */
export function ProblemMessage(props: { problem: Problem | undefined; fields?: string[] }) {
  const lang = useLang();
  const t = useText(TEXT);
  const { problem } = props;
  if (!problem) return null;
  const atField = props.fields?.some((f) => problemAt(problem, f));
  return (
    <p class="problem" role="alert">
      {atField ? t.fixMarked : pick(problem.message, lang)}
    </p>
  );
}
