/**
 * CSV for spreadsheets and mail merge. Written with a semicolon and a byte order mark, which is
 * what Excel in German settings opens correctly with a double click; read with whichever of
 * semicolon, comma or tab the first line uses.
 */

const SEPARATOR = ';';

/**
 * A cell as text. A value that a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or carriage return) gets a leading apostrophe: names and messages come from other people.
 */
function cell(value: string | number | undefined): string {
	let text = value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[";\r\n,\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | undefined)[][]): string {
	return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(SEPARATOR)).join('\r\n')}\r\n`;
}

/** A row of a CSV file, with the file line it starts on (a quoted cell may span lines; blank rows are skipped). */
export interface CsvRow {
	cells: string[];
	line: number;
}

/** Splits CSV text into rows of cells: quoted cells, doubled quotes, CRLF or LF, a leading BOM. */
export function parseCsvRows(text: string): CsvRow[] {
	const input = text.replace(/^\uFEFF/, '');
	const firstLine = input.split(/\r?\n/, 1)[0] ?? '';
	const separator = [';', '\t', ',']
		.map((s) => ({ s, n: firstLine.split(s).length }))
		.sort((a, b) => b.n - a.n)[0]!.s;
	const rows: CsvRow[] = [];
	let row: string[] = [];
	let current = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	for (let i = 0; i < input.length; i++) {
		const char = input[i]!;
		if (quoted) {
			if (char === '"' && input[i + 1] === '"') {
				current += '"';
				i++;
			} else if (char === '"') quoted = false;
			else {
				if (char === '\n' || (char === '\r' && input[i + 1] !== '\n')) line++;
				current += char;
			}
		} else if (char === '"' && current === '') quoted = true;
		else if (char === separator) {
			row.push(current);
			current = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && input[i + 1] === '\n') i++;
			row.push(current);
			rows.push({ cells: row, line: rowLine });
			line++;
			rowLine = line;
			row = [];
			current = '';
		} else current += char;
	}
	if (current !== '' || row.length > 0) {
		row.push(current);
		rows.push({ cells: row, line: rowLine });
	}
	return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

/** The rows' cells alone. */
export const parseCsv = (text: string): string[][] => parseCsvRows(text).map((row) => row.cells);
