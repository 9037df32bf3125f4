import { buildCitations } from './citations';
import { CONFIGURABLE_KEYS } from './configurableValues';
import { CIRCULAR_03_2025_BDTTG, DECREE_152_2025, LAW_06_2022 } from './instruments';
import type { RuleSet } from './ruleSet';
import { DEFAULT_CONFIGURABLE_VALUES, LEGAL_PARAMETERS_2022_LAW } from './sharedDefaults';

/**
 * Law 06/2022/QH15 with Decree 152/2025/NĐ-CP (replacing Decree 98/2023, transition in its
 * Art. 60) and Circular 03/2025/TT-BDTTG: dossiers received from 2025-07-01, open-ended.
 */
export const RULE_SET_2025: RuleSet = {
  id: 'tdkt-2025-07',
  name: {
    vi: 'Luật 06/2022/QH15 và Nghị định 152/2025/NĐ-CP (từ 01/07/2025)',
    en: 'Law 06/2022/QH15 and Decree 152/2025/NĐ-CP (from 2025-07-01)',
  },
  validFrom: '2025-07-01',
  validTo: null,
  instruments: [LAW_06_2022, DECREE_152_2025, CIRCULAR_03_2025_BDTTG],
  law: LEGAL_PARAMETERS_2022_LAW,
  values: DEFAULT_CONFIGURABLE_VALUES,
  configurableKeys: CONFIGURABLE_KEYS,
  citations: buildCitations(DECREE_152_2025.symbol, CIRCULAR_03_2025_BDTTG.symbol),
  configRevision: null,
  overrides: [],
};
