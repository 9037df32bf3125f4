import { stagesOnPath } from '../../../../domain/process/nominationPath';
import { useLang, useText } from '../../shell/i18n';
import { stageName } from '../../shell/labels';
import { Placeholder } from '../../shell/Placeholder';
import type { Nomination } from './nominationTypes';
import { useProcedureShape } from './procedureShape';

const TEXT = {
  heading: { vi: 'Quy trình', en: 'The process' },
  done: { vi: 'đã qua', en: 'done' },
  current: { vi: 'đang ở đây', en: 'here now' },
  next: { vi: 'bước tiếp theo', en: 'next' },
  later: { vi: 'sau đó', en: 'later' },
};

/** Where each side stage sits on the path (forwarded is on it only for awards decided upward). */
const ON_PATH: Record<string, string> = { returned: 'appraisal', forwarded: 'minister_decision' };
const ENDINGS = new Set(['rejected', 'withdrawn', 'cancelled', 'revoked']);

type State = 'done' | 'current' | 'next' | 'later';

/**
 * The stages this nomination goes through, as boxes: done, here now (with a returned or
 * ending stage named), next, later. Only its award's stages: no council for LĐTT, a public
 * comment and the upward decision where the award has them.
 */
export function ProcessPicture(props: { nomination: Nomination }) {
  const t = useText(TEXT);
  const lang = useLang();
  const shape = useProcedureShape(props.nomination);
  const { stage, history } = props.nomination;
  if (!shape) return <Placeholder rows={1} />;
  const steps: string[] = stagesOnPath(shape);
  const visited = new Set(history.map((h) => h.stage));
  const ended = ENDINGS.has(stage);
  const anchor = ended
    ? steps.filter((s) => visited.has(s)).at(-1)!
    : steps.includes(stage)
      ? stage
      : ON_PATH[stage]!;
  const here = steps.indexOf(anchor);
  const shown = ended ? [...steps.slice(0, here + 1), stage] : steps;
  const stateOf = (i: number): State => {
    if (ended) return i === shown.length - 1 ? 'current' : 'done';
    if (i < here) return 'done';
    if (i === here) return stage === 'approved' ? 'done' : 'current';
    return i === here + 1 ? 'next' : 'later';
  };
  return (
    <section aria-labelledby="process-title">
      <h2 id="process-title">{t.heading}</h2>
      <ol class="process">
        {shown.map((step, i) => {
          const state = stateOf(i);
          const label = state === 'current' && step !== stage ? stage : step;
          return (
            <li
              key={step}
              class={`process-step step-${state}${ENDINGS.has(step) ? ' step-ending' : ''}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span class="step-name">{stageName(label, lang)}</span>
              <span class="step-state">{t[state]}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
