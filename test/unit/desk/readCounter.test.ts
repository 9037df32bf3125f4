import { ObjectId } from 'mongodb';
import { isIdLookup } from '../../../data/readCounter';

/** FerretDB 1.x pushes down exactly `{_id: <string|ObjectId>}`; everything else is a scan. */
describe('isIdLookup', () => {
  test.each<[unknown, boolean]>([
    [{ _id: 'N0000001' }, true],
    [{ _id: new ObjectId() }, true],
    [{ _id: { $in: ['a', 'b'] } }, false],
    [{ _id: { $gt: '' } }, false],
    [{ _id: 'a', stage: 'appraisal' }, false],
    [{ unitId: 'VCSDT' }, false],
    [{}, false],
    [undefined, false],
  ])('%j → %s', (filter, expected) => {
    expect(isIdLookup(filter)).toBe(expected);
  });
});
