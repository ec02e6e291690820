// first-screen.js — runs in <head>, before the page is painted: picks the
// language of the static first screen (scripts/first_screen.py) the way the app
// picks it before its settings are read (web/app/document.cpp, first_bundled):
// the first of navigator.languages whose primary subtag is a bundled language,
// else Swedish. shell.js removes the screen when the app has drawn its first frame.
// It also fills in the date fields, which the HTML cannot know.
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
  // The date field holds today's date, local time, as the app's form does (platform::today()).
  document.addEventListener('DOMContentLoaded', function () {
    var d = new Date();
    var today = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
    var fields = document.querySelectorAll('#first-screen input[data-today]');
    for (var k = 0; k < fields.length; k++) fields[k].value = today;
  });
})();
