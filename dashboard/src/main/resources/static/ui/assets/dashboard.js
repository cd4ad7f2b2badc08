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
  // tables (and the charts drawn from them) always come from the server's rendering. After the page's own command,
  // the regions marked data-relayout (a council's forms, laid out for its next step) are swapped in too; a live
  // update leaves them alone, so that nothing typed is lost.
  function refresh(relayout) {
    return fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var ids = ['live-region'];
        if (relayout) {
          document.querySelectorAll('[data-relayout][id]').forEach(function (node) { ids.push(node.id); });
        }
        ids.forEach(function (id) {
          var fresh = page.getElementById(id);
          var region = document.getElementById(id);
          if (fresh && region) {
            region.innerHTML = fresh.innerHTML;
            enhance(region);
          }
        });
        drawCharts(document.getElementById('live-region') || document);
        var time = new Date().toLocaleTimeString('fr-FR');
        announce('Données mises à jour à ' + time + '.');
        document.body.dataset.refreshedAt = time;
      })
      .catch(function () { announce('La mise à jour automatique a échoué ; rechargez la page.'); });
  }

  // The position the views have handled, as the live stream last told it, and what waits for a position.
  var viewsAt = -1;
  var waiting = [];

  function viewsReached(position) {
    viewsAt = Math.max(viewsAt, position);
    waiting = waiting.filter(function (wait) {
      if (wait.position <= viewsAt) {
        wait.resolve();
        return false;
      }
      return true;
    });
  }

  // Resolves once the views show a command's own event (its answer's position), so that the page read then shows it;
  // without a live stream, or after five seconds, at once.
  function viewsAtLeast(position) {
    if (typeof position !== 'number' || position <= viewsAt || !document.querySelector('main[data-live]')
        || !window.EventSource) {
      return Promise.resolve();
    }
    return new Promise(function (resolve) {
      waiting.push({ position: position, resolve: resolve });
      window.setTimeout(resolve, 5000);
    });
  }

  function listen(main) {
    var shown = Number(main.dataset.position);
    viewsReached(shown);
    if (!window.EventSource || !main.dataset.live) {
      return;
    }
    var source = new EventSource(main.dataset.live);
    source.addEventListener('views', function (event) {
      var position = Number(event.data);
      viewsReached(position);
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

  // ---- Dates: typed the French way (jj/mm/aaaa), sent as the API takes them (ISO 8601) ----

  var FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
  var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

  // The browser's own date input shows its locale's format (mm/dd/yyyy on an English system) and its own English
  // messages: a text input with a French placeholder replaces it. The ISO value it may carry is shown the French way.
  function frenchDateInput(input) {
    var iso = ISO_DATE.exec(input.value);
    input.type = 'text';
    input.dataset.date = '';
    input.setAttribute('inputmode', 'numeric');
    input.setAttribute('placeholder', 'jj/mm/aaaa');
    input.setAttribute('pattern', '\\d{1,2}/\\d{1,2}/\\d{4}');
    input.setAttribute('autocomplete', 'off');
    if (iso) {
      input.value = iso[3] + '/' + iso[2] + '/' + iso[1];
    }
  }

  // jj/mm/aaaa to aaaa-mm-jj; an ISO date pasted as it is passes; anything else is null. The day's validity (a 30th
  // of February) is the service's to judge, which names the field at fault.
  function isoDate(text) {
    if (ISO_DATE.test(text)) {
      return text;
    }
    var french = FRENCH_DATE.exec(text);
    if (!french) {
      return null;
    }
    return french[3] + '-' + ('0' + french[2]).slice(-2) + '-' + ('0' + french[1]).slice(-2);
  }

  // ---- Errors at the field at fault: aria-invalid, and a French message under it that aria-describedby names ----

  function unmarkField(field) {
    var message = document.getElementById(field.id + '-error');
    if (message) {
      message.remove();
    }
    field.removeAttribute('aria-invalid');
    var described = (field.getAttribute('aria-describedby') || '').split(' ')
      .filter(function (id) { return id && id !== field.id + '-error'; });
    if (described.length) {
      field.setAttribute('aria-describedby', described.join(' '));
    } else {
      field.removeAttribute('aria-describedby');
    }
  }

  // Each new action starts clean: no field left marked, no message of an earlier action left on the page.
  function clearErrors() {
    document.querySelectorAll('[aria-invalid="true"]').forEach(unmarkField);
    document.querySelectorAll('.form-result').forEach(function (node) {
      node.className = 'form-result';
      node.setAttribute('role', 'status');
      node.textContent = '';
      delete node.dataset.form;
    });
  }

  function markField(field, text) {
    if (field.getAttribute('aria-invalid') === 'true') {
      return;
    }
    var message = document.createElement('p');
    message.className = 'field-error';
    message.id = field.id + '-error';
    message.textContent = text;
    (field.closest('.field') || field.parentNode).appendChild(message);
    field.setAttribute('aria-invalid', 'true');
    var described = field.getAttribute('aria-describedby');
    field.setAttribute('aria-describedby', (described ? described + ' ' : '') + message.id);
  }

  function fieldText(field, rules) {
    if (field.value.trim() === '') {
      return rules['field-required'] || 'Ce champ est obligatoire.';
    }
    if (field.hasAttribute('data-date') && isoDate(field.value.trim()) === null) {
      return rules['field-date-invalid'] || 'Saisissez une date au format jj/mm/aaaa.';
    }
    if (field.type === 'number' && field.min && field.max) {
      var n = Number(field.value);
      if (isNaN(n) || n < Number(field.min) || n > Number(field.max)) {
        return (rules['field-number-invalid'] || 'Saisissez un nombre entre {min} et {max}.')
          .replace('{min}', field.min).replace('{max}', field.max);
      }
    }
    return null;
  }

  // What the form can tell before sending: a required field left empty, a date or a number of the wrong form.
  function localErrors(form, rules) {
    var found = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.disabled || field.type === 'file' && !field.required) {
        return;
      }
      if (field.type === 'file') {
        if (!field.files.length) {
          found.push({ field: field, text: rules['field-required'] || 'Ce champ est obligatoire.' });
        }
        return;
      }
      var empty = field.value.trim() === '';
      var text = empty && !field.required ? null : fieldText(field, rules);
      if (text) {
        found.push({ field: field, text: text });
      }
    });
    return found;
  }

  // The fields a refusal names: each error of a 400 ("signatories[0].name" is the form's "name"), or the field whose
  // data-rules lists the rule (or the prefix of its family: "actes-id" for "actes-id-siren-mismatch").
  function faultyFields(problem, form, rules) {
    var found = [];
    if (!problem) {
      return found;
    }
    if (Array.isArray(problem.errors)) {
      problem.errors.forEach(function (e) {
        var field = form.querySelector('[name="' + String(e.field).replace(/^.*\./, '') + '"]');
        if (field) {
          // A date of the right form the service refuses does not exist (a 31st of February).
          var refused = field.hasAttribute('data-date') ? rules['field-date-unknown'] : rules['field-invalid'];
          found.push({ field: field, text: fieldText(field, rules) || refused || 'Valeur refusée.' });
        }
      });
    }
    var rule = problem.rule || '';
    form.querySelectorAll('[data-rules]').forEach(function (field) {
      var matches = field.dataset.rules.split(' ').some(function (prefix) {
        return rule === prefix || rule.indexOf(prefix + '-') === 0;
      });
      if (matches && rules[rule]) {
        found.push({ field: field, text: rules[rule] });
      }
    });
    return found;
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

  function showRefusal(form, text, faults) {
    var result = form.querySelector('.form-result');
    result.className = 'form-result error';
    result.setAttribute('role', 'alert');
    result.textContent = text;
    faults.forEach(function (fault) { markField(fault.field, fault.text); });
    if (faults.length) {
      faults[0].field.focus();
    }
  }

  // ---- Sending a form's command ----

  function value(field) {
    var text = field.value.trim();
    return field.hasAttribute('data-date') ? isoDate(text) : text;
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
        body.append(field.name, value(field));
      }
    });
    return body;
  }

  function jsonBody(form, url) {
    var body = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.disabled || field.value.trim() === '') {
        return;
      }
      var text = value(field);
      if (field.hasAttribute('data-path')) {
        url.path = url.path.replace('{' + field.name + '}', encodeURIComponent(text));
        return;
      }
      var typed = field.type === 'number' ? Number(text) : text;
      // Fields of one listed item (a signatory) go into a one-element list: {"signatories": [{...}]}.
      var list = field.dataset.item;
      if (list) {
        body[list] = body[list] || [{}];
        body[list][0][field.name] = typed;
        return;
      }
      body[field.name] = typed;
    });
    return body;
  }

  // The success of a form whose region is laid out again (a council's next step) is told above that region, as the
  // form itself may move behind the disclosure; data-form names the form once the new layout, read when the views
  // show the command, is in place.
  function showSuccess(form, answer) {
    var region = form.closest('[data-relayout]');
    var status = region && document.getElementById('command-result');
    var result = status || form.querySelector('.form-result');
    var title = form.querySelector('h3');
    result.className = 'form-result ok';
    result.setAttribute('role', 'status');
    result.textContent = status && title ? 'Enregistré : ' + title.textContent.trim() + '.' : 'Enregistré.';
    var settled = status ? viewsAtLeast(answer && answer.position) : Promise.resolve();
    return settled.then(function () { return refresh(Boolean(status)); }).then(function () {
      var next = document.querySelector('[data-next-step]');
      if (status && next) {
        result.textContent += ' ' + next.textContent.trim() + '.';
      }
      result.dataset.form = form.id;
    });
  }

  function submit(form, rules) {
    clearErrors();
    var local = localErrors(form, rules);
    if (local.length) {
      showRefusal(form, rules['form-has-errors'] || 'Le formulaire contient des erreurs.', local);
      return Promise.resolve();
    }
    var multipart = form.hasAttribute('data-multipart');
    var url = { path: form.dataset.command };
    var body = multipart ? multipartBody(form) : JSON.stringify(jsonBody(form, url));
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
    result.textContent = 'Envoi…';
    return fetch(url.path, { method: 'POST', credentials: 'same-origin', headers: headers, body: body })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
          if (response.ok) {
            result.textContent = '';
            if (multipart) {
              // A file sent once is not sent again by a second click.
              form.querySelectorAll('input[type="file"]').forEach(function (input) { input.value = ''; });
            }
            return showSuccess(form, json);
          }
          // A refusal that names its fields is told at each of them; the form only points at them.
          var faults = faultyFields(json, form, rules);
          showRefusal(form, faults.length ? rules['form-has-errors'] || 'Le formulaire contient des erreurs.'
            : describe(json, response.status, rules, form), faults);
        });
      })
      .catch(function () {
        showRefusal(form, 'Le service ne répond pas : réessayez.', []);
      })
      .finally(function () { button.disabled = false; });
  }

  // ---- What the server's HTML gains once the script runs (on load, and in each region swapped in) ----

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

  // A wide table scrolls inside its own box rather than widening the page; the box is focusable and named by the
  // table's caption, so that a keyboard can scroll it and a screen reader can tell what it holds.
  function scrollingTables(root) {
    root.querySelectorAll('table').forEach(function (table) {
      if (table.parentNode.classList.contains('table-scroll')) {
        return;
      }
      var box = document.createElement('div');
      box.className = 'table-scroll';
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', tableName(table));
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
    });
  }

  // A table's name for its scrolling box: its caption, its own label, else the heading just before it; two boxes
  // must not share one name (axe-core's landmark-unique).
  function tableName(table) {
    if (table.caption) {
      return table.caption.textContent.trim();
    }
    if (table.getAttribute('aria-label')) {
      return table.getAttribute('aria-label');
    }
    var previous = table.previousElementSibling;
    while (previous && !/^H[1-6]$/.test(previous.tagName)) {
      previous = previous.previousElementSibling;
    }
    return previous ? previous.textContent.trim() : 'Tableau';
  }

  // The vote's ACTES example follows the date and the number being typed: 042-214201105-20230920-DEL_2023_101-DE.
  function actesExample(form) {
    var hint = form.querySelector('[data-actes-example]');
    var date = form.querySelector('[name="sessionDate"]');
    var number = form.querySelector('[name="deliberationNumber"]');
    if (!hint || !date || !number) {
      return;
    }
    var update = function () {
      var iso = isoDate(date.value.trim());
      hint.textContent = 'ex. ' + hint.dataset.prefix + '-' + (iso ? iso.replace(/-/g, '') : 'AAAAMMJJ') + '-'
        + (number.value.trim() || 'NUMERO') + '-DE';
    };
    date.addEventListener('input', update);
    number.addEventListener('input', update);
  }

  function enhance(root) {
    root.querySelectorAll('form[data-command]').forEach(function (form) {
      // The browser's own checks speak its language ("Please fill out this field."): the script checks in French.
      form.noValidate = true;
      form.querySelectorAll('input[type="date"]').forEach(frenchDateInput);
      actesExample(form);
    });
    root.querySelectorAll('select[data-shows]').forEach(function (select) {
      toggleShown(select);
      select.addEventListener('change', function () { toggleShown(select); });
    });
    scrollingTables(root);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var rules = ruleMessages();
    enhance(document);
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
    // A field's message goes once it is changed: it no longer says what is wrong with the new value.
    document.addEventListener('input', function (event) {
      var field = event.target;
      if (field.getAttribute && field.getAttribute('aria-invalid') === 'true') {
        unmarkField(field);
      }
    });
  });
})();
