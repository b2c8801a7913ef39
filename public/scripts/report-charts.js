// Draws the joint report's charts (ADR 013). The report page is not hydrated: its figures and tables are
// all in the HTML. Only after the page has loaded does this fetch chart.js (served from the installed
// package at /vendor/chart.umd.min.js) and draw every canvas[data-chart-config] with the configuration
// the server wrote (app/components/charts/chart-config.ts). Without this script the tables still say it all.
(function () {
  "use strict";
  var canvases = document.querySelectorAll("canvas[data-chart-config]");
  if (!canvases.length) return;

  /** Diagonal white stripes over the series colour: the second bar series reads apart in greyscale too. */
  function stripes(colour) {
    var tile = document.createElement("canvas");
    tile.width = tile.height = 8;
    var ctx = tile.getContext("2d");
    if (!ctx) return colour;
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, 8, 8);
    ctx.strokeStyle = "rgba(255,255,255,0.85)";
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(6, 10);
    ctx.lineTo(10, 6);
    ctx.stroke();
    return ctx.createPattern(tile, "repeat") || colour;
  }

  function drawAll() {
    var Chart = window.Chart;
    if (!Chart) return;
    for (var i = 0; i < canvases.length; i++) {
      var canvas = canvases[i];
      try {
        var config = JSON.parse(canvas.getAttribute("data-chart-config"));
        config.data.datasets.forEach(function (set) {
          if (set.stripes) set.backgroundColor = stripes(set.backgroundColor);
        });
        new Chart(canvas, config);
        canvas.setAttribute("data-drawn", "");
      } catch (e) {
        // One chart that cannot be drawn leaves its table; the others still draw.
      }
    }
  }

  function load() {
    var script = document.createElement("script");
    script.src = "/vendor/chart.umd.min.js";
    script.onload = drawAll;
    document.head.appendChild(script);
  }

  // After the load event: chart.js must never stand between a slow phone and the report's words.
  if (document.readyState === "complete") load();
  else window.addEventListener("load", load);
})();
