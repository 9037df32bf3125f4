import { useLang } from './i18n';
import { stageName } from './labels';

/** A stage in words; the colour only repeats what the words say. */
export function StageBadge(props: { stage: string }) {
  const lang = useLang();
  return <span class={`badge stage-${props.stage}`}>{stageName(props.stage, lang)}</span>;
}
