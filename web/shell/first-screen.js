// first-screen.js — runs in <head>, before the page is painted: picks the
// language of the static first screen (scripts/first_screen.py) the way the app
// picks it before its settings are read (web/app/document.cpp, first_bundled):
// the first of navigator.languages whose primary subtag is a bundled language,
// else Swedish. shell.js removes the screen when the app has drawn its first frame.
'use strict';

(function () {
  var bundled = ['sv', 'en'];
  var list = (navigator.languages && navigator.languages.length) ? navigator.languages : [navigator.language || ''];
  var lang = 'sv';
  for (var i = 0; i < list.length; i++) {
    var primary = String(list[i]).split(/[-_.]/)[0].toLowerCase();
    if (bundled.indexOf(primary) >= 0) { lang = primary; break; }
  }
  document.documentElement.lang = lang;
  document.documentElement.setAttribute('data-first-screen', lang);
})();
