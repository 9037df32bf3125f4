import {
  ETHNIC_GROUPS,
  ethnicGroupByCode,
  findEthnicGroup,
} from '../../../domain/people/ethnicGroups';

describe('the 54 ethnic groups (Decision 121-TCTK/PPCĐ, 1979)', () => {
  test('there are exactly 54, with distinct codes 01–54 and distinct names', () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    expect(new Set(ETHNIC_GROUPS.map((g) => g.code)).size).toBe(54);
    expect(ETHNIC_GROUPS.map((g) => g.code)).toEqual(
      Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(new Set(ETHNIC_GROUPS.map((g) => g.vi)).size).toBe(54);
    expect(new Set(ETHNIC_GROUPS.map((g) => g.en)).size).toBe(54);
  });

  test('names keep their Vietnamese diacritics in NFC form', () => {
    for (const group of ETHNIC_GROUPS) expect(group.vi).toBe(group.vi.normalize('NFC'));
    expect(ethnicGroupByCode('12')?.vi).toBe('Ê-đê');
    expect(ethnicGroupByCode('53')?.vi).toBe('Ơ Đu');
    expect(ethnicGroupByCode('46')?.vi).toBe('Pà Thẻn');
  });

  test('no alias or name points at two groups', () => {
    const seen = new Map<string, string>();
    for (const group of ETHNIC_GROUPS) {
      for (const name of [group.vi, group.en, ...(group.aliases ?? [])]) {
        const key = name.normalize('NFC').toLowerCase().replace(/[-–]/g, ' ');
        expect([undefined, group.code]).toContain(seen.get(key));
        seen.set(key, group.code);
      }
    }
  });

  test.each([
    ['1', '01'],
    ['08', '08'],
    ['Kinh (Việt)', '01'],
    ['gia rai', '10'],
    ['Hmông (Mèo)', '08'],
    ['MƯỜNG', '06'],
    ['Khmer', '05'],
    ['Bru - Vân Kiều', '23'],
  ])('"%s" is group %s', (input, code) => {
    expect(findEthnicGroup(input)?.code).toBe(code);
  });

  test.each(['55', '0', 'Việt kiều', ''])('"%s" is no group', (input) => {
    expect(findEthnicGroup(input)).toBeUndefined();
  });
});
