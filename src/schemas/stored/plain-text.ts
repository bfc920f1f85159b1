import * as v from 'valibot';

/**
 * Text a person typed that arrives from a URL or a file: bounded, and plain text only. No control
 * characters (a newline only where `multiline`), no bidirectional overrides, which could make a name
 * read differently from what it is, and nothing that looks like HTML.
 */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
export const HTML_PATTERN = /<\s*\/?\s*[a-z!?]/i;

export const plainTextSchema = (max: number, { multiline = false, required = true } = {}) =>
	v.pipe(
		v.string('ist kein Text'),
		v.check((text) => !required || text.trim().length > 0, 'ist leer'),
		v.maxLength(max, `ist zu lang (höchstens ${max} Zeichen)`),
		v.check(
			(text) => !(multiline ? CONTROL : CONTROL_OR_NEWLINE).test(text),
			'enthält Steuerzeichen',
		),
		v.check((text) => !HTML_PATTERN.test(text), 'enthält HTML-Zeichen'),
	);
