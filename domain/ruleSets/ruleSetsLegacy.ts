import { buildLegacyCitations } from './citations2003';
import { CONFIGURABLE_KEYS } from './configurableValues';
import { DECREE_42_2010, DECREE_65_2014, DECREE_91_2017, LAW_15_2003 } from './instruments';
import { LEGACY_CONFIGURABLE_VALUES, LEGAL_PARAMETERS_2003_LAW } from './legacyDefaults';
import { LEGAL_SOURCES } from './legalSources';
import type { RuleSet } from './ruleSet';

/**
 * Law 15/2003/QH11 as amended in 2013, with Decree 42/2010/NĐ-CP as amended by Decree
 * 65/2014/NĐ-CP: dossiers received 2014-08-15 … 2017-09-14. Earlier dossiers have no rule set.
 */
export const RULE_SET_2014: RuleSet = {
  id: 'tdkt-2014-08',
  name: {
    vi: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Nghị định 42/2010/NĐ-CP và 65/2014/NĐ-CP (15/08/2014 – 14/09/2017)',
    en: 'Law on Emulation and Commendation 2003 (amended 2013), Decrees 42/2010/NĐ-CP and 65/2014/NĐ-CP (2014-08-15 – 2017-09-14)',
  },
  validFrom: '2014-08-15',
  validTo: '2017-09-14',
  instruments: [LAW_15_2003, DECREE_42_2010, DECREE_65_2014],
  law: LEGAL_PARAMETERS_2003_LAW,
  values: LEGACY_CONFIGURABLE_VALUES,
  configurableKeys: CONFIGURABLE_KEYS,
  citations: buildLegacyCitations(DECREE_65_2014.symbol, {
    cstdcsQuota: null,
    bkttgRegular: {
      article: 'Điều 23, khoản 1, điểm c',
      checkedAgainst: LEGAL_SOURCES.DECREE_65_2014_ART_23,
    },
  }),
  configRevision: null,
  overrides: [],
};

/** Law 15/2003/QH11 as amended, with Decree 91/2017/NĐ-CP: dossiers received 2017-09-15 … 2023-12-31. */
export const RULE_SET_2017: RuleSet = {
  id: 'tdkt-2017-09',
  name: {
    vi: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) và Nghị định 91/2017/NĐ-CP (15/09/2017 – 31/12/2023)',
    en: 'Law on Emulation and Commendation 2003 (amended 2013) and Decree 91/2017/NĐ-CP (2017-09-15 – 2023-12-31)',
  },
  validFrom: '2017-09-15',
  validTo: '2023-12-31',
  instruments: [LAW_15_2003, DECREE_91_2017],
  law: LEGAL_PARAMETERS_2003_LAW,
  values: LEGACY_CONFIGURABLE_VALUES,
  configurableKeys: CONFIGURABLE_KEYS,
  citations: buildLegacyCitations(DECREE_91_2017.symbol, {
    cstdcsQuota: { article: 'Điều 9, khoản 3', checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_9 },
    bkttgRegular: {
      article: 'Điều 38, khoản 1, điểm c',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_38,
    },
  }),
  configRevision: null,
  overrides: [],
};
