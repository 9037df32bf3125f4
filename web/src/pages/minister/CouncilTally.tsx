import { pick, useLang, useText, type Text } from '../../shell/i18n';
import type { CouncilTally as Tally } from './decisionTypes';

const TEXT = {
  approve: { vi: 'Đồng ý', en: 'Approve' },
  reject: { vi: 'Không đồng ý', en: 'Reject' },
  abstain: { vi: 'Không có ý kiến', en: 'Abstain' },
  share: { vi: 'Tỷ lệ đồng ý', en: 'Approval' },
  none: { vi: 'Không qua bỏ phiếu của Hội đồng', en: 'No council vote' },
};

const OUTCOME: Record<Tally['outcome'], Text> = {
  passed: { vi: 'Thông qua', en: 'Passed' },
  not_passed: { vi: 'Không đạt', en: 'Not passed' },
  cut_by_quota: { vi: 'Ngoài tỷ lệ', en: 'Cut by quota' },
  no_quorum: { vi: 'Không đủ số thành viên', en: 'No quorum' },
};

/** "66,7%" in Vietnamese (decimal comma), "66.7%" in English. */
const percent = (value: number, lang: string) =>
  `${lang === 'vi' ? String(value).replace('.', ',') : value}%`;

/** The round's vote on one nominee: the counts, the share, passed or not, and the rule applied. */
export function CouncilTally(props: { tally: Tally | undefined }) {
  const t = useText(TEXT);
  const lang = useLang();
  const { tally } = props;
  if (!tally) return <span class="muted">{t.none}</span>;
  return (
    <div class="tally" title={tally.roundTitle}>
      <span class={`badge ${tally.passed ? 'stage-approved' : 'stage-rejected'}`}>
        {pick(OUTCOME[tally.outcome], lang)}
      </span>{' '}
      {t.approve} {tally.counts.approve} · {t.reject} {tally.counts.reject} · {t.abstain}{' '}
      {tally.counts.abstain}
      {tally.percent !== null && (
        <>
          {' '}
          — {t.share} {percent(tally.percent, lang)}
        </>
      )}
      <br />
      <small class="muted">{pick(tally.explanation, lang)}</small>
    </div>
  );
}
