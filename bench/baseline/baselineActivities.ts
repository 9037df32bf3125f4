/** The baseline's only activity: a round trip through Temporal that does nothing of ours. */
export const baselineActivities = {
  async baselineStep(): Promise<void> {},
};
