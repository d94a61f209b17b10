// Which timescale rules apply to a place: the council's own rules first, then the nation's, then rules for
// everyone. For each kind of timescale the most specific rule wins.
import { TIMESCALE_KINDS, type Nation, type TimescaleRule } from '../schema.js';

export type TimescaleKind = TimescaleRule['kind'];
export type RuleLevel = 'council' | 'nation' | 'all';

export interface Place {
  /** Council id as in the directory, e.g. "barnsley". */
  council?: string;
  nation?: Nation;
}

export interface ApplicableRule {
  rule: TimescaleRule;
  level: RuleLevel;
}

const RANK: Record<RuleLevel, number> = { council: 0, nation: 1, all: 2 };

/** How a rule's appliesTo matches the place, or undefined when it does not apply there. */
export function ruleLevel(rule: TimescaleRule, place: Place): RuleLevel | undefined {
  if (rule.appliesTo === 'all') return 'all';
  const [scope, id] = rule.appliesTo.split(':');
  if (scope === 'council' && place.council !== undefined && id === place.council.toLowerCase()) return 'council';
  if (scope === 'nation' && place.nation !== undefined && id === place.nation) return 'nation';
  return undefined;
}

/** Every rule that applies to the place, most specific first (council, nation, all), otherwise in file order. */
export function applicableRules(rules: readonly TimescaleRule[], place: Place): ApplicableRule[] {
  return rules
    .map((rule, index) => ({ rule, level: ruleLevel(rule, place), index }))
    .filter((r): r is { rule: TimescaleRule; level: RuleLevel; index: number } => r.level !== undefined)
    .sort((a, b) => RANK[a.level] - RANK[b.level] || a.index - b.index)
    .map(({ rule, level }) => ({ rule, level }));
}

/** The winning rule for each kind that has one, in the schema's kind order. */
export function rulesByKind(rules: readonly TimescaleRule[], place: Place): Map<TimescaleKind, ApplicableRule> {
  const applicable = applicableRules(rules, place);
  const out = new Map<TimescaleKind, ApplicableRule>();
  for (const kind of TIMESCALE_KINDS) {
    const best = applicable.find((a) => a.rule.kind === kind);
    if (best) out.set(kind, best);
  }
  return out;
}
