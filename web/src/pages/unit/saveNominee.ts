import { api } from '../../shell/api';
import type { Nomination } from '../nomination/nominationTypes';
import type { NomineeDraft } from './NomineeFields';

/** Creates the draft nomination, or saves the edits of one that exists; returns its ID. */
export async function saveNominee(
  draft: NomineeDraft,
  common: { awardCode: string; year: number; reviewOccasion?: string },
): Promise<string> {
  const content = {
    nominee: draft.nominee,
    awardCode: common.awardCode,
    year: common.year,
    // Not stated ('', or a draft kept from before the field): null, which clears it.
    reviewOccasion: common.reviewOccasion || null,
    achievements: draft.achievements,
    documents: draft.documents,
  };
  if (draft.id) {
    await api.patch<Nomination>(`/api/nominations/${draft.id}`, content);
    return draft.id;
  }
  return (await api.post<Nomination>('/api/nominations', content))._id;
}
