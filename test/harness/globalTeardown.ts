/** Stops the servers globalSetup started; their data folder is left for post-mortems. */
export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.tdktTestServers ?? []).map((server) => server.stop()));
}
