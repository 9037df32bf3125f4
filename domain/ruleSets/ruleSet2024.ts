import { buildCitations } from './citations';
import { CONFIGURABLE_KEYS } from './configurableValues';
import {
  CIRCULAR_01_2024_UBDT,
  CIRCULAR_03_2025_BDTTG,
  DECREE_98_2023,
  LAW_06_2022,
} from './instruments';
import type { RuleSet } from './ruleSet';
import { DEFAULT_CONFIGURABLE_VALUES, LEGAL_PARAMETERS_2022_LAW } from './sharedDefaults';

/**
 * Law 06/2022/QH15 with Decree 98/2023/NĐ-CP: dossiers received 2024-01-01 … 2025-06-30.
 * The ministry circular changed inside this period (01/2024/TT-UBDT from 2024-04-29,
 * 03/2025/TT-BDTTG from 2025-06-24); both are listed with their dates, and the citations
 * name 01/2024/TT-UBDT, the circular in force for almost the whole period.
 */
export const RULE_SET_2024: RuleSet = {
  id: 'tdkt-2024-01',
  name: {
    vi: 'Luật 06/2022/QH15 và Nghị định 98/2023/NĐ-CP (01/01/2024 – 30/06/2025)',
    en: 'Law 06/2022/QH15 and Decree 98/2023/NĐ-CP (2024-01-01 – 2025-06-30)',
  },
  validFrom: '2024-01-01',
  validTo: '2025-06-30',
  instruments: [LAW_06_2022, DECREE_98_2023, CIRCULAR_01_2024_UBDT, CIRCULAR_03_2025_BDTTG],
  law: LEGAL_PARAMETERS_2022_LAW,
  values: DEFAULT_CONFIGURABLE_VALUES,
  configurableKeys: CONFIGURABLE_KEYS,
  citations: buildCitations(DECREE_98_2023.symbol, CIRCULAR_01_2024_UBDT.symbol),
  configRevision: null,
  overrides: [],
};
