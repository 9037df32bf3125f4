import { NominationModel } from '../../data/nomination/nominationModel';
import { nominationWorkflowId } from '../../workflows/nomination/messages';
import { eventually, type ApiClient } from './apiClient';
import { workflowState } from './workflowState';

/**
 * The unit's officer drafts a 2025 nomination (CSTĐCS unless `award` says otherwise) for each
 * name (with the person's stored history where `personId` is given) and its head submits it;
 * resolves with their ids once each is in appraisal with its automatic checks run.
 */
export async function submitToAppraisal(
  officer: ApiClient,
  head: ApiClient,
  names: readonly (string | { name: string; personId: string })[],
  award: { awardCode: string; kind?: string } = { awardCode: 'CSTDCS' },
): Promise<string[]> {
  const ids: string[] = [];
  for (const nominee of names) {
    const named = typeof nominee === 'string' ? { name: nominee } : nominee;
    const created = await officer.post('/api/nominations', {
      nominee: { kind: 'individual', ...named, position: 'Chuyên viên' },
      ...award,
      year: 2025,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    });
    expect((await head.post(`/api/nominations/${created.body._id}/submit`)).status).toBe(202);
    ids.push(created.body._id);
  }
  for (const id of ids) {
    await eventually(
      () => NominationModel.findById(id).lean(),
      (doc) => doc?.stage === 'appraisal' && (doc.lastSeq ?? 0) >= 2,
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${await workflowState(nominationWorkflowId(id))}`);
    });
  }
  return ids;
}
