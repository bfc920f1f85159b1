/**
 * File names of the SCORM packages the build writes to `dist/scorm/` (scripts/scorm/build-packages.mjs)
 * and the HR page links to. No imports, so the Node build script can load this file as it is.
 */
export type ScormVersion = '1.2' | '2004';

export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

export function scormPackageName(pathId: string, version: ScormVersion): string {
	return `beziehungsweise-${pathId}-scorm${version === '1.2' ? '12' : '2004'}.zip`;
}
