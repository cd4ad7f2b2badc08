// Dashboard pages: charts drawn from the data tables beside them, live refresh on server-sent events, and the
// coordinator's forms, which send commands to the command API with the session and show refusals in French.
(function () {
  'use strict';

  // Colours chosen for contrast on white and to stay distinguishable in grey; the tables carry the same figures.
  var COLOURS = {
    NOT_PRESENTED: '#6b6b6b', PRESENTED: '#0063cb', ADOPTED: '#18753c', REJECTED: '#ce0500',
    EXECUTORY: '#3a3a8c', WITHDRAWN: '#b34000', ANNULLED: '#6e445a', RETRACTED: '#a94645',
    PLANNED: '#6b6b6b', IN_PROGRESS: '#0063cb', DONE: '#18753c', POSTPONED: '#b34000', ABANDONED: '#ce0500'
  };
  var charts = [];

  function number(text) {
    var n = Number(String(text).replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
    return isNaN(n) ? 0 : n;
  }

  function drawCharts(root) {
    if (!window.Chart) {
      return;
    }
    // Chart.js's default grey text is too faint on white; use the page's text colour.
    window.Chart.defaults.color = '#161616';
    charts.forEach(function (chart) { chart.destroy(); });
    charts = [];
    root.querySelectorAll('table[data-chart]').forEach(function (table) {
      var canvas = document.getElementById(table.dataset.chart);
      if (!canvas) {
        return;
      }
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      var labels = rows.map(function (row) { return row.cells[0].textContent.trim(); });
      var datasets;
      if (table.dataset.by === 'row') {
        datasets = [{
          label: table.caption ? table.caption.textContent.trim() : '',
          data: rows.map(function (row) { return number(row.querySelector('[data-value]').textContent); }),
          backgroundColor: rows.map(function (row) { return COLOURS[row.dataset.color] || '#0063cb'; })
        }];
      } else {
        var series = Array.prototype.slice.call(table.tHead.querySelectorAll('th[data-series]'));
        datasets = series.map(function (header, index) {
          return {
            label: header.textContent.trim(),
            backgroundColor: COLOURS[header.dataset.color] || '#0063cb',
            data: rows.map(function (row) { return number(row.querySelectorAll('[data-value]')[index].textContent); })
          };
        });
      }
      var stacked = table.dataset.stacked === 'true';
      var type = table.dataset.chartType || 'bar';
      charts.push(new window.Chart(canvas, {
        type: type,
        data: { labels: labels, datasets: datasets },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { position: 'bottom' } },
          scales: type === 'bar'
            ? { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } } }
            : {}
        }
      }));
    });
  }

  function announce(text) {
    var status = document.getElementById('live-status');
    if (status) {
      status.textContent = text;
    }
  }

  // Reloads the figures of the page in place: the same page is fetched and its live region swapped in, so the
  // tables (and the charts drawn from them) always come from the server's rendering.
  function refresh() {
    return fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('live-region');
        var region = document.getElementById('live-region');
        if (fresh && region) {
          region.innerHTML = fresh.innerHTML;
          drawCharts(region);
          var time = new Date().toLocaleTimeString('fr-FR');
          announce('Données mises à jour à ' + time + '.');
          document.body.dataset.refreshedAt = time;
        }
      })
      .catch(function () { announce('La mise à jour automatique a échoué ; rechargez la page.'); });
  }

  function listen(main) {
    var shown = Number(main.dataset.position);
    if (!window.EventSource || !main.dataset.live) {
      return;
    }
    var source = new EventSource(main.dataset.live);
    source.addEventListener('views', function (event) {
      var position = Number(event.data);
      if (position > shown) {
        shown = position;
        refresh();
      }
    });
  }

  function ruleMessages() {
    var node = document.getElementById('rule-messages');
    try {
      return node ? JSON.parse(node.textContent) : {};
    } catch (e) {
      return {};
    }
  }

  function meta(name) {
    var node = document.querySelector('meta[name="' + name + '"]');
    return node ? node.content : null;
  }

  function describe(problem, status, rules, form) {
    if (status === 401) {
      return rules['authentication-required'] || 'Session expirée : reconnectez-vous.';
    }
    var text = (problem && rules[problem.rule]) || (problem && problem.detail) || ('Erreur ' + status + '.');
    // A malformed file's problem names the element or the line at fault: shown as the service wrote it.
    if (problem && /-malformed$/.test(problem.rule || '') && problem.detail && rules[problem.rule]) {
      text += ' (' + problem.detail + ')';
    }
    if (problem && Array.isArray(problem.errors) && problem.errors.length) {
      text += ' Champs : ' + problem.errors.map(function (e) {
        // A signatory's field reads "signatories[0].name"; the form's own field names it.
        var name = String(e.field).replace(/^.*\./, '');
        var label = form.querySelector('[name="' + name + '"]');
        var labelText = label && label.labels && label.labels[0] ? label.labels[0].textContent.trim() : e.field;
        return labelText;
      }).join(', ') + '.';
    }
    if (problem && Array.isArray(problem.blockingCommunes)) {
      text += ' Communes : ' + problem.blockingCommunes.map(function (c) { return c.name; }).join(', ') + '.';
    }
    if (problem && Array.isArray(problem.blockingParties)) {
      text += ' Parties : ' + problem.blockingParties.map(function (p) { return p.name; }).join(', ') + '.';
    }
    return text;
  }

  // A form with data-multipart sends its files (and its other fields) as multipart/form-data, as the document
  // commands take them; the browser writes the boundary, so no Content-Type is set here.
  function multipartBody(form) {
    var body = new FormData();
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.disabled) {
        return;
      }
      if (field.type === 'file') {
        if (field.files.length) {
          body.append(field.name, field.files[0], field.files[0].name);
        }
        return;
      }
      if (field.value.trim() !== '') {
        body.append(field.name, field.value.trim());
      }
    });
    return body;
  }

  function submit(form, rules) {
    var url = form.dataset.command;
    var multipart = form.hasAttribute('data-multipart');
    var body = {};
    Array.prototype.forEach.call(multipart ? [] : form.elements, function (field) {
      if (!field.name || field.disabled) {
        return;
      }
      var value = field.value.trim();
      if (value === '') {
        return;
      }
      if (field.hasAttribute('data-path')) {
        url = url.replace('{' + field.name + '}', encodeURIComponent(value));
        return;
      }
      var typed = field.type === 'number' ? Number(value) : value;
      // Fields of one listed item (a signatory) go into a one-element list: {"signatories": [{...}]}.
      var list = field.dataset.item;
      if (list) {
        body[list] = body[list] || [{}];
        body[list][0][field.name] = typed;
        return;
      }
      body[field.name] = typed;
    });
    var result = form.querySelector('.form-result');
    var button = form.querySelector('button[type="submit"]');
    var headers = { 'Accept': 'application/json, application/problem+json', 'X-Requested-With': 'ctg-dashboard' };
    if (!multipart) {
      headers['Content-Type'] = 'application/json';
    }
    var csrfHeader = meta('_csrf_header');
    if (csrfHeader) {
      headers[csrfHeader] = meta('_csrf');
    }
    button.disabled = true;
    result.className = 'form-result';
    result.textContent = 'Envoi…';
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers,
      body: multipart ? multipartBody(form) : JSON.stringify(body) })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
          if (response.ok) {
            result.className = 'form-result ok';
            result.setAttribute('role', 'status');
            result.textContent = 'Enregistré.';
            if (multipart) {
              // A file sent once is not sent again by a second click.
              form.querySelectorAll('input[type="file"]').forEach(function (input) { input.value = ''; });
            }
            refresh();
          } else {
            result.className = 'form-result error';
            result.setAttribute('role', 'alert');
            result.textContent = describe(json, response.status, rules, form);
          }
        });
      })
      .catch(function () {
        result.className = 'form-result error';
        result.setAttribute('role', 'alert');
        result.textContent = 'Le service ne répond pas : réessayez.';
      })
      .finally(function () { button.disabled = false; });
  }

  // A select with data-shows shows (and sends) the field it names only for the value of data-shows-when, e.g. the
  // publication's address for an electronic publication; a hidden field is disabled, so it is neither checked nor sent.
  function toggleShown(select) {
    var target = document.getElementById(select.dataset.shows);
    if (!target) {
      return;
    }
    var shown = select.value === select.dataset.showsWhen;
    target.hidden = !shown;
    target.querySelectorAll('input, select, textarea').forEach(function (field) { field.disabled = !shown; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var rules = ruleMessages();
    document.querySelectorAll('select[data-shows]').forEach(function (select) {
      toggleShown(select);
      select.addEventListener('change', function () { toggleShown(select); });
    });
    drawCharts(document);
    var main = document.querySelector('main[data-live]');
    if (main) {
      listen(main);
    }
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (form.matches && form.matches('form[data-command]')) {
        event.preventDefault();
        submit(form, rules);
      }
    });
  });
})();
