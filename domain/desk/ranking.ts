/**
 * Bloc score sheets and ranking (domain.md §3). A template (configurable) has criteria
 * groups with maximum points, and bonus and deduction caps; a unit scores itself, then the
 * council scores it. Only the council's score ranks; a sheet not yet fully scored by the
 * council is listed unranked. Equal totals share a rank (1, 1, 3).
 */
export interface ScoreTemplate {
  groups: readonly {
    code: string;
    title: string;
    criteria: readonly { code: string; title: string; maxPoints: number }[];
  }[];
  bonusMax: number;
  deductionMax: number;
}

export interface Scored {
  self?: number;
  council?: number;
}

interface ScoreSheet {
  unitId: string;
  scores: Readonly<Record<string, Scored>>;
  bonus?: Scored;
  deduction?: Scored;
}

interface SheetTotals {
  unitId: string;
  selfTotal?: number;
  councilTotal?: number;
  /** Per group: council score (or self while the council has not scored). */
  groups: { code: string; self?: number; council?: number; max: number }[];
  complete: boolean;
  rank?: number;
}

/** Every problem of a sheet against its template, as [field, message] (empty = valid). */
export function sheetProblems(
  template: ScoreTemplate,
  sheet: Pick<ScoreSheet, 'scores' | 'bonus' | 'deduction'>,
  side: keyof Scored,
): [string, string][] {
  const problems: [string, string][] = [];
  const known = new Map(template.groups.flatMap((g) => g.criteria.map((c) => [c.code, c])));
  for (const [code, scored] of Object.entries(sheet.scores)) {
    const criterion = known.get(code);
    const value = scored[side];
    if (!criterion) problems.push([`scores.${code}`, 'unknown criterion']);
    else if (value !== undefined && (value < 0 || value > criterion.maxPoints))
      problems.push([`scores.${code}`, `must be between 0 and ${criterion.maxPoints}`]);
  }
  const bonus = sheet.bonus?.[side];
  if (bonus !== undefined && (bonus < 0 || bonus > template.bonusMax))
    problems.push(['bonus', `must be between 0 and ${template.bonusMax}`]);
  const deduction = sheet.deduction?.[side];
  if (deduction !== undefined && (deduction < 0 || deduction > template.deductionMax))
    problems.push(['deduction', `must be between 0 and ${template.deductionMax}`]);
  return problems;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function total(template: ScoreTemplate, sheet: ScoreSheet, side: keyof Scored) {
  let sum = 0;
  for (const group of template.groups)
    for (const c of group.criteria) {
      const value = sheet.scores[c.code]?.[side];
      if (value === undefined) return undefined;
      sum += value;
    }
  return round2(sum + (sheet.bonus?.[side] ?? 0) - (sheet.deduction?.[side] ?? 0));
}

function sheetTotals(template: ScoreTemplate, sheet: ScoreSheet): SheetTotals {
  const groups = template.groups.map((g) => {
    const sideSum = (side: keyof Scored) =>
      g.criteria.every((c) => sheet.scores[c.code]?.[side] !== undefined)
        ? round2(g.criteria.reduce((s, c) => s + sheet.scores[c.code]![side]!, 0))
        : undefined;
    return {
      code: g.code,
      self: sideSum('self'),
      council: sideSum('council'),
      max: g.criteria.reduce((s, c) => s + c.maxPoints, 0),
    };
  });
  const councilTotal = total(template, sheet, 'council');
  return {
    unitId: sheet.unitId,
    selfTotal: total(template, sheet, 'self'),
    councilTotal,
    groups,
    complete: councilTotal !== undefined,
  };
}

/** Ranks a bloc's sheets by the council's total; incomplete sheets come last, unranked. */
export function rankBloc(template: ScoreTemplate, sheets: readonly ScoreSheet[]): SheetTotals[] {
  const totals = sheets.map((s) => sheetTotals(template, s));
  const ranked = totals
    .filter((t) => t.complete)
    .sort((a, b) => b.councilTotal! - a.councilTotal! || a.unitId.localeCompare(b.unitId));
  ranked.forEach((t, i) => {
    const previous = ranked[i - 1];
    t.rank = previous && previous.councilTotal === t.councilTotal ? previous.rank : i + 1;
  });
  const pending = totals
    .filter((t) => !t.complete)
    .sort((a, b) => a.unitId.localeCompare(b.unitId));
  return [...ranked, ...pending];
}
