/** Stops the servers globalSetup started; their data folder is left for post-mortems. */
export default async function globalTeardown(): Promise<void> {
  const servers = globalThis.tdktTestServers ?? [];
  globalThis.tdktTestServers = undefined;
  await Promise.all(servers.map((server) => server.stop()));
}
