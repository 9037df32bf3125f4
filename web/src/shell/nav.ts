import type { Role } from '../../../domain/process/roles';
import type { Text } from './i18n';

interface NavLink {
  href: string;
  label: Text;
}

const HOME: NavLink = { href: '/', label: { vi: 'Việc của tôi', en: 'My work' } };
const ROUNDS: NavLink = {
  href: '/council/rounds',
  label: { vi: 'Phiên họp Hội đồng', en: 'Council rounds' },
};
const DECISIONS: NavLink = {
  href: '/decisions',
  label: { vi: 'Quyết định khen thưởng', en: 'Award decisions' },
};
const UNIT: NavLink[] = [
  HOME,
  { href: '/unit/dossiers', label: { vi: 'Hồ sơ của đơn vị', en: "My unit's dossiers" } },
  { href: '/unit/dossiers/new', label: { vi: 'Lập hồ sơ mới', en: 'New dossier' } },
];
const DESK: NavLink[] = [
  { href: '/secretariat/desk', label: { vi: 'Hồ sơ chậm, sắp hạn', en: 'Stalled and at risk' } },
  { href: '/secretariat/pipeline', label: { vi: 'Tiến độ theo bước', en: 'Pipeline' } },
];
const REPORTS: NavLink[] = [
  { href: '/secretariat/statistics', label: { vi: 'Thống kê', en: 'Statistics' } },
  { href: '/secretariat/registrations', label: { vi: 'Đăng ký thi đua', en: 'Registrations' } },
];
const AUDIT: NavLink = {
  href: '/admin/audit',
  label: { vi: 'Kiểm tra nhật ký', en: 'Audit check' },
};

/** The links each role sees, its most frequent work first. */
export const NAV: Record<Role, NavLink[]> = {
  unit_officer: UNIT,
  unit_head: UNIT,
  secretariat: [HOME, ...DESK, ROUNDS, DECISIONS, ...REPORTS],
  council_member: [HOME, ROUNDS],
  council_chair: [HOME, ROUNDS],
  minister: [
    HOME,
    { href: '/decisions', label: { vi: 'Quyết định chờ ký', en: 'Decisions to sign' } },
    { href: '/minister/delegations', label: { vi: 'Ủy quyền ký', en: 'Delegations' } },
  ],
  deputy_minister: [
    HOME,
    { href: '/decisions', label: { vi: 'Quyết định chờ ký', en: 'Decisions to sign' } },
  ],
  admin: [
    HOME,
    { href: '/admin/users', label: { vi: 'Người dùng, vai trò', en: 'Users and roles' } },
    { href: '/admin/organisation', label: { vi: 'Đơn vị, khối thi đua', en: 'Units and blocs' } },
    { href: '/admin/council', label: { vi: 'Thành viên Hội đồng', en: 'Council membership' } },
    { href: '/admin/rules', label: { vi: 'Danh hiệu, quy tắc', en: 'Awards and rules' } },
    { href: '/admin/calendar', label: { vi: 'Lịch nghỉ', en: 'Holiday calendar' } },
    AUDIT,
  ],
  inspector: [HOME, ...DESK, ROUNDS, DECISIONS, ...REPORTS, AUDIT],
};
