/**
 * The 54 ethnic groups of Vietnam (dân tộc), with the codes of the official list "Danh mục các
 * thành phần dân tộc Việt Nam" issued by the General Statistics Office, Decision
 * 121-TCTK/PPCĐ of 2 March 1979 (codes 01–54, ordered by population in 1979). The later list
 * of Decision 1019/QĐ-TCTK (2008) keeps the same 54 groups but renumbers some of them (e.g.
 * Mường 04, Hoa 06), so a code is only meaningful together with the list it comes from: these
 * are the 1979 codes.
 *
 * `vi` is the official name (the official alternative name in brackets where the list gives one
 * that is in common use); `en` is the usual English rendering.
 */
interface EthnicGroup {
  /** Two-digit code of Decision 121-TCTK/PPCĐ. */
  code: string;
  vi: string;
  en: string;
  /** Other spellings accepted on import (without the official name itself). */
  aliases?: readonly string[];
}

export const ETHNIC_GROUPS: readonly EthnicGroup[] = [
  { code: '01', vi: 'Kinh', en: 'Kinh', aliases: ['Kinh (Việt)', 'Việt'] },
  { code: '02', vi: 'Tày', en: 'Tay' },
  { code: '03', vi: 'Thái', en: 'Thai' },
  { code: '04', vi: 'Hoa', en: 'Hoa (Chinese)', aliases: ['Hoa (Hán)', 'Hán'] },
  { code: '05', vi: 'Khơ-me', en: 'Khmer', aliases: ['Khơ me', 'Khmer'] },
  { code: '06', vi: 'Mường', en: 'Muong' },
  { code: '07', vi: 'Nùng', en: 'Nung' },
  { code: '08', vi: 'Hmông', en: 'Hmong', aliases: ['Hmông (Mèo)', "H'Mông", 'Mông', 'Mèo'] },
  { code: '09', vi: 'Dao', en: 'Dao (Yao)' },
  { code: '10', vi: 'Gia-rai', en: 'Jarai', aliases: ['Gia Rai', 'Gia-lai'] },
  { code: '11', vi: 'Ngái', en: 'Ngai' },
  { code: '12', vi: 'Ê-đê', en: 'Ede (Rhade)', aliases: ['Ê Đê'] },
  { code: '13', vi: 'Ba-na', en: 'Bahnar', aliases: ['Ba Na'] },
  { code: '14', vi: 'Xơ-đăng', en: 'Sedang', aliases: ['Xơ Đăng'] },
  { code: '15', vi: 'Sán Chay', en: 'San Chay', aliases: ['Sán Chay (Cao Lan – Sán Chỉ)'] },
  { code: '16', vi: 'Cơ-ho', en: 'Koho', aliases: ['Cơ Ho'] },
  { code: '17', vi: 'Chăm', en: 'Cham', aliases: ['Chăm (Chàm)', 'Chàm'] },
  { code: '18', vi: 'Sán Dìu', en: 'San Diu' },
  { code: '19', vi: 'Hrê', en: 'Hre' },
  { code: '20', vi: 'Mnông', en: 'Mnong', aliases: ["M'Nông"] },
  { code: '21', vi: 'Ra-glai', en: 'Raglai', aliases: ['Ra Glai'] },
  { code: '22', vi: 'Xtiêng', en: 'Stieng', aliases: ['Xtiêng (Xa-điêng)'] },
  { code: '23', vi: 'Bru-Vân Kiều', en: 'Bru-Van Kieu', aliases: ['Bru - Vân Kiều'] },
  { code: '24', vi: 'Thổ', en: 'Tho' },
  { code: '25', vi: 'Giáy', en: 'Giay' },
  { code: '26', vi: 'Cơ-tu', en: 'Katu', aliases: ['Cơ Tu'] },
  { code: '27', vi: 'Gié-Triêng', en: 'Gie-Trieng', aliases: ['Gié Triêng', 'Giẻ-Triêng'] },
  { code: '28', vi: 'Mạ', en: 'Ma' },
  { code: '29', vi: 'Khơ-mú', en: 'Khmu', aliases: ['Khơ Mú'] },
  { code: '30', vi: 'Co', en: 'Co' },
  { code: '31', vi: 'Tà-ôi', en: "Ta Oi (Ta'oih)", aliases: ['Tà Ôi', 'Ta-ôi'] },
  { code: '32', vi: 'Chơ-ro', en: 'Cho Ro', aliases: ['Chơ Ro'] },
  { code: '33', vi: 'Kháng', en: 'Khang' },
  { code: '34', vi: 'Xinh-mun', en: 'Xinh Mun', aliases: ['Xinh Mun'] },
  { code: '35', vi: 'Hà Nhì', en: 'Ha Nhi' },
  { code: '36', vi: 'Chu-ru', en: 'Chu Ru', aliases: ['Chu Ru'] },
  { code: '37', vi: 'Lào', en: 'Lao' },
  { code: '38', vi: 'La Chí', en: 'La Chi' },
  { code: '39', vi: 'La Ha', en: 'La Ha' },
  { code: '40', vi: 'Phù Lá', en: 'Phu La' },
  { code: '41', vi: 'La Hủ', en: 'La Hu' },
  { code: '42', vi: 'Lự', en: 'Lu' },
  { code: '43', vi: 'Lô Lô', en: 'Lo Lo' },
  { code: '44', vi: 'Chứt', en: 'Chut' },
  { code: '45', vi: 'Mảng', en: 'Mang' },
  { code: '46', vi: 'Pà Thẻn', en: 'Pa Then' },
  { code: '47', vi: 'Cơ Lao', en: 'Co Lao', aliases: ['Co Lao'] },
  { code: '48', vi: 'Cống', en: 'Cong' },
  { code: '49', vi: 'Bố Y', en: 'Bo Y' },
  { code: '50', vi: 'Si La', en: 'Si La' },
  { code: '51', vi: 'Pu Péo', en: 'Pu Peo' },
  { code: '52', vi: 'Brâu', en: 'Brau' },
  { code: '53', vi: 'Ơ Đu', en: 'O Du' },
  { code: '54', vi: 'Rơ-măm', en: 'Ro Mam', aliases: ['Rơ Măm'] },
];

export const ETHNIC_GROUP_CODES: readonly string[] = ETHNIC_GROUPS.map((g) => g.code);

const byCode = new Map(ETHNIC_GROUPS.map((g) => [g.code, g]));

/** Lower case, NFC, single spaces, and '-' / '–' / spaces treated alike ("Gia-rai" = "Gia Rai"). */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[‐‑–—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const byName = new Map<string, EthnicGroup>();
for (const group of ETHNIC_GROUPS) {
  for (const name of [group.vi, group.en, ...(group.aliases ?? [])]) {
    byName.set(normalise(name), group);
  }
}

export function ethnicGroupByCode(code: string): EthnicGroup | undefined {
  return byCode.get(code);
}

/**
 * The group a user typed: its code ("1", "01"), its Vietnamese name (any hyphenation or case),
 * an accepted alias, or its English name. Undefined when nothing matches.
 */
export function findEthnicGroup(input: string): EthnicGroup | undefined {
  const trimmed = input.trim();
  if (/^\d{1,2}$/.test(trimmed)) return byCode.get(trimmed.padStart(2, '0'));
  return byName.get(normalise(trimmed));
}
