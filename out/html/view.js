// The interactive actor graph of actorgraph: pan and zoom, search, hover
// details, click an actor or a tie to read the sentences behind it with
// their citations, filter by type, layer and period. Self-contained: it
// loads nothing. Every view on the page is a <div class="agv">.
(function () {
  "use strict";
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function init(root) {
    var data = JSON.parse(root.querySelector("script.agv-data").textContent);
    var svg = root.querySelector(".agv-canvas svg");
    var panel = root.querySelector(".agv-panel");
    var tip = root.querySelector(".agv-tip");
    if (!svg) return;
    var nodes = {}, edges = {}, nodeEl = {}, edgeEl = {};
    data.nodes.forEach(function (n) { nodes[n.id] = n; });
    data.edges.forEach(function (e) { edges[e.index] = e; });
    var sources = {};
    data.sources.forEach(function (s) { sources[s.n] = s; });

    // Pan and zoom on the viewBox.
    var vb = svg.viewBox.baseVal;
    var home = { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    function setBox(x, y, w, h) { svg.setAttribute("viewBox", [x, y, w, h].join(" ")); }
    function toSVG(cx, cy) {
      var r = svg.getBoundingClientRect();
      return { x: vb.x + (cx - r.left) / r.width * vb.width, y: vb.y + (cy - r.top) / r.height * vb.height };
    }
    function zoom(f, cx, cy) {
      var p = toSVG(cx, cy);
      setBox(p.x - (p.x - vb.x) * f, p.y - (p.y - vb.y) * f, vb.width * f, vb.height * f);
    }
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      zoom(ev.deltaY > 0 ? 1.15 : 1 / 1.15, ev.clientX, ev.clientY);
    }, { passive: false });
    var drag = null, moved = false;
    svg.addEventListener("pointerdown", function (ev) {
      drag = { x: ev.clientX, y: ev.clientY, bx: vb.x, by: vb.y };
      moved = false;
    });
    window.addEventListener("pointermove", function (ev) {
      if (!drag) return;
      var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 4) moved = true;
      if (!moved) return;
      var r = svg.getBoundingClientRect();
      setBox(drag.bx - dx / r.width * vb.width, drag.by - dy / r.height * vb.height, vb.width, vb.height);
    });
    window.addEventListener("pointerup", function () { drag = null; });
    root.querySelector(".agv-zoomin").addEventListener("click", function () {
      var r = svg.getBoundingClientRect(); zoom(1 / 1.4, r.left + r.width / 2, r.top + r.height / 2);
    });
    root.querySelector(".agv-zoomout").addEventListener("click", function () {
      var r = svg.getBoundingClientRect(); zoom(1.4, r.left + r.width / 2, r.top + r.height / 2);
    });
    root.querySelector(".agv-reset").addEventListener("click", function () { setBox(home.x, home.y, home.w, home.h); });

    // Citations.
    function cite(n) {
      var s = sources[n];
      var a = el("a", { "class": "agv-cite", href: "#" + (data.anchor || root.id + "-src-") + n }, "[" + n + "]");
      if (s) a.title = [s.title || s.label, s.outlet, s.date].filter(Boolean).join(" · ");
      return a;
    }
    function nodeName(id) { return nodes[id] ? nodes[id].name : "?"; }
    function verb(p) { return p > 0 ? "supports" : p < 0 ? "opposes" : "speaks of"; }

    // The details panel.
    function select(g) {
      root.querySelectorAll(".agv-selected").forEach(function (x) { x.classList.remove("agv-selected"); });
      if (g) g.classList.add("agv-selected");
    }
    function showEdge(e) {
      select(edgeEl[e.index]);
      panel.textContent = "";
      var head = e.kind === "stance"
        ? nodeName(e.from) + " " + verb(e.polarity) + " " + nodeName(e.to)
        : nodeName(e.from) + " — " + nodeName(e.to);
      panel.appendChild(el("h3", {}, head));
      panel.appendChild(el("p", { "class": "agv-meta" }, e.kind === "stance"
        ? e.total + (e.total === 1 ? " statement" : " statements")
        : e.total + (e.total === 1 ? " shared sentence" : " shared sentences")));
      var list = el("ol", { "class": "agv-evidence" });
      e.evidence.forEach(function (x) {
        var li = el("li");
        if (x.speaker) li.appendChild(el("span", { "class": "agv-who" }, x.speaker + " (" + x.cue + "): "));
        li.appendChild(el("q", {}, x.text));
        li.appendChild(document.createTextNode(" "));
        li.appendChild(cite(x.source));
        if (x.date) li.appendChild(el("span", { "class": "agv-date" }, " " + x.date));
        list.appendChild(li);
      });
      panel.appendChild(list);
      if (e.total > e.evidence.length) {
        panel.appendChild(el("p", { "class": "agv-meta" }, (e.total - e.evidence.length) +
          " more kept as references to their documents, without their text."));
      }
      if (!data.anchor) appendSources(e.evidence);
    }
    function appendSources(evs) {
      var seen = {}, ul = el("ul", { "class": "agv-sources" });
      evs.forEach(function (x) {
        if (seen[x.source]) return;
        seen[x.source] = true;
        var s = sources[x.source];
        if (!s) return;
        var li = el("li", { id: root.id + "-src-" + s.n });
        li.appendChild(el("b", {}, "[" + s.n + "] "));
        li.appendChild(document.createTextNode([s.title || s.label, s.outlet, s.date].filter(Boolean).join(" · ") + " · "));
        if (s.url) li.appendChild(el("a", { href: s.url }, s.url));
        else li.appendChild(el("code", {}, s.id));
        ul.appendChild(li);
      });
      if (ul.children.length) { panel.appendChild(el("h4", {}, "Sources")); panel.appendChild(ul); }
    }
    function showNode(n) {
      select(nodeEl[n.id]);
      panel.textContent = "";
      panel.appendChild(el("h3", {}, n.name));
      var facts = [n.type, n.affiliation, "rank " + n.rank, n.mentions + " mentions in " + n.documents + " articles"];
      if (n.community) facts.push("community: " + n.community);
      panel.appendChild(el("p", { "class": "agv-meta" }, facts.filter(Boolean).join(" · ")));
      var ties = data.edges.filter(function (e) { return e.from === n.id || e.to === n.id; });
      ties.sort(function (a, b) { return b.weight - a.weight; });
      var ul = el("ul", { "class": "agv-ties" });
      ties.forEach(function (e) {
        var other = e.from === n.id ? e.to : e.from;
        var label = e.kind === "stance"
          ? nodeName(e.from) + " " + verb(e.polarity) + " " + nodeName(e.to)
          : nodeName(other) + " (" + e.weight + ")";
        var b = el("button", { type: "button" }, label);
        b.addEventListener("click", function () { showEdge(e); });
        var li = el("li"); li.appendChild(b); ul.appendChild(li);
      });
      panel.appendChild(el("h4", {}, "Ties (click to read the evidence)"));
      panel.appendChild(ul);
    }

    // Hover details and clicks.
    function place(ev, text) {
      tip.textContent = text;
      tip.style.display = "block";
      var r = root.getBoundingClientRect();
      tip.style.left = (ev.clientX - r.left + 12) + "px";
      tip.style.top = (ev.clientY - r.top + 12) + "px";
    }
    svg.querySelectorAll("title").forEach(function (t) { t.remove(); });
    svg.querySelectorAll("g.node").forEach(function (g) {
      var n = nodes[+g.id.replace("actor", "")];
      if (!n) return;
      nodeEl[n.id] = g;
      g.addEventListener("mousemove", function (ev) {
        place(ev, n.name + " · " + [n.type, n.affiliation, "rank " + n.rank, n.mentions + " mentions"].filter(Boolean).join(" · "));
      });
      g.addEventListener("mouseleave", function () { tip.style.display = "none"; });
      g.addEventListener("click", function () { if (!moved) showNode(n); });
    });
    svg.querySelectorAll("g.edge").forEach(function (g) {
      var e = edges[+g.id.replace("edge", "")];
      if (!e) return;
      edgeEl[e.index] = g;
      var p = g.querySelector("path");
      if (p) {
        var hit = p.cloneNode(false);
        hit.setAttribute("class", "agv-hit");
        hit.removeAttribute("stroke-dasharray");
        p.parentNode.insertBefore(hit, p);
      }
      g.addEventListener("mousemove", function (ev) {
        place(ev, e.kind === "stance" ? nodeName(e.from) + " " + verb(e.polarity) + " " + nodeName(e.to) + " (" + e.total + ")"
          : nodeName(e.from) + " — " + nodeName(e.to) + " (" + e.total + " sentences)");
      });
      g.addEventListener("mouseleave", function () { tip.style.display = "none"; });
      g.addEventListener("click", function () { if (!moved) showEdge(e); });
    });

    // Search.
    var search = root.querySelector(".agv-search");
    var names = root.querySelector("datalist");
    data.nodes.slice().sort(function (a, b) { return a.name < b.name ? -1 : 1; }).forEach(function (n) {
      names.appendChild(el("option", { value: n.name }));
    });
    function find() {
      var q = search.value.trim().toLowerCase();
      if (!q) return;
      var hit = data.nodes.filter(function (n) { return n.name.toLowerCase() === q; })[0] ||
        data.nodes.filter(function (n) { return n.name.toLowerCase().indexOf(q) >= 0; })[0];
      if (!hit || !nodeEl[hit.id]) { search.classList.add("agv-miss"); return; }
      search.classList.remove("agv-miss");
      showNode(hit);
      var b = nodeEl[hit.id].getBBox(), w = Math.max(home.w / 3, b.width * 6), h = w * home.h / home.w;
      setBox(b.x + b.width / 2 - w / 2, b.y + b.height / 2 - h / 2, w, h);
    }
    search.addEventListener("change", find);
    search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") find(); });

    // Filters: type, layer, period.
    var from = root.querySelector(".agv-from"), to = root.querySelector(".agv-to");
    (data.periods || []).forEach(function (p, i) {
      from.appendChild(el("option", { value: p }, p));
      var o = el("option", { value: p }, p);
      if (i === data.periods.length - 1) o.selected = true;
      to.appendChild(o);
    });
    function apply() {
      var types = {}, layers = {};
      root.querySelectorAll(".agv-type").forEach(function (c) { types[c.value] = c.checked; });
      root.querySelectorAll(".agv-layer").forEach(function (c) { layers[c.value] = c.checked; });
      var lo = from.value, hi = to.value, dated = (data.periods || []).length > 1;
      var shown = {};
      data.nodes.forEach(function (n) {
        var t = types[n.type] === undefined ? types.other : types[n.type];
        shown[n.id] = t !== false;
        if (nodeEl[n.id]) nodeEl[n.id].style.display = shown[n.id] ? "" : "none";
      });
      data.edges.forEach(function (e) {
        var ok = layers[e.kind] !== false && shown[e.from] && shown[e.to];
        if (ok && dated && (lo !== data.periods[0] || hi !== data.periods[data.periods.length - 1])) {
          ok = e.evidence.some(function (x) { return x.date && x.date >= lo && x.date <= hi; });
        }
        if (edgeEl[e.index]) edgeEl[e.index].style.display = ok ? "" : "none";
      });
    }
    root.querySelectorAll(".agv-type, .agv-layer, .agv-from, .agv-to").forEach(function (c) {
      c.addEventListener("change", apply);
    });
    if ((data.periods || []).length < 2) root.querySelector(".agv-period").style.display = "none";
    root.classList.add("agv-ready");
  }
  document.querySelectorAll(".agv").forEach(init);
})();
