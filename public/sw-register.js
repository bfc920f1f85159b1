// Registers the service worker that keeps the course available offline (dist/sw.js, made by
// scripts/build/service-worker.mjs), offers a new version when one is waiting, and marks the header
// while the browser is offline. Nothing reloads by itself: only the learner's click does, so no quiz
// or presentation is cut off. A plain file of the site (minified by the build), so the CSP needs no
// exception. Its texts come from its own data attributes (components/offline/OfflineSupport.astro).
(function () {
	var script = document.currentScript;
	if (!script) return;
	var texts = script.dataset;
	var badge;
	function showOnline() {
		if (navigator.onLine) {
			if (badge) badge.hidden = true;
			return;
		}
		if (!badge) {
			badge = document.createElement('p');
			badge.className = 'offline-badge no-print';
			badge.setAttribute('data-offline-badge', '');
			badge.textContent = texts.offline;
			var header = document.querySelector('.site-header');
			if (header) header.append(badge);
			else return;
		}
		badge.hidden = false;
	}
	addEventListener('online', showOnline);
	addEventListener('offline', showOnline);
	showOnline();
	if (!('serviceWorker' in navigator)) return;
	var asked = false;
	function offer(worker) {
		if (texts.notice !== 'true' || document.querySelector('[data-update-notice]')) return;
		var notice = document.createElement('div');
		notice.className = 'no-print update-notice';
		notice.setAttribute('data-update-notice', '');
		notice.setAttribute('role', 'status');
		var text = document.createElement('span');
		text.textContent = texts.update;
		var button = document.createElement('button');
		button.type = 'button';
		button.className = 'button';
		button.textContent = texts.reload;
		button.addEventListener('click', function () {
			asked = true;
			worker.postMessage({ type: 'SKIP_WAITING' });
		});
		notice.append(text, button);
		var main = document.querySelector('main');
		if (main) main.before(notice);
	}
	navigator.serviceWorker.addEventListener('controllerchange', function () {
		if (asked) location.reload();
	});
	addEventListener('load', function () {
		navigator.serviceWorker
			.register(texts.sw, { scope: texts.scope })
			.then(function (registration) {
				// A first install has no controller yet: that is not an update.
				if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
				registration.addEventListener('updatefound', function () {
					var installing = registration.installing;
					if (!installing) return;
					installing.addEventListener('statechange', function () {
						if (installing.state === 'installed' && navigator.serviceWorker.controller)
							offer(installing);
					});
				});
			})
			.catch(function () {
				/* no service worker (private mode, file://, blocked): the site works online as before */
			});
	});
})();
