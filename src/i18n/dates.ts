/** Dates as German readers expect them. A calendar day (YYYY-MM-DD) is read in local time, never shifted by a time zone. */
export const formatDay = (day: string): string =>
	new Date(`${day}T00:00:00`).toLocaleDateString('de-DE', {
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
	});

export const formatDate = (iso: string): string =>
	new Date(iso).toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });
