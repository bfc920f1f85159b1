import type { ProgressState } from '../../schemas/stored/progress-state';
import { CRITERIA, type Criterion } from '../../schemas/stored/workbench';

/**
 * Self-image against behaviour: the latest self-assessment of relationship quality (1–5 per
 * criterion) next to the meters the learner ended their role-plays with (0–100), both on 0–100.
 * Values are unrounded; the UI rounds them for display.
 */

/** The self-assessment whose dimensions are the six criteria. */
export const SELF_ASSESSMENT_ID = 'beziehungsqualitaet';
const SCALE_MIN = 1;
const SCALE_MAX = 5;
/** A gap of at least this many points is worth talking about. */
const NOTABLE_GAP = 15;

export type Verdict = 'selbstbild-hoeher' | 'verhalten-hoeher' | 'stimmig';

export interface CriterionComparison {
	criterion: Criterion;
	/** The self-assessment score on 0–100. */
	self?: number;
	/** The mean final meter over all finished runs, 0–100. */
	behaviour?: number;
	/** self − behaviour, when both exist. */
	gap?: number;
	verdict?: Verdict;
}

export interface SelfVsBehaviour {
	criteria: CriterionComparison[];
	runs: number;
	hasSelf: boolean;
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));

function latestSelfScores(state: ProgressState): Record<string, number> | undefined {
	const results = state.assessments[SELF_ASSESSMENT_ID] ?? [];
	// Stored oldest first, but an imported or merged list is ordered by its date to be sure.
	const latest = [...results].sort((a, b) => a.completedAt.localeCompare(b.completedAt)).at(-1);
	return latest?.scores;
}

const verdictFor = (gap: number): Verdict =>
	gap >= NOTABLE_GAP ? 'selbstbild-hoeher' : gap <= -NOTABLE_GAP ? 'verhalten-hoeher' : 'stimmig';

export function selfVsBehaviour(state: ProgressState): SelfVsBehaviour {
	const scores = latestSelfScores(state);
	// Every stored run reached an ending: the progress store records runs only then.
	const runs = Object.values(state.roleplayRuns).flat();
	const criteria = CRITERIA.map((criterion): CriterionComparison => {
		const score = scores?.[criterion];
		const self =
			score !== undefined && Number.isFinite(score)
				? clamp(((score - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * 100)
				: undefined;
		const behaviour =
			runs.length > 0
				? runs.reduce((sum, run) => sum + run.meters[criterion], 0) / runs.length
				: undefined;
		if (self === undefined || behaviour === undefined)
			return {
				criterion,
				...(self === undefined ? {} : { self }),
				...(behaviour === undefined ? {} : { behaviour }),
			};
		const gap = self - behaviour;
		return { criterion, self, behaviour, gap, verdict: verdictFor(gap) };
	});
	return { criteria, runs: runs.length, hasSelf: scores !== undefined };
}
