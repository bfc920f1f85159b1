import type { ReactNode } from 'react';
import { t } from '../../i18n/client';

type Column =
	| 'path'
	| 'entry'
	| 'final'
	| 'gain'
	| 'module'
	| 'moduleStatus'
	| 'sections'
	| 'quiz'
	| 'completedAt';

/** A table of the completion record: scrollable on a phone, named by its caption, one header row of `columns`. */
export function RecordTable({
	id,
	caption,
	columns,
	children,
}: {
	id: string;
	caption: string;
	columns: readonly Column[];
	children: ReactNode;
}) {
	return (
		<div className="mt-6 overflow-x-auto" tabIndex={0} role="region" aria-labelledby={id}>
			<table className="w-full border-collapse text-sm">
				<caption id={id} className="mb-2 text-left font-semibold">
					{caption}
				</caption>
				<thead>
					<tr>
						{columns.map((column) => (
							<th key={column} scope="col" className="border border-line p-2 text-left">
								{t(`record.column.${column}`)}
							</th>
						))}
					</tr>
				</thead>
				<tbody>{children}</tbody>
			</table>
		</div>
	);
}
