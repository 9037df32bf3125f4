import { displayDate } from '../calendar/displayDate';
import { parseIsoDate } from '../calendar/isoDate';
import { formatCitation } from '../ruleSets/citation';
import { CITATION_KEYS } from '../ruleSets/citationKeys';
import { CONFIGURABLE_KEY_TEXT } from '../ruleSets/configurableValues';
import type { RuleSet } from '../ruleSets/ruleSet';
import { RULE_SETS } from '../ruleSets/selectRuleSet';
import { DECIDER_TEXT, KIND_TEXT, SUBJECT_TEXT } from './awardDefinition';
import { listAwardProfiles } from './awardProfile';
import {
  describeCouncilRule,
  describePublicComment,
  describeQuota,
  describeSla,
} from './describeRules';
import { DOCUMENT_TEXT } from './documents';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

function valueText(value: unknown): string {
  return `\`${JSON.stringify(value)}\``;
}

/** The cited instrument's days in force within the rule set's validity (the rule set's when not listed). */
function citationValidity(ruleSet: RuleSet, symbol: string): string {
  const instrument = ruleSet.instruments.find((i) => i.symbol === symbol);
  const from =
    instrument && instrument.effectiveFrom > ruleSet.validFrom
      ? instrument.effectiveFrom
      : ruleSet.validFrom;
  const ends = [instrument?.effectiveTo, ruleSet.validTo].filter((d): d is string => !!d).sort();
  return `${from} → ${ends[0] ?? '…'}`;
}

function ruleSetSection(ruleSet: RuleSet): string {
  const profiles = listAwardProfiles(ruleSet);
  const parts: string[] = [];
  parts.push(`## ${ruleSet.id} — ${ruleSet.name.vi}`);
  parts.push(`*${ruleSet.name.en}*`);
  parts.push(
    table(
      ['Văn bản / Instrument', 'Tên (vi)', 'Title (en)', 'Hiệu lực / In force'],
      ruleSet.instruments.map((i) => [
        i.symbol,
        i.title.vi,
        i.title.en,
        `${i.effectiveFrom} → ${i.effectiveTo ?? '…'}${i.datesCheckedAgainst ? '' : ' (ngày chưa đối chiếu / dates unconfirmed)'}`,
      ]),
    ),
  );

  parts.push('### Thủ tục theo danh hiệu / Procedure per award');
  parts.push(
    table(
      [
        'Mã / Code',
        'Hội đồng (vi)',
        'Council (en)',
        'Công khai / Public comment',
        'Thời hạn thẩm định / Appraisal SLA',
        'Tỷ lệ / Quota',
        'Tiền thưởng (× lương cơ sở) / Cash (× base salary)',
      ],
      profiles.map((p) => {
        const council = describeCouncilRule(p.rules.council);
        const comment = describePublicComment(p.rules);
        const sla = describeSla(p.rules);
        const quota = describeQuota(p.rules.quota);
        return [
          `\`${p.code}\``,
          council.vi,
          council.en,
          `${comment.vi} / ${comment.en}`,
          `${sla.vi} / ${sla.en}`,
          `${quota.vi} / ${quota.en}`,
          p.rules.cashAwardBaseSalaryMultiple === null
            ? '—'
            : String(p.rules.cashAwardBaseSalaryMultiple),
        ];
      }),
    ),
  );

  parts.push('### Căn cứ pháp lý / Legal citations');
  parts.push(
    'Hiệu lực: thời gian văn bản được trích dẫn có hiệu lực trong bộ quy tắc này. Đối chiếu: nguồn đã dùng để kiểm tra điều, khoản với văn bản; “chưa đối chiếu” — giá trị phía sau là giá trị cấu hình. / ' +
      'Validity: when the cited instrument is in force within this rule set. Checked: the source the article and clause were checked against; “unconfirmed” — the value behind it is configurable.',
  );
  parts.push(
    table(
      [
        'Khóa / Key',
        'Căn cứ / Citation',
        'Hiệu lực / Validity',
        'Đối chiếu văn bản / Checked against text',
        'Nội dung (vi)',
      ],
      CITATION_KEYS.map((key) => {
        const citation = ruleSet.citations[key];
        return [
          `\`${key}\``,
          formatCitation(citation),
          citationValidity(ruleSet, citation.instrument),
          citation.checkedAgainst ?? 'chưa đối chiếu / unconfirmed',
          citation.text ?? '',
        ];
      }),
    ),
  );

  parts.push('### Giá trị cấu hình mặc định / Configurable defaults');
  parts.push(
    table(
      ['Khóa / Key', 'Ý nghĩa (vi)', 'Meaning (en)', 'Mặc định / Default'],
      ruleSet.configurableKeys
        .filter((key) => key !== 'awardRules')
        .map((key) => [
          `\`${key}\``,
          CONFIGURABLE_KEY_TEXT[key].vi,
          CONFIGURABLE_KEY_TEXT[key].en,
          valueText(ruleSet.values[key]),
        ]),
    ),
  );
  return parts.join('\n\n');
}

/**
 * The bilingual catalogue document, generated from the very data the rules use, so the
 * docs cannot drift from the code (a unit test compares docs/catalogue.md with this output).
 */
export function renderCatalogueMarkdown(ruleSets: readonly RuleSet[] = RULE_SETS): string {
  const current = ruleSets[ruleSets.length - 1];
  const profiles = listAwardProfiles(current);
  const parts: string[] = [];
  parts.push('# Danh mục danh hiệu thi đua, hình thức khen thưởng / Award catalogue');
  parts.push(
    '> Tệp sinh tự động từ `domain/catalogue` và `domain/ruleSets` bởi `scripts/generateCatalogueDoc.ts` — không sửa tay.\n' +
      '> Generated from `domain/catalogue` and `domain/ruleSets` by `scripts/generateCatalogueDoc.ts` — do not edit by hand.',
  );
  parts.push('## Bộ quy tắc / Rule sets');
  parts.push(
    `Hồ sơ được xét theo bộ quy tắc có hiệu lực vào ngày tiếp nhận hồ sơ: Luật 06/2022/QH15 có hiệu lực từ 01/01/2024 và Luật 15/2003/QH11 (sửa đổi 2005, 2009, 2013) hết hiệu lực từ ngày đó (Điều 94), nên hồ sơ tiếp nhận đến 31/12/2023 xét theo Luật cũ; danh hiệu, hình thức khen thưởng đã tặng trước đó tiếp tục được công nhận và được tính (Điều 95). Hồ sơ tiếp nhận trước ${displayDate(parseIsoDate(ruleSets[0].validFrom))} chưa có bộ quy tắc. / ` +
      `A dossier is judged by the rule set in force on its receipt date: Law 06/2022/QH15 took effect on 2024-01-01 and Law 15/2003/QH11 (amended 2005, 2009, 2013) ceased then (Art. 94), so dossiers received up to 2023-12-31 are judged by the old Law; awards given earlier stay recognised and count (Art. 95). Dossiers received before ${ruleSets[0].validFrom} have no rule set.`,
  );
  parts.push(
    table(
      ['Mã / Id', 'Tên (vi)', 'Name (en)', 'Áp dụng cho hồ sơ nhận / Receipt dates'],
      ruleSets.map((r) => [
        `\`${r.id}\``,
        r.name.vi,
        r.name.en,
        `${r.validFrom} → ${r.validTo ?? '…'}`,
      ]),
    ),
  );

  parts.push('## Danh mục / Catalogue');
  parts.push(
    table(
      [
        'Mã / Code',
        'Tên (vi)',
        'Name (en)',
        'Đối tượng / Subject',
        'Loại / Kind',
        'Quyết định / Decided by',
        'Trình cấp trên / Forwarded upward',
        'Căn cứ / Legal basis',
      ],
      profiles.map((p) => [
        `\`${p.code}\``,
        p.name.vi,
        p.name.en,
        `${SUBJECT_TEXT[p.subject].vi} / ${SUBJECT_TEXT[p.subject].en}`,
        p.kinds.map((k) => `${KIND_TEXT[k].vi} / ${KIND_TEXT[k].en}`).join('; '),
        p.deciders.map((d) => `${DECIDER_TEXT[d].vi} / ${DECIDER_TEXT[d].en}`).join('; '),
        p.forwardedUpward ? 'Có / Yes' : 'Không / No',
        formatCitation(p.legalBasis),
      ]),
    ),
  );

  parts.push('## Tiêu chuẩn / Criteria');
  parts.push(
    table(
      [
        'Mã / Code',
        'Tiêu chuẩn (vi)',
        'Criteria (en)',
        'Bỏ phiếu kín bắt buộc / Secret ballot required',
      ],
      profiles.map((p) => [
        `\`${p.code}\``,
        p.criteria.vi,
        p.criteria.en,
        p.secretBallotRequired ? 'Có / Yes' : 'Không / No',
      ]),
    ),
  );

  parts.push('## Hồ sơ / Dossier');
  parts.push(
    table(
      [
        'Mã / Code',
        'Thành phần hồ sơ (vi)',
        'Dossier items (en)',
        'Thủ tục đơn giản / Simplified (ad hoc)',
      ],
      profiles.map((p) => [
        `\`${p.code}\``,
        p.dossier
          .map((d) => `${DOCUMENT_TEXT[d.document].vi}${d.condition ? ` (${d.condition.vi})` : ''}`)
          .join('; '),
        p.dossier
          .map((d) => `${DOCUMENT_TEXT[d.document].en}${d.condition ? ` (${d.condition.en})` : ''}`)
          .join('; '),
        p.adHocDossier
          ? p.adHocDossier
              .map((d) => `${DOCUMENT_TEXT[d.document].vi} / ${DOCUMENT_TEXT[d.document].en}`)
              .join('; ')
          : '—',
      ]),
    ),
  );

  for (const ruleSet of ruleSets) parts.push(ruleSetSection(ruleSet));
  return `${parts.join('\n\n')}\n`;
}
