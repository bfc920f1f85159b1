import type { WorkbenchAction, WorkbenchCustomer } from '../../schemas/stored/workbench';

/**
 * The action plan across customers: what is open, what is overdue, what to follow up next. Dates
 * are "YYYY-MM-DD", which compare correctly as text; `today` comes from the caller (no clock here).
 * Customers arrive as stored, keyed by id.
 */

type Customers = Readonly<Record<string, WorkbenchCustomer>>;

/** Open, and the day to follow it up has passed. */
export const isOverdue = (action: Pick<WorkbenchAction, 'status' | 'followUp'>, today: string) =>
	action.status === 'offen' && action.followUp < today;

export interface FollowUp {
	customerId: string;
	customerName: string;
	action: WorkbenchAction;
	/** The person's name, when the action is for a person who exists. */
	personName?: string;
	overdue: boolean;
}

/** Every open action of every customer, the earliest follow-up first, then by customer name. */
export function openFollowUps(customers: Customers, today: string): FollowUp[] {
	return Object.entries(customers)
		.flatMap(([customerId, customer]) =>
			customer.actions
				.filter((action) => action.status === 'offen')
				.map((action): FollowUp => {
					const personName = customer.people.find((p) => p.id === action.personId)?.name;
					return {
						customerId,
						customerName: customer.name,
						action,
						...(personName === undefined ? {} : { personName }),
						overdue: isOverdue(action, today),
					};
				}),
		)
		.sort(
			(a, b) =>
				a.action.followUp.localeCompare(b.action.followUp) ||
				a.customerName.localeCompare(b.customerName, 'de'),
		);
}

export interface CustomerActions {
	customerId: string;
	customerName: string;
	/** By follow-up date, then due date. */
	actions: WorkbenchAction[];
	open: number;
}

/** Customers that have actions, by name (German order), each with its actions in date order. */
export function actionsByCustomer(customers: Customers): CustomerActions[] {
	return Object.entries(customers)
		.filter(([, customer]) => customer.actions.length > 0)
		.map(([customerId, customer]) => ({
			customerId,
			customerName: customer.name,
			actions: [...customer.actions].sort(
				(a, b) => a.followUp.localeCompare(b.followUp) || a.due.localeCompare(b.due),
			),
			open: customer.actions.filter((action) => action.status === 'offen').length,
		}))
		.sort((a, b) => a.customerName.localeCompare(b.customerName, 'de'));
}
