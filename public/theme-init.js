// Runs before first paint. Marks that scripts run (the header's buttons show from the start, so
// nothing shifts when their scripts arrive) and applies the saved colour scheme (key shared with
// src/client/theme-preference.ts).
(function () {
	document.documentElement.classList.add('js');
	try {
		var theme = localStorage.getItem('bzw:theme');
		if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
	} catch (e) {
		/* storage blocked: follow the system */
	}
})();
