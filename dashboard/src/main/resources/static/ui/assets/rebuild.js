// The rebuild page: starts a rebuild through the query side's endpoint with the session, then follows its progress,
// once a second while it runs (the endpoint answers at once; there is no event stream for it).
(function () {
  'use strict';

  var root = document.getElementById('rebuild');
  if (!root) {
    return;
  }
  var endpoint = root.dataset.endpoint;
  var numbers = new Intl.NumberFormat('fr-FR');
  var rates = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
  var times = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit'
  });
  var timer = null;

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function headers() {
    var all = { 'Accept': 'application/json, application/problem+json', 'X-Requested-With': 'ctg-dashboard' };
    if (meta('_csrf_header')) {
      all[meta('_csrf_header')] = meta('_csrf');
    }
    return all;
  }

  function text(id, value) {
    document.getElementById(id).textContent = value;
  }

  function when(instant) {
    return instant ? times.format(new Date(instant)).replace(',', '') : '—';
  }

  function show(progress) {
    var none = progress.processors.length === 0;
    document.getElementById('rebuild-none').hidden = !none;
    document.getElementById('rebuild-none').textContent = 'Aucune reconstruction depuis l’installation.';
    var bar = document.getElementById('rebuild-bar');
    bar.max = Math.max(progress.eventsTotal, 1);
    bar.value = none ? 0 : Math.min(progress.eventsDone, progress.eventsTotal);
    bar.textContent = Math.round(100 * bar.value / bar.max) + ' %';
    text('rebuild-state', none ? '—' : progress.running ? 'En cours' : 'Terminée');
    text('rebuild-done', numbers.format(progress.eventsDone) + ' / ' + numbers.format(progress.eventsTotal));
    text('rebuild-rate', rates.format(progress.eventsPerSecond) + ' événements/s');
    text('rebuild-started', when(progress.startedAt));
    text('rebuild-finished', when(progress.finishedAt));
    var body = document.querySelector('#rebuild-table tbody');
    body.replaceChildren();
    progress.processors.forEach(function (p) {
      var row = body.insertRow();
      row.dataset.processor = p.processor;
      row.insertCell().textContent = p.processor;
      row.insertCell().textContent = numbers.format(p.eventsDone) + ' / ' + numbers.format(p.eventsTotal);
      row.insertCell().textContent = rates.format(p.eventsPerSecond);
      row.insertCell().textContent = p.finished ? 'Terminée' : 'En cours';
    });
    root.dataset.running = String(progress.running);
    document.getElementById('rebuild-start').disabled = progress.running;
  }

  function follow() {
    clearTimeout(timer);
    fetch(endpoint, { credentials: 'same-origin', headers: headers() })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (progress) {
        show(progress);
        if (progress.running) {
          timer = setTimeout(follow, 1000);
        }
      })
      .catch(function () {
        text('rebuild-result', 'L’état de la reconstruction n’a pas pu être lu ; nouvel essai dans 5 secondes.');
        timer = setTimeout(follow, 5000);
      });
  }

  document.getElementById('rebuild-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var result = document.getElementById('rebuild-result');
    result.className = 'form-result';
    result.textContent = 'Demande envoyée…';
    fetch(endpoint, { method: 'POST', credentials: 'same-origin', headers: headers() })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (answer) {
        if (answer.ok) {
          result.className = 'form-result ok';
          result.textContent = 'Reconstruction lancée.';
          show(answer.body);
        } else {
          result.className = 'form-result error';
          result.textContent = answer.body.rule === 'rebuild-in-progress'
            ? 'Une reconstruction est déjà en cours.' : 'Refusé : ' + (answer.body.detail || answer.body.rule);
        }
        follow();
      })
      .catch(function () {
        result.className = 'form-result error';
        result.textContent = 'La demande n’a pas abouti.';
      });
  });

  follow();
}());
