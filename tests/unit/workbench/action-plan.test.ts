import { describe, expect, it } from 'vitest';
import {
	actionsByCustomer,
	isOverdue,
	openFollowUps,
} from '../../../src/lib/workbench/action-plan';
import { workedExample } from '../../../src/lib/workbench/example';
import type { WorkbenchAction, WorkbenchCustomer } from '../../../src/schemas/stored/workbench';

const action = (
	id: string,
	followUp: string,
	overrides: Partial<WorkbenchAction> = {},
): WorkbenchAction => ({
	id,
	what: `Schritt ${id}`,
	who: 'Tobias Haag',
	due: followUp,
	followUp,
	criterion: 'vertrauen',
	status: 'offen',
	...overrides,
});
const customerWith = (name: string, actions: WorkbenchAction[]): WorkbenchCustomer => ({
	...workedExample('2025-03-10T08:00:00.000Z'),
	name,
	actions,
});

describe('the action plan', () => {
	it('calls an action overdue when it is open and its follow-up day has passed', () => {
		expect(isOverdue(action('a', '2025-03-09'), '2025-03-10')).toBe(true);
		expect(isOverdue(action('a', '2025-03-10'), '2025-03-10')).toBe(false);
		expect(isOverdue(action('a', '2025-03-09', { status: 'erledigt' }), '2025-03-10')).toBe(false);
		expect(isOverdue(action('a', '2025-03-09', { status: 'verworfen' }), '2025-03-10')).toBe(false);
	});

	it('lists open follow-ups of all customers by day, then customer name (German order)', () => {
		const customers = {
			z: customerWith('Zeller GmbH', [action('z1', '2025-03-01'), action('z2', '2025-04-01')]),
			oe: customerWith('Öko AG', [action('o1', '2025-04-01', { personId: 'menzel' })]),
			a: customerWith('Albers KG', [
				action('a1', '2025-04-01'),
				action('a2', '2025-02-01', { status: 'erledigt' }),
			]),
		};
		const list = openFollowUps(customers, '2025-03-10');
		expect(list.map((item) => [item.customerName, item.action.id, item.overdue])).toEqual([
			['Zeller GmbH', 'z1', true],
			['Albers KG', 'a1', false],
			['Öko AG', 'o1', false],
			['Zeller GmbH', 'z2', false],
		]);
		expect(list[2]).toMatchObject({ customerId: 'oe', personName: 'Claudia Menzel' });
		expect(list[0]).not.toHaveProperty('personName');
	});

	it('groups actions per customer in date order, with the number still open', () => {
		const customers = {
			z: customerWith('Zeller GmbH', [
				action('z2', '2025-04-01'),
				action('z1', '2025-03-01', { status: 'erledigt' }),
			]),
			leer: customerWith('Leer GmbH', []),
			a: customerWith('Albers KG', [action('a1', '2025-04-01')]),
		};
		expect(actionsByCustomer(customers)).toEqual([
			{ customerId: 'a', customerName: 'Albers KG', actions: [customers.a.actions[0]], open: 1 },
			{
				customerId: 'z',
				customerName: 'Zeller GmbH',
				actions: [customers.z.actions[1], customers.z.actions[0]],
				open: 1,
			},
		]);
	});
});
