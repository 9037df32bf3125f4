import ExcelJS from 'exceljs';
import { DEMO_PASSWORD, DEMO_USERS } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { pdfText } from '../../unit/documents/pdfText';
import { insertNomination } from '../awardDecision/awardDecisionFixtures';
import {
  EXTRA_MEMBERS,
  MEMBERS,
  closedRound,
  createRound,
  nominationAtCouncil,
  paper,
  type Council,
} from '../councilRound/councilRoundFixtures';

jest.setTimeout(180_000);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Download {
  status: number;
  type: string | null;
  disposition: string | null;
  body: Buffer;
}

/** Real HTTP, binary answers: what a browser's download gets. */
class Downloader {
  constructor(
    private readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  static async signIn(baseUrl: string, username: string): Promise<Downloader> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD, tokenType: 'bearer' }),
    });
    const { token } = (await response.json()) as { token: string };
    return new Downloader(baseUrl, token);
  }

  async get(path: string): Promise<Download> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      headers: this.token ? { authorization: `Bearer ${this.token}` } : {},
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      body: Buffer.from(await response.arrayBuffer()),
    };
  }
}

const fileNameOf = (disposition: string | null): string =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition ?? '')![1]!);

const errorCode = (download: Download): string =>
  (JSON.parse(download.body.toString('utf8')) as { error: { code: string } }).error.code;

/** Documents generated from records in the test database, downloaded over the real API. */
describe('documents: tờ trình, biên bản, quyết định, danh sách, bằng khen', () => {
  let stack: TestStack;
  const api: Record<string, ApiClient> = {};
  const dl: Record<string, Downloader> = {};
  let anonymous: Downloader;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData([...DEMO_USERS, ...EXTRA_MEMBERS]);
    const users = [
      'canbo.vcsdt',
      'vutruong.vcsdt',
      'canbo.tttt',
      'thuongtruc',
      'botruong',
      'thanhtra',
      ...MEMBERS,
    ];
    for (const user of [...new Set(users)]) {
      api[user] = await ApiClient.signIn(stack.apiUrl, user);
      dl[user] = await Downloader.signIn(stack.apiUrl, user);
    }
    anonymous = new Downloader(stack.apiUrl);
  });
  afterAll(() => stack.stop());

  test('submission letter: the unit’s tờ trình with its list; another unit gets 404', async () => {
    const ids: string[] = [];
    for (const [name, awardCode] of [
      ['Lò Văn Púa', 'CSTDCS'],
      ['Nguyễn Thị Ánh Tuyết', 'BKBO'],
    ]) {
      const created = await api['canbo.vcsdt']!.post('/api/nominations', {
        nominee: { kind: 'individual', name, position: 'Chuyên viên chính' },
        awardCode,
        year: 2025,
        achievements: 'Hoàn thành xuất sắc nhiệm vụ; có sáng kiến cấp cơ sở được công nhận.',
      });
      expect(created.status).toBe(201);
      ids.push(created.body._id);
    }
    const submitted = await api['vutruong.vcsdt']!.post('/api/dossiers', {
      title: 'Đề nghị khen thưởng năm 2025 của Vụ Chính sách Dân tộc',
      nominationIds: ids,
    });
    expect(submitted.status).toBe(202);
    const path = `/api/dossiers/${submitted.body.dossierId}/submission-letter.pdf`;

    const letter = await dl['canbo.vcsdt']!.get(path);
    expect(letter.status).toBe(200);
    expect(letter.type).toBe('application/pdf');
    expect(letter.disposition).toMatch(/^attachment; filename="To trinh Vu Chinh sach Dan toc /);
    expect(fileNameOf(letter.disposition)).toMatch(/^Tờ trình Vụ Chính sách Dân tộc .+\.pdf$/);
    const { text } = pdfText(letter.body);
    for (const phrase of [
      'BỘ DÂN TỘC VÀ TÔN GIÁO',
      'VỤ CHÍNH SÁCH DÂN TỘC',
      'TỜ TRÌNH',
      'Về việc đề nghị khen thưởng năm 2025 của Vụ Chính sách Dân tộc',
      'Kính gửi: Hội đồng Thi đua - Khen thưởng',
      'Lò Văn Púa',
      'Nguyễn Thị Ánh Tuyết',
      'Chiến sĩ thi đua cơ sở',
      'Bằng khen của Bộ trưởng',
      'THỦ TRƯỞNG ĐƠN VỊ',
      'Trần Văn Hùng',
    ]) {
      expect(text).toContain(phrase);
    }
    // The secretariat reads it too; the same records give the same bytes.
    const again = await dl.thuongtruc!.get(path);
    expect(again.body.equals(letter.body)).toBe(true);
    // Another unit's staff: as if it did not exist.
    const other = await dl['canbo.tttt']!.get(path);
    expect([other.status, errorCode(other)]).toEqual([404, 'DOSSIER_NOT_FOUND']);
    expect((await anonymous.get(path)).status).toBe(401);
    expect((await dl.thuongtruc!.get('/api/dossiers/nope/submission-letter.pdf')).status).toBe(404);
  });

  test('council minutes: named open votes, counts only for the secret ballot; units get 404', async () => {
    const council: Council = {
      secretariat: api.thuongtruc!,
      chair: api.chutich!,
      members: Object.fromEntries(MEMBERS.map((m) => [m, api[m]!])),
    };
    const bkbo = await nominationAtCouncil(stack, {
      unitId: 'VP',
      awardCode: 'BKBO',
      name: 'Đinh Thị Hương',
    });
    const cstdcs = await nominationAtCouncil(stack, {
      unitId: 'VCSDT',
      awardCode: 'CSTDCS',
      name: 'Lương Văn Đức',
    });
    const roundId = await createRound(council, {
      title: 'Phiên họp xét khen thưởng đợt 1 năm 2025',
    });
    const path = `/api/council-rounds/${roundId}`;
    expect(
      (
        await council.secretariat.post(`${path}/nominations`, {
          nominations: [{ nominationId: bkbo }, { nominationId: cstdcs }],
          ldttHolders: [{ unitId: 'VCSDT', year: 2025, count: 20 }],
        })
      ).status,
    ).toBe(200);
    const present = ['chutich', 'hoidong.1', 'hoidong.2', 'hd.tttt', 'hd.vtccb'];
    expect((await council.chair.post(`${path}/attendance`, { present })).status).toBe(200);
    expect((await council.chair.post(`${path}/open`)).status).toBe(200);
    const votes: Array<[string, 'approve' | 'reject', 'approve' | 'reject']> = [
      ['chutich', 'approve', 'approve'],
      ['hoidong.1', 'approve', 'approve'],
      ['hoidong.2', 'reject', 'approve'],
      ['hd.tttt', 'approve', 'reject'],
      ['hd.vtccb', 'approve', 'approve'],
    ];
    for (const [member, open, secret] of votes) {
      const cast = await api[member]!.post(
        `${path}/ballot`,
        paper({ [bkbo]: open, [cstdcs]: secret }),
      );
      expect([member, cast.status]).toEqual([member, 200]);
    }
    expect((await council.chair.post(`${path}/close`)).status).toBe(200);
    await closedRound(council.chair, roundId);
    await eventually(
      () => council.secretariat.get(`${path}/minutes`),
      (r) => r.status === 200,
    );

    const minutes = await dl.thuongtruc!.get(`${path}/minutes.pdf`);
    expect([minutes.status, minutes.type]).toEqual([200, 'application/pdf']);
    expect(fileNameOf(minutes.disposition)).toMatch(/^Biên bản Phiên họp xét khen thưởng đợt 1/);
    const { text } = pdfText(minutes.body);
    for (const phrase of [
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'BIÊN BẢN',
      'Phiên họp xét khen thưởng đợt 1 năm 2025',
      'Hôm nay, ngày 15 tháng 01 năm 2026',
      'Bùi Văn Nam',
      'Vắng mặt',
      'Đinh Thị Hương',
      'Lương Văn Đức',
      'Biểu quyết công khai',
      'Bỏ phiếu kín',
      '4 / 1 / 0',
      'Vũ Thị Thu: Không đồng ý',
      'CHỦ TỊCH HỘI ĐỒNG',
    ]) {
      expect(text).toContain(phrase);
    }
    // The secret ballot: counts only — no member is linked to a choice on it.
    expect(text).not.toMatch(/Lương Văn Đức: [^.]*(Đồng ý|Không đồng ý)/);
    expect(text).not.toContain('Hà Thị Ngọc: Không đồng ý');
    expect((await dl.thuongtruc!.get(`${path}/minutes.pdf`)).body.equals(minutes.body)).toBe(true);
    // A member of the round reads it; unit staff and an unknown round get 404.
    expect((await dl['hd.tttt']!.get(`${path}/minutes.pdf`)).status).toBe(200);
    const unit = await dl['canbo.vcsdt']!.get(`${path}/minutes.pdf`);
    expect([unit.status, errorCode(unit)]).toEqual([404, 'ROUND_NOT_FOUND']);
  });

  test('award decision: draft watermarked and internal; signed numbered, public, reproducible; XLSX annex', async () => {
    const ids = [
      await insertNomination(stack, { awardCode: 'CSTDCS', name: 'Hoàng Văn Thụ' }),
      await insertNomination(stack, {
        awardCode: 'CSTDCS',
        name: 'Đặng Thị Thu Hà',
        unitId: 'TTTT',
      }),
      await insertNomination(stack, {
        awardCode: 'CSTDCS',
        name: 'Triệu Thị Mỹ',
        unitId: 'TTTT',
      }),
    ];
    const drafted = await api.thuongtruc!.post('/api/decisions', {
      awardCode: 'CSTDCS',
      year: 2025,
      nominationIds: ids,
    });
    expect(drafted.status).toBe(201);
    const decisionId = drafted.body.decision._id as string;
    const pdfPath = `/api/decisions/${decisionId}/decision.pdf`;
    const xlsxPath = `/api/decisions/${decisionId}/annex.xlsx`;

    const draft = await dl.thuongtruc!.get(pdfPath);
    expect([draft.status, draft.type]).toEqual([200, 'application/pdf']);
    expect(fileNameOf(draft.disposition)).toBe(
      `Dự thảo quyết định Chiến sĩ thi đua cơ sở 2025 ${decisionId}.pdf`,
    );
    const draftText = pdfText(draft.body);
    for (const page of draftText.pages) expect(page).toContain('DỰ THẢO');
    expect(draftText.text).toContain('QUYẾT ĐỊNH');
    expect(draftText.text).toContain('Về việc tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025');
    expect(draftText.text).toMatch(/Số: +\/QĐ-BDTTG/);
    expect(draftText.text).toContain('Triệu Thị Mỹ');
    // Drafts are not public, and not for units.
    for (const reader of [dl['canbo.vcsdt']!, anonymous]) {
      const prefix = reader === anonymous ? '/api/public' : '/api';
      expect((await reader.get(`${prefix}/decisions/${decisionId}/decision.pdf`)).status).toBe(404);
      expect((await reader.get(`${prefix}/decisions/${decisionId}/annex.xlsx`)).status).toBe(404);
    }
    // Certificates wait for the signed decision.
    const early = await dl['canbo.vcsdt']!.get(`/api/nominations/${ids[0]}/certificate.pdf`);
    expect([early.status, errorCode(early)]).toEqual([409, 'NOT_AWARDED']);

    const ruling = await api.botruong!.post(`/api/decisions/${decisionId}/ruling`, {
      outcome: 'approve_some',
      struck: [{ nominationId: ids[2], reason: 'Chưa đủ tiêu chuẩn' }],
    });
    expect(ruling.status).toBe(200);
    const number = ruling.body.decision.number as string;
    const signedOn = ruling.body.decision.signedOn as string;
    const [y, m, d] = signedOn.split('-').map(Number) as [number, number, number];
    const inWords = `ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;

    const final = await dl.thuongtruc!.get(pdfPath);
    expect(final.status).toBe(200);
    expect(fileNameOf(final.disposition)).toBe(
      `Quyết định ${number.replace('/', '-')} Chiến sĩ thi đua cơ sở 2025.pdf`,
    );
    const finalText = pdfText(final.body);
    for (const phrase of [
      'BỘ DÂN TỘC VÀ TÔN GIÁO',
      `Số: ${number}`,
      `Hà Nội, ${inWords}`,
      'QUYẾT ĐỊNH',
      'Về việc tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025',
      'BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO',
      'cho 02 cá nhân',
      'BỘ TRƯỞNG',
      'Hầu A Lềnh',
      `(Kèm theo Quyết định số ${number} ${inWords} của Bộ trưởng Bộ Dân tộc và Tôn giáo)`,
      'Hoàng Văn Thụ',
      'Đặng Thị Thu Hà',
      'Trung tâm Thông tin',
    ]) {
      expect(finalText.text).toContain(phrase);
    }
    expect(finalText.text).not.toContain('DỰ THẢO');
    expect(finalText.text).not.toContain('Triệu Thị Mỹ');

    // Byte for byte: again, by another reader, and from the public register.
    expect((await dl.thanhtra!.get(pdfPath)).body.equals(final.body)).toBe(true);
    expect((await dl['canbo.vcsdt']!.get(pdfPath)).body.equals(final.body)).toBe(true);
    const published = await anonymous.get(`/api/public/decisions/${decisionId}/decision.pdf`);
    expect(published.status).toBe(200);
    expect(published.body.equals(final.body)).toBe(true);

    const annex = await dl.thuongtruc!.get(xlsxPath);
    expect([annex.status, annex.type]).toEqual([200, XLSX]);
    expect(fileNameOf(annex.disposition)).toBe(
      `Danh sách kèm theo Quyết định ${number.replace('/', '-')}.xlsx`,
    );
    expect((await anonymous.get(`/api/public/decisions/${decisionId}/annex.xlsx`)).body).toEqual(
      annex.body,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(annex.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Danh sách')!;
    const values = sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(values.flat()).toEqual(
      expect.arrayContaining([
        'DANH SÁCH',
        'Tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025',
        `(Kèm theo Quyết định số ${number} ${inWords} của Bộ trưởng Bộ Dân tộc và Tôn giáo)`,
      ]),
    );
    expect(values.filter((row) => typeof row[0] === 'number')).toEqual([
      [1, 'Hoàng Văn Thụ', 'Chuyên viên', 'Vụ Chính sách Dân tộc', 'Cá nhân'],
      [2, 'Đặng Thị Thu Hà', 'Chuyên viên', 'Trung tâm Thông tin', 'Cá nhân'],
    ]);

    // Certificates: per awarded nominee, within the unit's scope.
    const cert = await dl['canbo.vcsdt']!.get(`/api/nominations/${ids[0]}/certificate.pdf`);
    expect([cert.status, cert.type]).toEqual([200, 'application/pdf']);
    expect(fileNameOf(cert.disposition)).toBe('Giấy chứng nhận Hoàng Văn Thụ 2025.pdf');
    const certText = pdfText(cert.body).text;
    for (const phrase of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO',
      'GIẤY CHỨNG NHẬN',
      'Hoàng Văn Thụ',
      'Đạt danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025',
      `Quyết định số: ${number}`,
      'Hầu A Lềnh',
    ]) {
      expect(certText).toContain(phrase);
    }
    // The register number a person reads: decision and line (struck nominees have none).
    const register = `${number.split('/')[0]}.01/BDTTG/${y}`;
    expect(certText).toContain(`Số sổ: ${register}`);
    expect(certText).not.toContain(ids[0]!);
    expect(certText.match(/CHỨNG NHẬN/g)).toHaveLength(1);
    const second = pdfText(
      (await dl.thuongtruc!.get(`/api/nominations/${ids[1]}/certificate.pdf`)).body,
    );
    expect(second.text).toContain(`Số sổ: ${number.split('/')[0]}.02/BDTTG/${y}`);
    expect(
      (await dl.thuongtruc!.get(`/api/nominations/${ids[0]}/certificate.pdf`)).body.equals(
        cert.body,
      ),
    ).toBe(true);
    const otherUnit = await dl['canbo.tttt']!.get(`/api/nominations/${ids[0]}/certificate.pdf`);
    expect([otherUnit.status, errorCode(otherUnit)]).toEqual([404, 'NOMINATION_NOT_FOUND']);
    const struck = await dl['canbo.tttt']!.get(`/api/nominations/${ids[2]}/certificate.pdf`);
    expect([struck.status, errorCode(struck)]).toEqual([409, 'NOT_AWARDED']);
  });

  test('no certificate for Lao động tiên tiến: it is a line in the decision', async () => {
    const id = await insertNomination(stack, { awardCode: 'LDTT', stage: 'approved' });
    const response = await dl['canbo.vcsdt']!.get(`/api/nominations/${id}/certificate.pdf`);
    expect([response.status, errorCode(response)]).toEqual([422, 'NO_CERTIFICATE_FOR_AWARD']);
  });
});
