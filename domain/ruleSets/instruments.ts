import type { LegalInstrument } from './ruleSet';

export const LAW_06_2022: LegalInstrument = {
  symbol: 'Luật 06/2022/QH15',
  title: { vi: 'Luật Thi đua, khen thưởng', en: 'Law on Emulation and Commendation' },
  kind: 'law',
  effectiveFrom: '2024-01-01',
  effectiveTo: null,
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
