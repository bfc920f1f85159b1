import { formatDate } from '../../i18n/dates';
import { t } from '../../i18n/client';
import type { AssignmentProgress } from '../../lib/assignments/progress';

/** "Abgeschlossen am 03.12.2026", "In Arbeit: 2 von 8 Modulen", "Noch nicht begonnen", for an assignment. */
export function assignmentStatusText(
	progress: Pick<AssignmentProgress, 'status' | 'completed' | 'total' | 'completedAt'>,
): string {
	if (progress.status === 'completed')
		return t('assignment.statusCompleted', {
			date: progress.completedAt ? formatDate(progress.completedAt) : '',
		});
	if (progress.status === 'in-progress')
		return t('assignment.statusInProgress', {
			completed: progress.completed,
			total: progress.total,
		});
	return t('assignment.statusNotStarted');
}

/** The visible overdue or late mark, or nothing. Text, never colour alone. */
export function deadlineText(progress: Pick<AssignmentProgress, 'overdue' | 'late'>): string {
	if (progress.overdue) return t('assignment.overdue');
	if (progress.late) return t('assignment.late');
	return '';
}
