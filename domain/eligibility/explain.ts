import { formatCitation } from '../ruleSets/citation';
import type { EligibilityResult, Reason, Verdict } from './reason';

type Language = 'vi' | 'en';

/** Info reasons (criteria met, notes) carry no prefix: the message says it all. */
const PREFIX: Record<Reason['severity'], Record<Language, string> | null> = {
  blocking: { vi: 'Không đủ điều kiện', en: 'Not eligible' },
  needs_judgement: { vi: 'Cần xem xét', en: 'Needs judgement' },
  info: null,
};

/** Words that keep their capital inside a sentence (institutions, instruments, titles). */
const PROPER_STARTS = [
  'Hội đồng',
  'Bộ',
  'Thủ tướng',
  'Chủ tịch',
  'Luật',
  'Nghị định',
  'Thông tư',
  'Công văn',
  'Kỷ niệm chương',
  'Bằng khen',
  'Giấy khen',
  'Cờ thi đua',
  'Lao động tiên tiến',
  'Chiến sĩ thi đua',
];

const VERDICT_TEXT: Record<Verdict, Record<Language, string>> = {
  eligible: { vi: 'Đủ điều kiện', en: 'Eligible' },
  not_eligible: { vi: 'Không đủ điều kiện', en: 'Not eligible' },
  needs_judgement: { vi: 'Cần Hội đồng xem xét', en: 'Needs the council’s judgement' },
};

/** Lower-case the first letter unless the first word is an abbreviation (e.g. "LĐTT"). */
function lowerFirst(text: string): string {
  if (PROPER_STARTS.some((p) => text.startsWith(p))) return text;
  const [first, second] = [...text];
  if (!first || (second && second === second.toUpperCase() && second !== second.toLowerCase())) {
    return text;
  }
  return first.toLowerCase() + text.slice(first.length);
}

/**
 * One line a clerk can paste into minutes:
 * "Không đủ điều kiện: chưa có sáng kiến được công nhận năm 2025 (Điều 23, Luật 06/2022/QH15)".
 */
export function formatReason(reason: Reason, language: Language = 'vi'): string {
  const message = reason.message[language];
  const prefix = PREFIX[reason.severity];
  const body = prefix ? `${prefix[language]}: ${lowerFirst(message)}` : message;
  return `${body} (${formatCitation(reason.citation)})`;
}

/** The verdict followed by the reasons that decided it (blocking, then judgement, then met). */
export function formatResult(result: EligibilityResult, language: Language = 'vi'): string {
  const order: Reason['severity'][] = ['blocking', 'needs_judgement', 'info'];
  const lines = order.flatMap((severity) =>
    result.reasons
      .filter((r) => r.severity === severity)
      .map((r) => `- ${formatReason(r, language)}`),
  );
  const ruleSet =
    language === 'vi'
      ? `Bộ quy tắc áp dụng: ${result.ruleSetId}`
      : `Rule set applied: ${result.ruleSetId}`;
  return [`${VERDICT_TEXT[result.verdict][language]} — ${ruleSet}`, ...lines].join('\n');
}
