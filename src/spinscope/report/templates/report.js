// spinscope report: layer toggles and span tooltips. Reads only data-* attributes; writes with textContent.
(function () {
  "use strict";
  var tip = document.getElementById("tooltip");
  function show(el) {
    tip.textContent = el.getAttribute("data-tip") || "";
    var box = el.getBoundingClientRect();
    tip.style.left = Math.max(4, box.left + window.scrollX) + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
    tip.hidden = false;
  }
  function hide() { tip.hidden = true; }
  document.querySelectorAll("mark[data-tip]").forEach(function (el) {
    el.addEventListener("mouseenter", function () { show(el); });
    el.addEventListener("focus", function () { show(el); });
    el.addEventListener("mouseleave", hide);
    el.addEventListener("blur", hide);
  });
  document.querySelectorAll("input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
    });
  });
})();
