import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { vietnamDateOf } from '../../../domain/calendar';
import type { Stage } from '../../../domain/process/stages';
import { deskKey } from '../../../data/desk/deskKey';
import { backfillDossierNumbers } from '../../../data/nomination/backfillDossierNumbers';
import { DossierModel } from '../../../data/nomination/dossierModel';
import {
  DossierNumberModel,
  numberDossier,
  reserveDossierNumber,
} from '../../../data/nomination/dossierNumber';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { issueNumber } from '../../../data/numberSeries';
import { NotificationModel } from '../../../data/notification/notificationModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { pdfText } from '../../unit/documents/pdfText';

jest.setTimeout(180_000);

const year = vietnamDateOf(new Date()).slice(0, 4);
const hex = () => randomBytes(16).toString('hex');
const HEAD = { userId: 'vutruong.vcsdt', name: 'Trần Văn Hùng', role: 'unit_head' as const };

/** A dossier as `POST /api/dossiers` writes it, before it has a number. */
async function dossierOf(unitId: string, submittedAt: Date, nominationIds: string[] = []) {
  const _id = hex();
  await DossierModel.create({ _id, unitId, title: 'Tờ trình', nominationIds, submittedAt });
  return _id;
}

/** A nomination submitted before numbers existed: in appraisal, on the desk, no number. */
async function legacyNomination(unitId: string, name: string, dossierId?: string, stage?: Stage) {
  const _id = hex();
  const at = new Date('2025-12-22T03:00:00Z');
  await NominationModel.create({
    _id,
    unitId,
    ...(dossierId && { dossierId }),
    nominee: { kind: 'individual', name },
    awardCode: 'CSTDCS',
    year: 2025,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    stage: stage ?? 'appraisal',
    deskKey: deskKey(_id, stage ?? 'appraisal', undefined, at),
    createdBy: HEAD,
    lastSeq: 1,
    history: [
      { seq: 0, at, action: 'drafted', stage: 'draft', actor: HEAD },
      { seq: 1, at, action: 'submitted', stage: stage ?? 'appraisal', actor: HEAD },
    ],
  });
  return _id;
}

/** A logger whose lines the test reads. */
function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

/**
 * Dossiers and their nominees get human numbers, `<unit>-<year>-<NNNN>` and `…/<place>`:
 * issued at submission, never twice, without gaps, and shown wherever a person reads one.
 * One stack for the file; each describe goes on from the numbers the ones before took.
 */
let stack: TestStack;
let officer: ApiClient;
let head: ApiClient;
let secretariat: ApiClient;
let otherUnit: ApiClient;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  [officer, head, secretariat, otherUnit] = await Promise.all(
    ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc', 'canbo.tttt'].map((user) =>
      ApiClient.signIn(stack.apiUrl, user),
    ),
  );
});
afterAll(() => stack.stop());

const draft = (name: string, client = officer) =>
  client
    .post('/api/nominations', {
      nominee: { kind: 'individual', name, position: 'Chuyên viên' },
      awardCode: 'CSTDCS',
      year: 2025,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở được công nhận.',
    })
    .then((r) => r.body._id as string);

describe('dossier numbers: taken at once, after a crash', () => {
  test('20 dossiers numbered at once, each asked twice: 0001 to 0020 of the unit and year, each once', async () => {
    // Submitted on 22/12/2023, Vietnam time: the unit's 2023 series.
    const ids = await Promise.all(
      Array.from({ length: 20 }, () => dossierOf('VP', new Date('2023-12-22T02:00:00Z'))),
    );
    const numbers = await Promise.all([...ids, ...ids].map((id) => numberDossier(id)));
    const byDossier = ids.map((_, i) => [numbers[i]!.number, numbers[i + 20]!.number]);
    for (const [first, retried] of byDossier) expect(retried).toBe(first);
    expect(byDossier.map(([n]) => n).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `VP-2023-${String(i + 1).padStart(4, '0')}`),
    );
    // Each dossier carries its number; the register holds 20 numbers, no more.
    const stored = await DossierModel.find({ _id: { $in: ids } }, { number: 1 }).lean();
    expect(new Set(stored.map((d) => d.number)).size).toBe(20);
    expect(await DossierNumberModel.countDocuments({ unitId: 'VP', year: 2023 })).toBe(20);
  });

  test('a first issuer that reads the register while a second creates the series and numbers on does not fail', async () => {
    // The CI run of 07/12/2026 caught this order: the first issuer found no series, read the
    // register after another issuer had created the series and registered number 2 but not
    // yet number 1, took that for a gap in an older register and threw.
    const id = `race:${hex()}`;
    const second = { id, issuedBefore: async () => [] };
    const first = {
      id,
      issuedBefore: async () => {
        expect(await issueNumber(second, 'b')).toBe(1);
        expect(await issueNumber(second, 'c')).toBe(2);
        return [{ key: 'c', number: 2 }];
      },
    };
    expect(await issueNumber(first, 'a')).toBe(3);
    expect(await issueNumber(second, 'b')).toBe(1);
  });

  test('a crash between taking the number and registering it leaves no gap and no duplicate', async () => {
    const at = new Date('2022-12-22T02:00:00Z');
    const [crashed, ...others] = await Promise.all(
      Array.from({ length: 4 }, () => dossierOf('VP', at)),
    );
    // The request dies after the number is taken, before the register and the dossier have it.
    expect(await reserveDossierNumber(crashed!, 'VP', 2022)).toBe(1);
    const numbered = await Promise.all(others.map((id) => numberDossier(id)));
    expect(numbered.map((n) => n.number).sort()).toEqual([
      'VP-2022-0002',
      'VP-2022-0003',
      'VP-2022-0004',
    ]);
    // Asked again (and twice at once): the number it took, now registered.
    const [retried, again] = await Promise.all([numberDossier(crashed!), numberDossier(crashed!)]);
    expect([retried.number, again.number]).toEqual(['VP-2022-0001', 'VP-2022-0001']);
    const register = await DossierNumberModel.find({ unitId: 'VP', year: 2022 })
      .sort({ sequence: 1 })
      .lean();
    expect(register.map((r) => r.sequence)).toEqual([1, 2, 3, 4]);
    expect(register[0]!.dossierId).toBe(crashed);
  });

  test('nominations added to one dossier by requests at once are listed once each, in one order', async () => {
    const dossierId = await dossierOf('VP', new Date('2022-12-23T02:00:00Z'));
    const ids = ['n-a', 'n-b', 'n-c'];
    const answers = await Promise.all([
      numberDossier(dossierId, ids),
      numberDossier(dossierId, [...ids].reverse()),
      numberDossier(dossierId, ['n-b']),
    ]);
    const { nominationIds } = (await DossierModel.findById(dossierId).lean())!;
    expect([...nominationIds].sort()).toEqual(ids);
    for (const { number, nominations } of answers) {
      for (const [id, numberOfId] of nominations) {
        expect(numberOfId).toBe(`${number}/${nominationIds.indexOf(id) + 1}`);
      }
    }
  });
});

describe('dossier numbers: series and where they show', () => {
  test('each unit and each Vietnam year has its own series', async () => {
    // 00:30 on 01/01/2024 in Vietnam is still 31/12/2023 in UTC: the 2024 series.
    const newYear = await numberDossier(await dossierOf('VP', new Date('2023-12-31T17:30:00Z')));
    const otherUnitFirst = await numberDossier(
      await dossierOf('VKHTC', new Date('2023-12-22T02:00:00Z')),
    );
    expect([newYear.number, otherUnitFirst.number]).toEqual(['VP-2024-0001', 'VKHTC-2023-0001']);
  });

  test('a submitted dossier and its nominees carry their numbers in every representation', async () => {
    const [first, second] = [await draft('Lò Văn Púa'), await draft('Hà Thị Ngọc')];
    const drafted = await officer.get(`/api/nominations/${first}`);
    expect(drafted.body.number).toBeUndefined();

    const submitted = await head.post('/api/dossiers', {
      title: 'Tờ trình đề nghị khen thưởng năm 2025',
      nominationIds: [first, second],
    });
    expect(submitted.status).toBe(202);
    const { dossierId, dossierNumber } = submitted.body;
    expect(dossierNumber).toMatch(new RegExp(`^VCSDT-${year}-\\d{4}$`));
    expect(submitted.body.nominations).toEqual([
      expect.objectContaining({ nominationId: first, number: `${dossierNumber}/1` }),
      expect.objectContaining({ nominationId: second, number: `${dossierNumber}/2` }),
    ]);

    // The nomination, the dossier, the unit's list, the secretariat's desk.
    expect((await secretariat.get(`/api/nominations/${second}`)).body.number).toBe(
      `${dossierNumber}/2`,
    );
    const dossier = await head.get(`/api/dossiers/${dossierId}`);
    expect(dossier.body.number).toBe(dossierNumber);
    expect(dossier.body.nominations.map((n: { number: string }) => n.number).sort()).toEqual([
      `${dossierNumber}/1`,
      `${dossierNumber}/2`,
    ]);
    const listed = await eventually(
      () => officer.get('/api/nominations?stage=appraisal'),
      (r) =>
        r.body.items.some((n: { _id: string; number?: string }) => n._id === first && n.number),
    );
    expect(listed.body.items.find((n: { _id: string }) => n._id === first).number).toBe(
      `${dossierNumber}/1`,
    );
    const desk = await eventually(
      () => secretariat.get('/api/desk/stalled?unitId=VCSDT&pageSize=200'),
      (r) => r.body.items.some((n: { nominationId: string }) => n.nominationId === second),
    );
    expect(
      desk.body.items.find((n: { nominationId: string }) => n.nominationId === second).number,
    ).toBe(`${dossierNumber}/2`);

    // Found by number, in the dossier's order; lower case too; never another unit's.
    const found = await secretariat.get(`/api/nominations?number=${dossierNumber}`);
    expect(found.body.items.map((n: { _id: string }) => n._id)).toEqual([first, second]);
    const one = await officer.get(`/api/nominations?number=${dossierNumber.toLowerCase()}/2`);
    expect([one.body.total, one.body.items[0]._id]).toEqual([1, second]);
    expect((await otherUnit.get(`/api/nominations?number=${dossierNumber}`)).body.total).toBe(0);
    const typo = await officer.get('/api/nominations?number=VCSDT-25');
    expect([typo.status, typo.body.error.field]).toEqual([400, 'number']);

    // The unit's notice names the number, with the nominee and award, never the id.
    const notice = await eventually(
      () => NotificationModel.findOne({ nominationId: first, kind: 'change' }).lean(),
      (n) => !!n,
    );
    const { nominationNumber, title, body } = notice!;
    expect(nominationNumber).toBe(`${dossierNumber}/1`);
    expect(body!.vi).toContain(`số ${dossierNumber}/1`);
    expect(body!.vi).toContain('Lò Văn Púa');
    expect(`${title!.vi} ${body!.vi} ${body!.en}`).not.toContain(first);

    // The submission letter: named and headed by the number, each row with its own.
    const letter = await fetch(`${stack.apiUrl}/api/dossiers/${dossierId}/submission-letter.pdf`, {
      headers: { authorization: `Bearer ${(head as unknown as { token: string }).token}` },
    });
    expect(decodeURIComponent(letter.headers.get('content-disposition')!)).toContain(
      `${dossierNumber}.pdf`,
    );
    const { text } = pdfText(Buffer.from(await letter.arrayBuffer()));
    expect(text).toContain(`(Hồ sơ số ${dossierNumber})`);
    expect(text).toContain(`${dossierNumber}/2`);
  });
});

describe('dossier numbers: submissions and the start-up backfill', () => {
  test('a repeated submission keeps its number; the next dossier takes the next one', async () => {
    const ids = [await draft('Vi Văn Thắng')];
    const key = { 'idempotency-key': `numbers-${hex()}` };
    const first = await head.post('/api/dossiers', { title: 'Tờ trình', nominationIds: ids }, key);
    const again = await head.post('/api/dossiers', { title: 'Tờ trình', nominationIds: ids }, key);
    // Without the key, the nominations' own dossier is found again.
    const unkeyed = await head.post(`/api/nominations/${ids[0]}/submit`);
    expect([again.body.dossierNumber, unkeyed.body.dossierNumber]).toEqual([
      first.body.dossierNumber,
      first.body.dossierNumber,
    ]);
    expect(unkeyed.body.number).toBe(`${first.body.dossierNumber}/1`);
    const next = await head.post(`/api/nominations/${await draft('Lường Thị Xuân')}/submit`);
    const sequence = (n: string) => Number(n.split('-')[2]);
    expect(sequence(next.body.dossierNumber)).toBe(sequence(first.body.dossierNumber) + 1);
  });

  test('eight submissions at once over HTTP: eight consecutive numbers, none twice', async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, (_, i) => draft(`Người thứ ${i + 1}`)));
    const before = await DossierNumberModel.countDocuments({ unitId: 'VCSDT' });
    const answers = await Promise.all(ids.map((id) => head.post(`/api/nominations/${id}/submit`)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(202));
    const sequences = answers
      .map((a) => Number(a.body.dossierNumber.split('-')[2]))
      .sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: 8 }, (_, i) => before + i + 1));
  });

  test('the start-up backfill numbers what came before, oldest dossier first, once', async () => {
    // Two dossiers of the Information Centre from before numbers, the later one stored first.
    const later = await dossierOf('TTTT', new Date('2025-12-23T02:00:00Z'));
    const earlier = await dossierOf('TTTT', new Date('2025-12-22T02:00:00Z'));
    const a = await legacyNomination('TTTT', 'Lê Văn An', earlier);
    const b = await legacyNomination('TTTT', 'Phạm Thị Bình', earlier, 'council_review');
    const c = await legacyNomination('TTTT', 'Đinh Văn Cường', later);
    await DossierModel.updateOne({ _id: earlier }, { $set: { nominationIds: [a, b] } });
    await DossierModel.updateOne({ _id: later }, { $set: { nominationIds: [c] } });
    const orphan = await legacyNomination('TTTT', 'Không có tờ trình');

    const { log, lines } = capturedLog();
    // Two workers starting at once: between them, every number once.
    const runs = await Promise.all([backfillDossierNumbers(log), backfillDossierNumbers(log)]);
    expect(runs.reduce((sum, r) => sum + r.nominations, 0)).toBe(3);

    const numberOf = async (id: string) => (await NominationModel.findById(id).lean())!.number;
    expect(await Promise.all([a, b, c].map(numberOf))).toEqual([
      'TTTT-2025-0001/1',
      'TTTT-2025-0001/2',
      'TTTT-2025-0002/1',
    ]);
    expect(await numberOf(orphan)).toBeUndefined();
    expect(lines).toContainEqual(
      expect.objectContaining({
        msg: 'dossier numbers backfilled',
        nominations: expect.any(Number),
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 40, nominationIds: [orphan], count: 1 }),
    );

    // The unit's list and the desk show them; a third run finds nothing left to do.
    const list = await secretariat.get('/api/nominations?unitId=TTTT&pageSize=200');
    expect(list.body.items.find((n: { _id: string }) => n._id === c).number).toBe(
      'TTTT-2025-0002/1',
    );
    const desk = await secretariat.get('/api/desk/stalled?unitId=TTTT&pageSize=200');
    expect(desk.body.items.find((n: { nominationId: string }) => n.nominationId === a).number).toBe(
      'TTTT-2025-0001/1',
    );
    expect(await backfillDossierNumbers(capturedLog().log)).toEqual({
      dossiers: 0,
      nominations: 0,
    });
    expect(await DossierNumberModel.countDocuments({ unitId: 'TTTT', year: 2025 })).toBe(2);
  });
});
