import fc from 'fast-check';
import { words } from '../words';
import { describe, expect, it } from 'vitest';
import { parseAssigneeCsv, parseAssigneeLines } from '../../../src/lib/assignments/assignees';
import { parseCsv, parseCsvRows, toCsv } from '../../../src/lib/assignments/csv';

describe('CSV output', () => {
	it('starts with a byte order mark, separates with semicolons and quotes what needs it', () => {
		expect(
			toCsv(
				['Name', 'Link'],
				[
					['Weber; Anna', 'https://x.example/#a"b'],
					['Ben', 'zeile\numbruch'],
				],
			),
		).toBe(
			'\uFEFFName;Link\r\n"Weber; Anna";"https://x.example/#a""b"\r\nBen;"zeile\numbruch"\r\n',
		);
	});

	it('never lets a spreadsheet run a cell as a formula', () => {
		const csv = toCsv(
			['Name'],
			[['=HYPERLINK("http://evil")'], ['+1'], ['-2'], ['@SUM(A1)'], ['\tx']],
		);
		for (const line of csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n')
			.slice(1))
			expect(line).toMatch(/^"?'/);
	});

	it('reads back what it wrote, for any text that is not formula-like (property)', () => {
		const text = fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s));
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						text.filter((s) => s.trim() !== ''),
						text,
					),
					{ minLength: 1, maxLength: 8 },
				),
				(rows) => {
					const parsed = parseCsv(toCsv(['a', 'b'], rows));
					expect(parsed.slice(1)).toEqual(rows.filter((row) => row.some((c) => c.trim() !== '')));
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe('people to assign', () => {
	it('reads typed and pasted lines in the usual forms', () => {
		const { assignees, problems } = parseAssigneeLines(
			'Anna Weber; anna@firma.example\n\nBen Koch <ben@firma.example>\nWeber, Carla, carla@firma.example\nDieter Roth\nEva\tEva@firma.example',
		);
		expect(problems.map(words)).toEqual([]);
		expect(assignees).toEqual([
			{ name: 'Anna Weber', email: 'anna@firma.example' },
			{ name: 'Ben Koch', email: 'ben@firma.example' },
			{ name: 'Weber, Carla', email: 'carla@firma.example' },
			{ name: 'Dieter Roth' },
			{ name: 'Eva', email: 'Eva@firma.example' },
		]);
	});

	it('names the line of every problem and skips duplicates', () => {
		const { assignees, problems } = parseAssigneeLines(
			'Anna; anna@\n<script>x</script>\nAnna Weber\nanna weber',
		);
		expect(assignees).toEqual([{ name: 'Anna Weber' }]);
		expect(problems.map(words)).toEqual([
			'Zeile 1: E-Mail-Adresse ist ungültig',
			'Zeile 2: Name enthält HTML-Zeichen',
			'Zeile 4: anna weber steht schon in der Liste.',
		]);
	});

	it('reads a CSV file with a header in any column order, or name and e-mail without one', () => {
		expect(
			parseAssigneeCsv('\uFEFFAbteilung;E-Mail;Name\r\nVertrieb;anna@firma.example;Anna Weber\r\n')
				.assignees,
		).toEqual([{ name: 'Anna Weber', email: 'anna@firma.example' }]);
		expect(parseAssigneeCsv('"Koch, Ben",ben@firma.example\nCarla,').assignees).toEqual([
			{ name: 'Koch, Ben', email: 'ben@firma.example' },
			{ name: 'Carla' },
		]);
		expect(parseAssigneeCsv('E-Mail\nanna@firma.example').problems.map(words)).toEqual([
			'Die Datei hat keine Spalte „Name“.',
		]);
		expect(parseAssigneeCsv('Name;E-Mail\n;x@firma.example').problems.map(words)).toEqual([
			'Zeile 2: Name ist leer',
		]);
	});

	it('names the file’s line, counting blank lines and cells that span lines', () => {
		const file =
			'Name;E-Mail\r\nAnna Weber;anna@firma.example\r\n\r\n"Ben\r\nKoch";ben@firma.example\r\n\r\nCarla;carla@\r\n';
		expect(parseAssigneeCsv(file).problems.map(words)).toEqual([
			'Zeile 7: E-Mail-Adresse ist ungültig',
		]);
		expect(parseCsvRows('a;b\n\n"x\ny";z\nc;d').map((row) => row.line)).toEqual([1, 3, 5]);
	});
});
