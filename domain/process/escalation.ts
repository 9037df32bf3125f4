import type { Role } from './roles';

/**
 * One level up from whoever holds a late dossier (issue: unit head → secretariat →
 * council chair → minister). The minister has no one above inside the agency, so a late
 * minister's decision is raised with the secretariat, who keeps the minister's calendar.
 */
const ESCALATION: Partial<Record<Role, Role>> = {
  unit_officer: 'unit_head',
  unit_head: 'secretariat',
  secretariat: 'council_chair',
  council_member: 'council_chair',
  council_chair: 'minister',
  minister: 'secretariat',
  deputy_minister: 'minister',
};

export function escalationTarget(holder: Role): Role {
  return ESCALATION[holder] ?? 'secretariat';
}
