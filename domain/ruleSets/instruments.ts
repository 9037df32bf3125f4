import { LEGAL_SOURCES } from './legalSources';
import type { LegalInstrument } from './ruleSet';

/** Law 15/2003/QH11, amended by Laws 47/2005/QH11, 32/2009/QH12 and 39/2013/QH13. */
export const LAW_15_2003: LegalInstrument = {
  symbol: 'Luật 15/2003/QH11',
  title: {
    vi: 'Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung năm 2005, 2009, 2013)',
    en: 'Law on Emulation and Commendation 2003 (amended 2005, 2009, 2013)',
  },
  kind: 'law',
  effectiveFrom: '2004-07-01',
  // Law 06/2022/QH15 Art. 94(2): no longer in force from 01/01/2024.
  effectiveTo: '2023-12-31',
  datesCheckedAgainst: LEGAL_SOURCES.LAW_2003_VALIDITY,
};

/**
 * Decree 42/2010/NĐ-CP of 15/04/2010 (date confirmed by Decree 65/2014 Art. 30(1), which
 * repealed part of it, and by its own heading: LEGAL_SOURCES.DECREE_42_2010_CONTENTS); its
 * effective date (01/06/2010) is not confirmed against the text.
 */
export const DECREE_42_2010: LegalInstrument = {
  symbol: 'Nghị định 42/2010/NĐ-CP',
  title: {
    vi: 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    en: 'Decree detailing the Law on Emulation and Commendation',
  },
  kind: 'decree',
  effectiveFrom: '2010-06-01',
  effectiveTo: '2017-09-30',
};

/**
 * Circular 02/2011/TT-BNV of 24/01/2011 (Ministry of Home Affairs) guiding Decree 42/2010, in
 * force 45 days after signing, so from 10/03/2011 (LEGAL_SOURCES.CIRCULAR_02_2011_BNV_I_2_A). Its
 * end is not confirmed: the day before Circular 07/2014/TT-BNV, guiding the same decree, took
 * effect.
 */
export const CIRCULAR_02_2011_BNV: LegalInstrument = {
  symbol: 'Thông tư 02/2011/TT-BNV',
  title: {
    vi: 'Thông tư hướng dẫn thực hiện Nghị định 42/2010/NĐ-CP về thi đua, khen thưởng',
    en: 'Circular guiding Decree 42/2010 on emulation and commendation',
  },
  kind: 'circular',
  effectiveFrom: '2011-03-10',
  effectiveTo: '2014-10-14',
};

/**
 * Decree 65/2014/NĐ-CP of 01/07/2014 (detailing the 2013 amendment), in force from 20/08/2014
 * (its Art. 30(1), checked: LEGAL_SOURCES.DECREE_65_2014_TEXT; it repealed Art. 4, 12, 13, 15
 * and others of Decree 42/2010), until the day before Decree 91/2017 took effect.
 */
export const DECREE_65_2014: LegalInstrument = {
  symbol: 'Nghị định 65/2014/NĐ-CP',
  title: {
    vi: 'Nghị định quy định chi tiết thi hành Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng năm 2013',
    en: 'Decree detailing the 2013 amendment of the Law on Emulation and Commendation',
  },
  kind: 'decree',
  effectiveFrom: '2014-08-20',
  effectiveTo: '2017-09-30',
};

/**
 * Circular 07/2014/TT-BNV of 29/08/2014 (Ministry of Home Affairs), guiding Decrees 42/2010,
 * 39/2012 and 65/2014, in force from 15/10/2014 (LEGAL_SOURCES.CIRCULAR_07_2014_BNV_ART_5). Its
 * end is not confirmed: the day before Circular 08/2017/TT-BNV (detailing Decree 91/2017) took
 * effect on 15/12/2017, as reported.
 */
export const CIRCULAR_07_2014_BNV: LegalInstrument = {
  symbol: 'Thông tư 07/2014/TT-BNV',
  title: {
    vi: 'Thông tư hướng dẫn thi hành Nghị định 42/2010/NĐ-CP, 39/2012/NĐ-CP và 65/2014/NĐ-CP về thi đua, khen thưởng',
    en: 'Circular guiding Decrees 42/2010, 39/2012 and 65/2014 on emulation and commendation',
  },
  kind: 'circular',
  effectiveFrom: '2014-10-15',
  effectiveTo: '2017-12-14',
};

/**
 * Decree 91/2017/NĐ-CP of 31/07/2017, replacing Decrees 42/2010 and 65/2014, in force from
 * 01/10/2017 (LEGAL_SOURCES.DECREE_91_2017_IN_FORCE_AND_LDTT; 15/09/2017 was shipped before).
 */
export const DECREE_91_2017: LegalInstrument = {
  symbol: 'Nghị định 91/2017/NĐ-CP',
  title: {
    vi: 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    en: 'Decree detailing the Law on Emulation and Commendation',
  },
  kind: 'decree',
  effectiveFrom: '2017-10-01',
  effectiveTo: '2023-12-31',
};

export const LAW_06_2022: LegalInstrument = {
  symbol: 'Luật 06/2022/QH15',
  title: { vi: 'Luật Thi đua, khen thưởng', en: 'Law on Emulation and Commendation' },
  kind: 'law',
  effectiveFrom: '2024-01-01',
  effectiveTo: null,
  datesCheckedAgainst: LEGAL_SOURCES.LAW_2022_CHAPTER_VIII,
};

export const DECREE_98_2023: LegalInstrument = {
  symbol: 'Nghị định 98/2023/NĐ-CP',
  title: {
    vi: 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    en: 'Decree detailing the Law on Emulation and Commendation',
  },
  kind: 'decree',
  effectiveFrom: '2024-01-01',
  effectiveTo: '2025-06-30',
};

export const DECREE_152_2025: LegalInstrument = {
  symbol: 'Nghị định 152/2025/NĐ-CP',
  title: {
    vi: 'Nghị định quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành Luật Thi đua, khen thưởng',
    en: 'Decree on decentralisation in emulation and commendation, detailing the Law on Emulation and Commendation',
  },
  kind: 'decree',
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
};

export const CIRCULAR_01_2024_UBDT: LegalInstrument = {
  symbol: 'Thông tư 01/2024/TT-UBDT',
  title: {
    vi: 'Thông tư hướng dẫn công tác thi đua, khen thưởng của Ủy ban Dân tộc',
    en: 'Circular on emulation and commendation of the Committee for Ethnic Affairs',
  },
  kind: 'circular',
  effectiveFrom: '2024-04-29',
  effectiveTo: '2025-06-23',
};

export const CIRCULAR_03_2025_BDTTG: LegalInstrument = {
  symbol: 'Thông tư 03/2025/TT-BDTTG',
  title: {
    vi: 'Thông tư hướng dẫn công tác thi đua, khen thưởng của Bộ Dân tộc và Tôn giáo',
    en: 'Circular on emulation and commendation of the Ministry of Ethnic and Religious Affairs',
  },
  kind: 'circular',
  effectiveFrom: '2025-06-24',
  effectiveTo: null,
};
