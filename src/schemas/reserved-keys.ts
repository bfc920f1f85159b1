/**
 * Keys that must never name a record: the members every plain object inherits (`constructor`,
 * `toString`, `__proto__`, …) and `prototype`. As a key they would be mistaken for a record that
 * exists (`"toString" in {}` is true) or reach the prototype. Ids and imported keys are checked
 * against this wherever they come from outside.
 */
export function isReservedKey(key: string): boolean {
	return key === 'prototype' || key in Object.prototype;
}
