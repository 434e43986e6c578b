// The citation network: documents as nodes, "A cites B" as arrows coloured by citing function,
// filtered by function and by the year of the citing text. Data from /network.json.
(function () {
  var palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
                 "#bcbd22", "#7f7f7f", "#393b79", "#ad494a", "#637939", "#8c6d31", "#843c39", "#7b4173"];
  var container = document.getElementById("network");
  var summary = document.getElementById("network-summary");

  fetch("/network.json").then(function (r) { return r.json(); }).then(function (data) {
    var colour = {};
    data.functions.forEach(function (f, i) { colour[f] = palette[i % palette.length]; });
    var elements = [];
    data.nodes.forEach(function (n) { elements.push({ group: "nodes", data: n }); });
    data.edges.forEach(function (e) {
      var d = Object.assign({}, e, { colour: colour[e.function] });
      elements.push({ group: "edges", data: d });
    });
    var cy = cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 7, "color": "#333",
          "width": 10, "height": 10, "background-color": "#9aa7b4", "text-valign": "bottom", "text-margin-y": 2 } },
        { selector: "node[?corpus]", style: { "width": 26, "height": 26, "background-color": "#17324d",
          "font-size": 10, "font-weight": "bold" } },
        { selector: "edge", style: { "width": "mapData(count, 1, 6, 1, 4)", "line-color": "data(colour)",
          "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "arrow-scale": 0.6,
          "curve-style": "bezier", "opacity": 0.7 } },
        { selector: ".hidden", style: { "display": "none" } }
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 6000, idealEdgeLength: 60 }
    });
    cy.on("tap", "node", function (evt) { window.location.href = evt.target.data("href"); });

    var fieldset = document.getElementById("functions");
    data.functions.forEach(function (f) {
      var label = document.createElement("label");
      var box = document.createElement("input");
      box.type = "checkbox"; box.checked = true; box.value = f; box.className = "function-filter";
      var swatch = document.createElement("span");
      swatch.className = "swatch"; swatch.style.background = colour[f];
      label.appendChild(box); label.appendChild(swatch); label.appendChild(document.createTextNode(f));
      fieldset.appendChild(label);
    });
    var from = document.getElementById("year-from"), to = document.getElementById("year-to");
    data.years.forEach(function (y) {
      from.add(new Option(y, y)); to.add(new Option(y, y));
    });
    if (data.years.length) { to.value = data.years[data.years.length - 1]; }

    function apply() {
      var functions = {};
      document.querySelectorAll("input.function-filter").forEach(function (b) { functions[b.value] = b.checked; });
      var lo = Number(from.value || 0), hi = Number(to.value || 9999);
      cy.batch(function () {
        cy.edges().forEach(function (e) {
          var y = e.data("year");
          var show = functions[e.data("function")] && (y === undefined || (y >= lo && y <= hi));
          e.toggleClass("hidden", !show);
        });
        cy.nodes().forEach(function (n) {
          var visible = n.connectedEdges().some(function (e) { return !e.hasClass("hidden"); });
          n.toggleClass("hidden", !visible);
        });
      });
      var nodes = cy.nodes().filter(function (n) { return !n.hasClass("hidden"); }).length;
      var edges = cy.edges().filter(function (e) { return !e.hasClass("hidden"); }).length;
      summary.textContent = nodes + " documents, " + edges + " citation links shown.";
    }
    document.getElementById("network-filters").addEventListener("change", apply);
    apply();
    window.wsisNetwork = cy;
    container.setAttribute("data-ready", "true");
  }).catch(function (err) {
    summary.textContent = "The network could not be loaded: " + err;
  });
})();
