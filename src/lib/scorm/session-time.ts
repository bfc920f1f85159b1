/** Session time as each SCORM version writes it; computed in whole hundredths, so no float drift. */

const parts = (milliseconds: number) => {
	const centis = Math.max(0, Math.round(milliseconds / 10));
	return {
		hours: Math.floor(centis / 360_000),
		minutes: Math.floor((centis % 360_000) / 6000),
		centis: centis % 6000,
	};
};
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS, hours of two to four digits. */
export function timespan12(milliseconds: number): string {
	const { hours, minutes, centis } = parts(milliseconds);
	if (hours > 9999) return '9999:59:59.99';
	return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(Math.floor(centis / 100), 2)}.${pad(centis % 100, 2)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration): PT1H2M3.45S. */
export function duration2004(milliseconds: number): string {
	const { hours, minutes, centis } = parts(milliseconds);
	const seconds = centis % 100 === 0 ? String(centis / 100) : (centis / 100).toFixed(2);
	return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${centis || (!hours && !minutes) ? `${seconds}S` : ''}`;
}
