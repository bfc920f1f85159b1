// Applies the saved colour scheme before first paint. Key shared with src/lib/theme/theme-preference.ts.
(function () {
	try {
		var theme = localStorage.getItem('bzw:theme');
		if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
	} catch (e) {
		/* storage blocked: follow the system */
	}
})();
