/** `--name 12` (or `--name=12`) from the command line, else `fallback`; a positive integer. */
export function numberFlag(name: string, fallback: number, argv = process.argv): number {
  const index = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (index < 0) return fallback;
  const raw = argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} wants a positive integer`);
  return value;
}
