/**
 * The baseline's only activity, run as an activity task or as a local activity: a step
 * through Temporal that does nothing of ours.
 */
export const baselineActivities = {
  async baselineStep(): Promise<void> {},
};
