import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manifest12, manifest2004 } from '../../../scripts/scorm/manifest.mjs';

/**
 * The SCORM 1.2 manifest against the official XSDs (IMS CP 1.1.2, ADL CP 1.2, IMS MD 1.2.1) and the
 * SCORM 2004 one against ADL's (IMS CP 1.1.4, adlcp/adlseq/adlnav 1.3, IMS SS 1.0), with xmllint. The schemas live beside the project (../shared/scorm-schemas, see its README); CI
 * installs xmllint (libxml2-utils) in .ci/run.
 */
const schemas = join(import.meta.dirname, '../../../../shared/scorm-schemas/scorm12/scorm12.xsd');
const schemas2004 = join(
	import.meta.dirname,
	'../../../../shared/scorm-schemas/scorm2004/scorm2004.xsd',
);
const work = mkdtempSync(join(tmpdir(), 'bzw-manifest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The shared wrapper leaves LOM out; the 2004 manifest carries LOM metadata, so this one adds it. */
const schemas2004WithLom = join(work, 'scorm2004-with-lom.xsd');
writeFileSync(
	schemas2004WithLom,
	`<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:scorm2004-lom" elementFormDefault="qualified">
  <xsd:import namespace="urn:scorm2004-all" schemaLocation="${schemas2004}"/>
  <xsd:import namespace="http://ltsc.ieee.org/xsd/LOM" schemaLocation="${join(schemas2004, '../lom.xsd')}"/>
</xsd:schema>
`,
);

const pkg = {
	id: 'grundlagen',
	title: 'Grundlagen des Beziehungsmanagements & mehr <Entwurf>',
	course: 'Beziehungsmanagement im B2B-Geschäft',
	provider: 'Akademie Nord; Seminare, Coaching & mehr',
	description: 'Beschreibung',
	launch: 'lms/grundlagen/index.html',
	version: '0.1.0',
	files: [
		'index.html',
		'lms/grundlagen/index.html',
		'_astro/ModuleArticle.astro_astro_type_script_index_0_lang.Cun4LVwn.js',
		'pfade/grundlagen/beziehungsqualität/index.html',
		'datei mit leerzeichen.txt',
	],
};

function xmllint(file: string, schema?: string) {
	return spawnSync('xmllint', ['--noout', ...(schema ? ['--schema', schema] : []), file], {
		encoding: 'utf8',
	});
}

describe('imsmanifest.xml', () => {
	it('xmllint is installed (apt-get install -y libxml2-utils)', () => {
		expect(() => execFileSync('xmllint', ['--version'], { stdio: 'pipe' })).not.toThrow();
	});

	it('for SCORM 1.2 validates against the official XSDs', () => {
		const file = join(work, 'imsmanifest-12.xml');
		writeFileSync(file, manifest12(pkg));
		const result = xmllint(file, schemas);
		expect(result.stderr).toContain('validates');
		expect(result.status).toBe(0);
	});

	it('for SCORM 1.2 is refused by the XSDs when broken (the check has teeth)', () => {
		const file = join(work, 'imsmanifest-broken.xml');
		writeFileSync(
			file,
			manifest12(pkg).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'),
		);
		expect(xmllint(file, schemas).status).not.toBe(0);
	});

	it('for SCORM 2004 4th edition is well-formed and declares its version, one SCO and every file', () => {
		const file = join(work, 'imsmanifest-2004.xml');
		const xml = manifest2004(pkg);
		writeFileSync(file, xml);
		expect(xmllint(file).status).toBe(0);
		expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
		expect(xml).toContain('adlcp:scormType="sco" href="lms/grundlagen/index.html"');
		expect(xml).toContain('<file href="pfade/grundlagen/beziehungsqualit%C3%A4t/index.html"/>');
		expect(xml).toContain(
			'<title>Grundlagen des Beziehungsmanagements &amp; mehr &lt;Entwurf&gt;</title>',
		);
	});

	it('for SCORM 2004 validates against the ADL XSDs, and says the content sets completion and success', () => {
		const file = join(work, 'imsmanifest-2004-valid.xml');
		const xml = manifest2004(pkg);
		writeFileSync(file, xml);
		const result = xmllint(file, schemas2004WithLom);
		expect(result.stderr).toContain('validates');
		expect(result.status).toBe(0);
		expect(xml).toContain(
			'<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>',
		);
	});

	it('for SCORM 2004 is refused by the XSDs when broken (the check has teeth)', () => {
		const file = join(work, 'imsmanifest-2004-broken.xml');
		writeFileSync(
			file,
			manifest2004(pkg).replace('completionSetByContent="true"', 'completionSetByContent="ja"'),
		);
		expect(xmllint(file, schemas2004WithLom).status).not.toBe(0);
	});

	it.each([
		['1.2', manifest12(pkg)],
		['2004', manifest2004(pkg)],
	])('for SCORM %s names the course and its provider (content/site.yaml)', (_version, xml) => {
		expect(xml).toContain(
			'<title>Beziehungsmanagement im B2B-Geschäft – Akademie Nord; Seminare, Coaching &amp; mehr</title>',
		);
		expect(xml).toContain('FN:Akademie Nord\\; Seminare\\, Coaching &amp; mehr');
		expect(xml).toMatch(/Publisher|publisher/);
	});
});
