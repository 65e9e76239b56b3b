/// The script and styles that make `report.html` interactive, offline: plain JavaScript written for this
/// page, inline, with no library. The page reads fully without it (every table, finding and diagram is
/// static HTML); the script only adds:
///
/// - the controls (hidden until it runs): one switch per relation layer, which hides or shows that type's
///   edges (`g.edge.rel-<key>`) in every diagram; a search box that highlights the actors whose name holds
///   the text (Enter opens the first); a switch that outlines the plan's partners;
/// - a panel for the actor clicked in a diagram (`g.actor`, id `d<i>-a-<key>`) or a table row
///   (`tr[data-actor]`): its sector and level, risk with every factor's evidence, flags, measures and ties;
/// - sorting of every table by a click on its header (numbers as numbers, missing values last).
///
/// It reads its data from `#actormap-data` (``ReportPageData``) and writes user text only with
/// `textContent`, never as markup. It works on every diagram and table of the page by class, so diagrams and
/// sections added to the report need nothing more. The source holds no `//`, `<!--`, `]]>` or address: it
/// sits in a CDATA section so the page stays well-formed XML.
enum ReportScript {
    static let source = #"""
        (function () {
          'use strict';
          var doc = document;
          var dataNode = doc.getElementById('actormap-data');
          if (!dataNode || !doc.querySelectorAll || !doc.documentElement.classList) { return; }
          var data = JSON.parse(dataNode.textContent);
          var actors = {};
          data.actors.forEach(function (a) { actors[a.key] = a; });
          var each = function (list, f) { Array.prototype.forEach.call(list, f); };
          var el = function (tag, text, cls) {
            var e = doc.createElement(tag);
            if (text !== undefined && text !== null) { e.textContent = String(text); }
            if (cls) { e.className = cls; }
            return e;
          };
          var button = function (text, cls, onClick) {
            var b = el('button', text, cls);
            b.type = 'button';
            b.addEventListener('click', onClick);
            return b;
          };
          doc.documentElement.classList.add('am-js');

          /* Each actor's nodes (one per diagram) and table rows. */
          var nodes = {};
          var rows = {};
          var activate = function (target, key) {
            target.setAttribute('tabindex', '0');
            target.addEventListener('click', function () { select(key); });
            target.addEventListener('keydown', function (ev) {
              if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(key); }
            });
          };
          each(doc.querySelectorAll('figure svg g.actor'), function (g) {
            var id = g.getAttribute('id') || '';
            var at = id.indexOf('-a-');
            var key = at >= 0 ? id.slice(at + 3) : '';
            if (!actors[key]) { return; }
            (nodes[key] = nodes[key] || []).push(g);
            var title = g.querySelector('title');
            if (title) { title.textContent = actors[key].name; }
            g.setAttribute('role', 'button');
            g.setAttribute('aria-label', actors[key].name);
            activate(g, key);
          });
          each(doc.querySelectorAll('tr[data-actor]'), function (tr) {
            var key = tr.getAttribute('data-actor');
            if (!actors[key]) { return; }
            (rows[key] = rows[key] || []).push(tr);
            activate(tr, key);
          });
          var mark = function (key, cls, on) {
            (nodes[key] || []).concat(rows[key] || []).forEach(function (e) { e.classList.toggle(cls, on); });
          };

          /* The actor panel. */
          var panel = doc.getElementById('am-panel');
          var selected = null;
          var table = function (head, body) {
            var t = el('table');
            var tr = el('tr');
            head.forEach(function (h) { tr.appendChild(el('th', h)); });
            t.appendChild(el('thead')).appendChild(tr);
            var tb = t.appendChild(el('tbody'));
            body.forEach(function (r) {
              var row = tb.appendChild(el('tr'));
              r.forEach(function (c) { row.appendChild(el('td', c)); });
            });
            return t;
          };
          var section = function (title) {
            var s = panel.appendChild(el('section'));
            s.appendChild(el('h3', title));
            return s;
          };
          var close = function () {
            panel.hidden = true;
            doc.documentElement.classList.remove('am-open');
            if (selected) { mark(selected, 'am-selected', false); }
            selected = null;
          };
          var arrows = { out: ' \u2192 ', 'in': ' \u2190 ', both: ' \u2194 ', none: ' \u2014 ' };
          var show = function (a) {
            while (panel.firstChild) { panel.removeChild(panel.firstChild); }
            panel.appendChild(button('Close', 'am-close', close));
            panel.appendChild(el('h2', a.name));
            var facts = [a.sector, a.level].filter(function (x) { return x; });
            if (a.partner && data.plan) { facts.push('partner in plan \u2018' + data.plan.name + '\u2019'); }
            if (facts.length) { panel.appendChild(el('p', facts.join(' \u00b7 '), 'am-facts')); }
            var s;
            if (a.risk) {
              s = section('Co-optation risk');
              s.appendChild(el('p', 'Risk ' + a.risk.score + ' \u00b7 band ' + a.risk.band + ' \u00b7 confidence ' +
                a.risk.confidence, 'am-band am-band-' + a.risk.band));
              s.appendChild(el('p', a.risk.explanation));
              if (a.risk.flags.length) {
                var flags = s.appendChild(el('ul', null, 'am-flags'));
                a.risk.flags.forEach(function (f) { flags.appendChild(el('li', f)); });
              }
              s.appendChild(el('h4', 'Factors and evidence'));
              s.appendChild(table(['Factor', 'Value', 'Weight', 'Evidence'], a.risk.factors));
            }
            if (a.measures.length) {
              s = section('Measures');
              a.measures.forEach(function (m) {
                s.appendChild(el('h4', m.layer));
                s.appendChild(table(['Measure', 'Value'], m.values));
              });
            }
            s = section('Ties (' + a.ties.length + ')');
            var list = s.appendChild(el('ul', null, 'am-ties'));
            a.ties.forEach(function (t) {
              var li = list.appendChild(el('li'));
              li.appendChild(el('span', t.type + (arrows[t.direction] || ' ')));
              if (actors[t.other]) {
                li.appendChild(button(t.otherName, 'am-link', function () { select(t.other); }));
              } else {
                li.appendChild(el('span', t.otherName));
              }
              li.appendChild(el('span', ' (' + t.weight + (t.source ? ', ' + t.source : '') + ')', 'am-weight'));
            });
            if (!a.ties.length) { list.appendChild(el('li', 'No ties recorded.')); }
            panel.hidden = false;
            panel.scrollTop = 0;
            doc.documentElement.classList.add('am-open');
          };
          var select = function (key) {
            if (selected) { mark(selected, 'am-selected', false); }
            selected = key;
            mark(key, 'am-selected', true);
            show(actors[key]);
          };
          doc.addEventListener('keydown', function (ev) { if (ev.key === 'Escape' && selected) { close(); } });

          /* Diagrams fit the page's width, or show at full size in a frame that scrolls. */
          each(doc.querySelectorAll('figure.diagram'), function (f) {
            if (!f.querySelector('svg')) { return; }
            var zoom = button('Full size', 'am-zoom', function () {
              var on = f.classList.toggle('am-zoomed');
              zoom.textContent = on ? 'Fit to page' : 'Full size';
              zoom.setAttribute('aria-pressed', on ? 'true' : 'false');
            });
            zoom.setAttribute('aria-pressed', 'false');
            f.insertBefore(zoom, f.firstChild);
          });
          var reveal = function (key) {
            var g = (nodes[key] || [])[0];
            if (g && g.scrollIntoView) { g.scrollIntoView({ block: 'center', inline: 'center' }); }
          };

          /* Relation layers on and off. */
          each(doc.querySelectorAll('#am-layers input[data-layer]'), function (box) {
            box.addEventListener('change', function () {
              each(doc.getElementsByClassName('rel-' + box.getAttribute('data-layer')), function (e) {
                e.classList.toggle('am-off', !box.checked);
              });
            });
          });

          /* Search by name. */
          var search = doc.getElementById('am-search');
          var found = doc.getElementById('am-found');
          var matches = [];
          if (search && found) {
            search.addEventListener('input', function () {
              matches.forEach(function (k) { mark(k, 'am-match', false); });
              var q = search.value.trim().toLowerCase();
              matches = !q ? [] : data.actors.filter(function (a) {
                return a.name.toLowerCase().indexOf(q) >= 0;
              }).map(function (a) { return a.key; });
              matches.forEach(function (k) { mark(k, 'am-match', true); });
              while (found.firstChild) { found.removeChild(found.firstChild); }
              if (!q) { return; }
              found.appendChild(el('span', matches.length === 1 ? '1 actor: ' : matches.length + ' actors' +
                (matches.length ? ': ' : '')));
              matches.slice(0, 6).forEach(function (k) {
                found.appendChild(button(actors[k].name, 'am-link', function () { select(k); reveal(k); }));
              });
              if (matches.length > 6) { found.appendChild(el('span', ' \u2026')); }
            });
            search.addEventListener('keydown', function (ev) {
              if (ev.key === 'Enter' && matches.length) { ev.preventDefault(); select(matches[0]); reveal(matches[0]); }
            });
          }

          /* The plan's partners. */
          var partners = doc.getElementById('am-partners');
          if (partners && data.plan) {
            partners.addEventListener('click', function () {
              var on = partners.getAttribute('aria-pressed') !== 'true';
              partners.setAttribute('aria-pressed', on ? 'true' : 'false');
              data.plan.partners.forEach(function (k) { mark(k, 'am-partner', on); });
            });
          }

          /* Sortable tables: a click on a header sorts by that column, again reverses. */
          var numberIn = function (text) {
            var x = parseFloat(text.replace(/[~%,\s]/g, '').replace('\u2212', '-'));
            return isNaN(x) ? null : x;
          };
          each(doc.querySelectorAll('main table'), function (t) {
            if (!t.tHead || !t.tBodies.length) { return; }
            var heads = t.tHead.rows[0].cells;
            each(heads, function (th, col) {
              var label = th.textContent;
              th.textContent = '';
              th.appendChild(button(label, 'am-sort', function () {
                var up = th.getAttribute('aria-sort') !== 'ascending';
                each(heads, function (h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
                var numeric = th.classList.contains('n');
                var body = t.tBodies[0];
                var all = Array.prototype.slice.call(body.rows).map(function (r, i) {
                  var text = r.cells[col] ? r.cells[col].textContent : '';
                  return { row: r, i: i, text: text, x: numeric ? numberIn(text) : null };
                });
                all.sort(function (p, q) {
                  var c;
                  if (numeric) {
                    if (p.x === null || q.x === null) { return (p.x === null) - (q.x === null) || p.i - q.i; }
                    c = p.x - q.x;
                  } else {
                    c = p.text.localeCompare(q.text);
                  }
                  return (up ? c : -c) || p.i - q.i;
                });
                all.forEach(function (o) { body.appendChild(o.row); });
              }));
            });
          });

          var controls = doc.getElementById('am-controls');
          if (controls) { controls.hidden = false; }
        }());

        """#

    /// Styles of what the script adds; printing hides the controls and the panel.
    static let stylesheet = """
        [hidden] { display: none !important; }
        .am-controls { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #ccc;
          padding: 0.4rem 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; align-items: center;
          font-size: 0.9rem; }
        .am-controls fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem; }
        .am-controls legend { float: left; font-weight: bold; margin-right: 0.5rem; padding: 0; }
        .am-controls input[type=search] { font: inherit; padding: 0.1rem 0.3rem; width: 12rem; }
        #am-found { font-size: 0.85rem; }
        button.am-link { font: inherit; border: 0; background: none; color: #0072B2; text-decoration: underline;
          cursor: pointer; padding: 0 0.2rem; }
        #am-partners[aria-pressed=true] { background: #E69F00; color: #000; }
        .am-js g.actor, .am-js tr[data-actor] { cursor: pointer; }
        g.actor:focus:not(:focus-visible), tr[data-actor]:focus:not(:focus-visible) { outline: none; }
        g.actor.am-match > polygon, g.actor.am-match > ellipse, g.actor.am-match > path { stroke: #0072B2;
          stroke-width: 4px; }
        g.actor.am-partner > polygon, g.actor.am-partner > ellipse, g.actor.am-partner > path { stroke: #E69F00;
          stroke-width: 6px; }
        g.actor.am-selected > polygon, g.actor.am-selected > ellipse, g.actor.am-selected > path {
          stroke: #D55E00; stroke-width: 5px; }
        g.am-off { display: none; }
        tr.am-match td { background: #e3f0f8; }
        tr.am-partner td:first-child { box-shadow: inset 5px 0 #E69F00; }
        tr.am-selected td { background: #fbe3d3; }
        th button.am-sort { font: inherit; font-weight: bold; border: 0; background: none; padding: 0;
          cursor: pointer; text-align: inherit; width: 100%; }
        th[aria-sort=ascending] button.am-sort::after { content: " \\25B2"; font-size: 0.7em; }
        th[aria-sort=descending] button.am-sort::after { content: " \\25BC"; font-size: 0.7em; }
        #am-panel { position: fixed; top: 0; right: 0; bottom: 0; width: min(26rem, 100%); overflow-y: auto;
          background: #fff; border-left: 1px solid #bbb; box-shadow: -4px 0 12px rgba(0, 0, 0, 0.15);
          padding: 0.6rem 1rem 1.5rem; z-index: 3; font-size: 0.9rem; box-sizing: border-box; }
        #am-panel h2 { margin-top: 0.3rem; font-size: 1.25rem; }
        #am-panel h3 { font-size: 1rem; margin: 1rem 0 0.3rem; }
        #am-panel h4 { font-size: 0.9rem; margin: 0.6rem 0 0.2rem; }
        #am-panel table { font-size: 0.85rem; }
        #am-panel .am-close { float: right; }
        .am-facts { color: #555; }
        .am-band { font-weight: bold; }
        .am-band-high, .am-band-critical { color: #B23B00; }
        .am-ties { padding-left: 1.1rem; }
        button.am-zoom { float: right; font-size: 0.8rem; }
        figure.am-zoomed { overflow: auto; max-height: 85vh; border: 1px solid #ccc; }
        figure.am-zoomed svg { max-width: none; }
        @media screen and (min-width: 64rem) { html.am-open body { margin-right: 27rem; margin-left: 1rem; } }
        @media print { .am-controls, #am-panel, button.am-zoom { display: none !important; }
          figure.am-zoomed { overflow: visible; max-height: none; border: 0; }
          figure.am-zoomed svg { max-width: 100%; } }

        """
}
