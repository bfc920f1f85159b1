import { RECORD_SCHEMAS } from '../../schemas/stored/progress-state';
import { StrategyProfileSchema, WorkbenchCustomerSchema } from '../../schemas/stored/workbench';

/**
 * Validates the workbench's records in full from now on (see WorkbenchRecordShape in
 * progress-state.ts). The pages that read them call this before they open the progress store:
 * the workbench and "Mein Lernstand" (its follow-ups, and importing a progress file). Every other
 * page passes the records through untouched and so does not carry their schemas.
 */
export function registerWorkbenchSchemas(): void {
	RECORD_SCHEMAS.workbenchCustomers = { list: false, schema: WorkbenchCustomerSchema };
	RECORD_SCHEMAS.workbenchProfiles = { list: false, schema: StrategyProfileSchema };
}
