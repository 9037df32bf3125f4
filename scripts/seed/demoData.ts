import type { Role } from '../../domain/process/roles';

/** A small agency to try the system with: units, one account per role. */
export const DEMO_PASSWORD = 'TdktDemo@2026';

export const DEMO_UNITS = [
  { _id: 'VP', name: 'Văn phòng', nameEn: 'Office', blocId: 'KHOI-1' },
  { _id: 'VTCCB', name: 'Vụ Tổ chức cán bộ', nameEn: 'Personnel Department', blocId: 'KHOI-1' },
  {
    _id: 'VKHTC',
    name: 'Vụ Kế hoạch – Tài chính',
    nameEn: 'Planning and Finance Department',
    blocId: 'KHOI-1',
  },
  {
    _id: 'VCSDT',
    name: 'Vụ Chính sách Dân tộc',
    nameEn: 'Ethnic Policy Department',
    blocId: 'KHOI-2',
  },
  {
    _id: 'TTTT',
    name: 'Trung tâm Thông tin',
    nameEn: 'Information Centre',
    blocId: 'KHOI-2',
  },
] as const;

export interface DemoUser {
  _id: string;
  name: string;
  role: Role;
  unitId?: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { _id: 'canbo.vcsdt', name: 'Nguyễn Thị Lan', role: 'unit_officer', unitId: 'VCSDT' },
  { _id: 'vutruong.vcsdt', name: 'Trần Văn Hùng', role: 'unit_head', unitId: 'VCSDT' },
  { _id: 'canbo.tttt', name: 'Lê Thị Hoa', role: 'unit_officer', unitId: 'TTTT' },
  { _id: 'giamdoc.tttt', name: 'Phạm Minh Đức', role: 'unit_head', unitId: 'TTTT' },
  { _id: 'thuongtruc', name: 'Hoàng Thị Mai', role: 'secretariat', unitId: 'VTCCB' },
  { _id: 'hoidong.1', name: 'Đặng Quốc Bảo', role: 'council_member', unitId: 'VKHTC' },
  { _id: 'hoidong.2', name: 'Vũ Thị Thu', role: 'council_member', unitId: 'VP' },
  { _id: 'chutich', name: 'Bùi Văn Nam', role: 'council_chair' },
  { _id: 'botruong', name: 'Hầu A Lềnh', role: 'minister' },
  { _id: 'quantri', name: 'Đỗ Văn Tâm', role: 'admin' },
  { _id: 'thanhtra', name: 'Ngô Thị Hạnh', role: 'inspector' },
];
