// spinscope report: layer toggles, one finding per hover, keyboard navigation, overview links and export.
// Reads only data-* attributes and JSON data blocks; writes with textContent, never innerHTML.
(function () {
  "use strict";
  var root = document.getElementById("report");
  if (!root) { return; }
  var tip = document.getElementById("tooltip");
  var data = JSON.parse(document.getElementById("finding-data").textContent || "{}");
  var pieces = {};  // finding id -> its marks, in document order
  var marks = Array.prototype.slice.call(root.querySelectorAll("mark[data-f]"));
  marks.forEach(function (el) {
    el.getAttribute("data-f").split(" ").forEach(function (id) { (pieces[id] = pieces[id] || []).push(el); });
  });
  var anchors = Array.prototype.slice.call(root.querySelectorAll("span.anchor[id]"));
  var current = null;  // {id, el}
  var position = -1;   // index into the visible order, for j/k

  function shown(id) {
    var f = data[id];
    return !!f && !root.classList.contains("hide-" + f.layer);
  }
  function visibleHere(el) { return el.getAttribute("data-f").split(" ").filter(shown); }
  function clear() {
    root.querySelectorAll("mark.on").forEach(function (m) { m.classList.remove("on"); });
  }
  function show(el, id) {
    var here = visibleHere(el);
    if (!id || here.indexOf(id) < 0) { id = here[0]; }
    if (!id) { hide(); return; }
    clear();
    (pieces[id] || []).forEach(function (m) { m.classList.add("on"); });
    var text = data[id].tip;
    if (here.length > 1) {
      text += "\n\n" + (here.indexOf(id) + 1) + " of " + here.length + " findings here: click for the next";
    }
    tip.textContent = text;
    tip.hidden = false;
    el.setAttribute("aria-describedby", "tooltip");
    var box = el.getBoundingClientRect();
    var left = Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left) + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
    current = {id: id, el: el};
  }
  function hide() {
    if (current) { current.el.removeAttribute("aria-describedby"); }
    clear();
    tip.hidden = true;
    current = null;
  }

  marks.forEach(function (el) {
    el.addEventListener("mouseenter", function () { show(el); });
    el.addEventListener("mouseleave", hide);
    el.addEventListener("focus", function () { if (!current || current.el !== el) { show(el); } });
    el.addEventListener("blur", hide);
    function cycle() {
      var here = visibleHere(el);
      if (!here.length) { return; }
      var at = current && current.el === el ? here.indexOf(current.id) : -1;
      show(el, here[(at + 1) % here.length]);
    }
    el.addEventListener("click", cycle);
    el.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { cycle(); event.preventDefault(); }
    });
  });

  function order() {
    return anchors.map(function (a) { return a.id.slice(1); }).filter(shown);
  }
  function select(id) {
    var first = (pieces[id] || [])[0];
    if (!first) { return; }
    first.scrollIntoView({block: "center"});
    current = {id: id, el: first};
    first.focus({preventScroll: true});
    show(first, id);
    position = order().indexOf(id);
  }
  function step(delta) {
    var ids = order();
    if (!ids.length) { return; }
    var at = current ? ids.indexOf(current.id) : position;
    at = at < 0 ? (delta > 0 ? -1 : 0) : at;
    select(ids[(at + delta + ids.length) % ids.length]);
  }
  function syncFocus() {
    root.querySelectorAll("mark[data-s]").forEach(function (el) {
      el.tabIndex = el.getAttribute("data-s").split(" ").some(shown) ? 0 : -1;
    });
  }
  function setLayer(layer, on) {
    root.classList.toggle("hide-" + layer, !on);
    var box = root.querySelector("input[data-layer='" + layer + "']");
    if (box) { box.checked = on; }
    syncFocus();
  }
  root.querySelectorAll("input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () { setLayer(box.getAttribute("data-layer"), box.checked); hide(); });
  });
  root.querySelectorAll("a[data-goto]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var id = link.getAttribute("data-goto");
      if (!data[id]) { return; }
      event.preventDefault();
      setLayer(data[id].layer, true);
      select(id);
    });
  });
  document.addEventListener("keydown", function (event) {
    var t = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var typing = t && (t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName) ||
      (t.tagName === "INPUT" && !/^(checkbox|radio|button|submit|reset)$/.test(t.type)));
    if (typing) { return; }  // keys typed into a field (the corpus search) are the user's text
    if (event.key === "j" || event.key === "n") { step(1); event.preventDefault(); }
    else if (event.key === "k" || event.key === "p") { step(-1); event.preventDefault(); }
    else if (event.key === "Escape") { hide(); }
  });
  syncFocus();

  // Export: the embedded result as JSON, the findings as CSV (cells that a spreadsheet would run as a formula
  // are prefixed with ').
  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], {type: type}));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  function cell(value) {
    var s = value === null || value === undefined ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; }
    return /[",\r\n]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s;
  }
  var result = document.getElementById("result-data");
  var base = "spinscope-" + (JSON.parse(result.textContent).article.id || "article").slice(0, 12);
  var json = document.getElementById("export-json");
  if (json) {
    json.addEventListener("click", function () {
      download(base + ".json", "application/json", JSON.stringify(JSON.parse(result.textContent), null, 2) + "\n");
    });
  }
  var csv = document.getElementById("export-csv");
  if (csv) {
    csv.addEventListener("click", function () {
      var rows = JSON.parse(document.getElementById("export-rows").textContent || "[]");
      var cols = ["layer", "label", "category", "where", "start", "end", "text", "score", "evidence", "detail"];
      var lines = [cols.join(",")].concat(rows.map(function (r) { return cols.map(function (c) { return cell(r[c]); }).join(","); }));
      download(base + "-findings.csv", "text/csv", lines.join("\r\n") + "\r\n");
    });
  }
})();
