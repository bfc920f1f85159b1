// imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition: one organization with one item, one
// SCO resource (the LMS runner page of the path) listing every file of the package.

const escapeXml = (text) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
/** File paths as URI references: each segment percent-encoded. */
const fileHref = (path) => path.split('/').map(encodeURIComponent).join('/');
/** A vCard naming the provider, as LOM wants a contributor (RFC 2426 escaping of , ; \\). */
const vcard = (name) => {
	const value = name.replace(/[\\,;]/g, (c) => `\\${c}`);
	return escapeXml(`BEGIN:VCARD\nVERSION:3.0\nFN:${value}\nORG:${value}\nEND:VCARD`);
};
const files = (list) =>
	list.map((path) => `      <file href="${escapeXml(fileHref(path))}"/>`).join('\n');

/**
 * @typedef {{ id: string; title: string; course: string; provider: string; description: string; launch: string; files: string[]; version: string }} PackageInfo
 * `id` becomes part of XML ids (letters, digits, hyphens); `files` are paths inside the package.
 */

/** @param {PackageInfo} pkg */
export function manifest12(pkg) {
	const title = escapeXml(pkg.title);
	// The LMS lists the organisation: the course and its provider (content/site.yaml), then the path.
	const organisation = escapeXml(`${pkg.course} – ${pkg.provider}`);
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="beziehungsweise-${pkg.id}-scorm12" version="${escapeXml(pkg.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="de">${title}</imsmd:langstring></imsmd:title>
        <imsmd:description><imsmd:langstring xml:lang="de">${escapeXml(pkg.description)}</imsmd:langstring></imsmd:description>
      </imsmd:general>
      <imsmd:lifecycle>
        <imsmd:contribute>
          <imsmd:role>
            <imsmd:source><imsmd:langstring xml:lang="x-none">LOMv1.0</imsmd:langstring></imsmd:source>
            <imsmd:value><imsmd:langstring xml:lang="x-none">Publisher</imsmd:langstring></imsmd:value>
          </imsmd:role>
          <imsmd:centity><imsmd:vcard>${vcard(pkg.provider)}</imsmd:vcard></imsmd:centity>
        </imsmd:contribute>
      </imsmd:lifecycle>
    </imsmd:lom>
  </metadata>
  <organizations default="org-${pkg.id}">
    <organization identifier="org-${pkg.id}">
      <title>${organisation}</title>
      <item identifier="item-${pkg.id}" identifierref="sco-${pkg.id}" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${pkg.id}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(fileHref(pkg.launch))}">
${files(pkg.files)}
    </resource>
  </resources>
</manifest>
`;
}

/** @param {PackageInfo} pkg */
export function manifest2004(pkg) {
	const title = escapeXml(pkg.title);
	// The LMS lists the organisation: the course and its provider (content/site.yaml), then the path.
	const organisation = escapeXml(`${pkg.course} – ${pkg.provider}`);
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="beziehungsweise-${pkg.id}-scorm2004" version="${escapeXml(pkg.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:lom="http://ltsc.ieee.org/xsd/LOM"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd http://ltsc.ieee.org/xsd/LOM lom.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom:lom>
      <lom:general>
        <lom:title><lom:string language="de">${title}</lom:string></lom:title>
        <lom:description><lom:string language="de">${escapeXml(pkg.description)}</lom:string></lom:description>
      </lom:general>
      <lom:lifeCycle>
        <lom:contribute>
          <lom:role><lom:source>LOMv1.0</lom:source><lom:value>publisher</lom:value></lom:role>
          <lom:entity>${vcard(pkg.provider)}</lom:entity>
        </lom:contribute>
      </lom:lifeCycle>
    </lom:lom>
  </metadata>
  <organizations default="org-${pkg.id}">
    <organization identifier="org-${pkg.id}">
      <title>${organisation}</title>
      <item identifier="item-${pkg.id}" identifierref="sco-${pkg.id}">
        <title>${title}</title>
        <imsss:sequencing>
          <!-- The content reports completion and success (its final test): no LMS marks the path
               completed merely because it was opened and left. -->
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${pkg.id}" type="webcontent" adlcp:scormType="sco" href="${escapeXml(fileHref(pkg.launch))}">
${files(pkg.files)}
    </resource>
  </resources>
</manifest>
`;
}
