/**
 * Keys that open search: "/" (as on many sites; on a German keyboard that is Shift+7, so Shift is
 * allowed) and Ctrl+K or ⌘K. "/" is left alone while the reader types in a field.
 */
export function isSearchShortcut(
	event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented'>,
): boolean {
	if (event.defaultPrevented || event.altKey) return false;
	if (event.key === '/') return !event.ctrlKey && !event.metaKey;
	return (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
}

export function isTypingTarget(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || target.matches('input, textarea, select'))
	);
}
