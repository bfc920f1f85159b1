import type { Messages } from '../../i18n';
import type { PathMeta } from '../../lib/content/progress-meta';
import type { Assessment } from '../../schemas/assessment';

/** The course structure the dashboard reads (served as /lernstand/kurs.json). */
export interface DashboardData {
	paths: PathMeta[];
	quizzes: { id: string; title: string; passMark: number; moduleTitle: string; moduleHref: string }[];
	assessments: { id: string; assessment: Assessment; href?: string }[];
	roleplays: { id: string; title: string; href: string }[];
	messages: Messages;
}
