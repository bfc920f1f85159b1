/**
 * Reads the data a page embedded for its island in a `<script type="application/json">` inside the
 * placeholder: a data block the browser never executes, so the strict CSP does not concern it.
 * Embedding suits an island whose data is small and needed at once (no second request after the
 * code has loaded); larger or shared data comes from a JSON file instead (see island-data).
 */
export function readEmbeddedData<T>(element: HTMLElement): T | undefined {
	const block = element.querySelector<HTMLScriptElement>(
		':scope > script[type="application/json"]',
	);
	if (!block?.textContent) return undefined;
	try {
		return JSON.parse(block.textContent) as T;
	} catch {
		return undefined;
	}
}

/** Serializes island data for a `<script type="application/json">`: no `<` can close the block early. */
export function embedData(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
