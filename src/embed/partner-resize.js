/*
 * An toàn số: fits our embed iframes to their content on a partner's page.
 * Listens only for height messages from the origin this script was loaded from,
 * and only resizes the iframe that sent the message. No cookies, no requests.
 */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'an-toan-so:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.min(Math.ceil(height), 20000) + 'px';
    }
  });
})();
