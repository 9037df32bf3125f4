import realServers from '../../harness/globalSetup';
import { ensureWebBuild } from './webBuild';

/** The integration tests' real servers, and an up-to-date build of the web app. */
export default async function globalSetup(): Promise<void> {
  ensureWebBuild();
  await realServers();
}
