import ExcelJS from 'exceljs';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SheetRows = Record<string, (string | number | Date | null)[][]>;

/** A workbook with one sheet per entry; the first row of each is the header. */
export async function workbook(sheets: SheetRows): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Every sheet of a workbook as rows of plain cell values (header first). */
export async function readWorkbook(file: Buffer | ArrayBuffer): Promise<SheetRows> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as ArrayBuffer);
  const out: SheetRows = {};
  for (const sheet of book.worksheets) {
    const rows: (string | number | Date | null)[][] = [];
    sheet.eachRow((row) => {
      const cells: (string | number | Date | null)[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        cells.push((row.getCell(c).value as string | number | Date | null) ?? null);
      }
      rows.push(cells);
    });
    out[sheet.name] = rows;
  }
  return out;
}

/**
 * Two officers of the Ethnic Policy Department (VCSDT) and one of the Information Centre
 * (TTTT), with the history the CSTĐCS and LĐTT rules read, in the Vietnamese import format.
 */
export function historySheets(): SheetRows {
  const years = [2021, 2022, 2023, 2024, 2025];
  return {
    'Cá nhân': [
      [
        'Mã cá nhân',
        'Họ và tên',
        'Ngày sinh',
        'Giới tính',
        'Dân tộc',
        'Mã đơn vị',
        'Chức vụ',
        'Giữ chức vụ lãnh đạo',
        'Ngày tuyển dụng',
        'Ngày mất',
      ],
      [
        'CB-001',
        'Nguyễn Thị Ánh',
        '12/05/1985',
        'Nữ',
        'Ê-đê',
        'VCSDT',
        'Chuyên viên chính',
        'Không',
        '01/03/2010',
        null,
      ],
      [
        'CB-002',
        'Lò Văn Púa',
        '1980-02-29',
        'Nam',
        'Thái',
        'VCSDT',
        'Phó Vụ trưởng',
        'Có',
        '15/08/2008',
        null,
      ],
      [
        'CB-003',
        'Hà Thị Ngọc Điệp',
        '03/11/1990',
        'Nữ',
        '08',
        'TTTT',
        'Biên tập viên',
        'Không',
        '01/07/2015',
        null,
      ],
    ],
    'Đánh giá xếp loại': [
      ['Mã cá nhân', 'Năm', 'Xếp loại', 'Điểm'],
      ...years.map((y) => ['CB-001', y, 'Hoàn thành xuất sắc nhiệm vụ', 92]),
      ...years.map((y) => [
        'CB-002',
        y,
        y === 2025 ? 'Hoàn thành nhiệm vụ' : 'Hoàn thành tốt nhiệm vụ',
        75,
      ]),
      ...years.map((y) => ['CB-003', y, 'Hoàn thành tốt nhiệm vụ', 80]),
    ],
    // CB-002 recorded as not registered in 2025; CB-003 has no registration recorded.
    'Đăng ký thi đua': [
      ['Mã cá nhân', 'Năm', 'Có đăng ký thi đua'],
      ...years.map((y) => ['CB-001', y, 'Có']),
      ['CB-002', 2025, 'Không'],
    ],
    'Khen thưởng': [
      [
        'Đối tượng',
        'Mã cá nhân/tập thể',
        'Danh hiệu, hình thức',
        'Năm thành tích',
        'Cấp khen',
        'Loại hình khen thưởng',
        'Số quyết định',
        'Ngày quyết định',
        'Ngày thu hồi',
      ],
      [
        'Cá nhân',
        'CB-001',
        'LDTT',
        2023,
        'Đơn vị',
        'Công trạng',
        '12/QĐ-VCSDT',
        '20/12/2023',
        null,
      ],
      // A provincial Women's Union certificate: an issuer category of its own.
      [
        'Cá nhân',
        'CB-003',
        'BKBO',
        2022,
        'Đoàn thể, Mặt trận Tổ quốc cấp tỉnh',
        'Công trạng',
        '45/QĐ-HPN',
        '15/01/2023',
        null,
      ],
      [
        'Cá nhân',
        'CB-001',
        'Chiến sĩ thi đua cơ sở',
        2024,
        'Bộ, ngành',
        'Công trạng',
        '45/QĐ-UBDT',
        '15/01/2025',
        null,
      ],
    ],
    'Sáng kiến': [
      [
        'Mã cá nhân',
        'Mã sáng kiến',
        'Loại',
        'Tên sáng kiến, đề tài',
        'Năm công nhận',
        'Phạm vi công nhận',
        'Số quyết định',
        'Đã dùng để xét',
      ],
      [
        'CB-001',
        'SK-2024-07',
        'Sáng kiến',
        'Số hoá hồ sơ chính sách dân tộc vùng Tây Nguyên',
        2024,
        'Cấp cơ sở',
        '7/QĐ-VCSDT',
        'CSTDCS/2024/good_completion_initiative',
      ],
      [
        'CB-001',
        'SK-2025-03',
        'Sáng kiến',
        'Bản đồ số các xã đặc biệt khó khăn',
        2025,
        'Cấp cơ sở',
        '3/QĐ-VCSDT',
        null,
      ],
    ],
    'Kỷ luật': [
      ['Mã cá nhân', 'Hình thức kỷ luật', 'Ngày quyết định', 'Hiệu lực đến', 'Số quyết định'],
      ['CB-002', 'Khiển trách', '10/06/2025', '09/06/2026', '88/QĐ-UBDT'],
    ],
    // An administrative sanction that ran out in 2021: recorded, read, and silent for 2025.
    'Bản án, xử phạt': [
      [
        'Mã cá nhân',
        'Loại',
        'Ngày quyết định, tuyên án',
        'Hết thời hạn ngày',
        'Số bản án, quyết định',
      ],
      ['CB-003', 'Xử phạt vi phạm hành chính', '15/03/2021', '15/09/2021', '12/QĐ-XPVPHC'],
    ],
    'Quá trình công tác': [
      ['Mã cá nhân', 'Mã đơn vị', 'Từ ngày', 'Đến ngày', 'Đơn vị cũ đã có ý kiến'],
      ['CB-001', 'VCSDT', '01/03/2010', null, null],
      ['CB-002', 'VP', '15/08/2008', '31/12/2015', 'Có'],
      ['CB-002', 'VCSDT', '01/01/2016', null, null],
      ['CB-003', 'TTTT', '01/07/2015', null, null],
    ],
    'Nghỉ dài ngày': [
      ['Mã cá nhân', 'Loại nghỉ', 'Từ ngày', 'Đến ngày', 'Số ngày làm việc'],
      ['CB-001', 'Nghỉ thai sản', '01/02/2021', '31/07/2021', 125],
    ],
    'Tạm hoãn xét khen': [
      ['Đối tượng', 'Mã cá nhân/tập thể', 'Lý do', 'Từ ngày', 'Đến ngày', 'Ghi chú'],
      [
        'Cá nhân',
        'CB-003',
        'Đang giải quyết khiếu nại, tố cáo',
        '01/11/2025',
        null,
        'Đơn khiếu nại ngày 28/10/2025',
      ],
    ],
  };
}
