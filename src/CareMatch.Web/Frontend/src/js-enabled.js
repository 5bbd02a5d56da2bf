// Marks the page as scripted before it is painted, so GOV.UK Frontend's JavaScript-only
// styles apply without a flash. An external file (loaded first thing in <body>) rather than
// the usual inline one-liner, so a strict Content-Security-Policy needs no 'unsafe-inline'.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
