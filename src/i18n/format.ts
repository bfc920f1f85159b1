/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(
	template: string,
	values: Record<string, string | number | boolean> = {},
): string {
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
		name in values ? String(values[name]) : placeholder,
	);
}

const megabytes = new Intl.NumberFormat('de-DE', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1,
});

/** A size in megabytes as German readers write it: "5,0" (one decimal, a comma). */
export const formatMegabytes = (bytes: number): string => megabytes.format(bytes / 1024 / 1024);
