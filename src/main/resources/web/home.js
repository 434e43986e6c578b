// The SPARQL editor on the home page: YASGUI on this server's endpoint, starting from a query
// with the ontology's prefixes. Autocompleters that would ask services on the Internet are left
// out: the desk works with no network.
(function () {
  var root = document.getElementById("yasgui");
  if (!root || typeof Yasgui === "undefined") { return; }
  var endpoint = window.location.origin + "/wsis/sparql";
  if (Yasgui.Yasqe && Yasgui.Yasqe.defaults) {
    Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  }
  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false
  });
  var tab = yasgui.getTab();
  var start = document.getElementById("default-query");
  if (tab && start) { tab.setQuery(start.value); }
  window.wsisYasgui = yasgui;
})();
