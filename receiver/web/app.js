// crashrecv support page. The token stays in sessionStorage (this tab
// only) and travels as a Bearer header; it is never put in URLs the
// script makes.
(function () {
  "use strict";
  var KEY = "crashrecv-support-token";
  var $ = function (id) { return document.getElementById(id); };
  var url = new URL(location.href);
  var qtok = url.searchParams.get("token");
  if (qtok) {
    sessionStorage.setItem(KEY, qtok);
    url.searchParams.delete("token");
    history.replaceState(null, "", url.pathname + url.search);
  }
  function token() { return sessionStorage.getItem(KEY) || ""; }
  function show(el, on) { el.classList.toggle("hidden", !on); }
  function message(text) { $("message").textContent = text; show($("message"), !!text); }
  function signedIn() {
    var on = !!token();
    show($("login"), !on);
    show($("logout"), on);
    if (on) { loadRecent(); }
  }
  function api(path) {
    return fetch(path, { headers: { "Authorization": "Bearer " + token() } }).then(function (r) {
      if (r.status === 401) {
        sessionStorage.removeItem(KEY);
        signedIn();
        throw new Error("Wrong support token.");
      }
      return r;
    });
  }
  function loadReport(t) {
    message("");
    return api("/support/fragment?ticket=" + encodeURIComponent(t)).then(function (r) {
      return r.text().then(function (body) {
        if (!r.ok) { throw new Error(r.status === 400 ? "Invalid ticket (check for typos)." : body); }
        $("result").innerHTML = body; // server-rendered, escaped by html/template
        history.replaceState(null, "", "/support/?ticket=" + encodeURIComponent(t));
      });
    }).catch(function (e) { $("result").textContent = ""; message(e.message); });
  }
  function loadRecent() {
    api("/api/support/reports?limit=20").then(function (r) { return r.ok ? r.json() : null; }).then(function (d) {
      if (!d) { return; }
      var tb = document.querySelector("#recent-table tbody");
      tb.textContent = "";
      d.reports.forEach(function (rep) {
        var tr = document.createElement("tr");
        var key = rep.ticket || rep.event_id;
        var cells = [new Date(rep.received_at).toLocaleString(), null, (rep.app || "") + " " + (rep.app_version || ""), rep.kind || "", rep.reason || "", Math.round((rep.body_size || 0) / 1024) + " KiB"];
        cells.forEach(function (c, i) {
          var td = document.createElement("td");
          if (i === 1) {
            var a = document.createElement("a");
            a.href = "/support/?ticket=" + encodeURIComponent(key);
            a.textContent = rep.ticket || rep.event_id.slice(0, 12) + "…";
            a.addEventListener("click", function (ev) { ev.preventDefault(); $("ticket").value = key; loadReport(key); });
            td.appendChild(a);
          } else { td.textContent = c; }
          tr.appendChild(td);
        });
        tb.appendChild(tr);
      });
      show($("recent"), d.reports.length > 0);
    }).catch(function () {});
  }
  $("login").addEventListener("submit", function (ev) {
    ev.preventDefault();
    sessionStorage.setItem(KEY, $("token").value.trim());
    $("token").value = "";
    message("");
    signedIn();
  });
  $("logout").addEventListener("click", function () { sessionStorage.removeItem(KEY); location.href = "/support/"; });
  $("search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    if (!token()) { message("Sign in with the support token first."); return; }
    loadReport($("ticket").value.trim());
  });
  // Attachment links: fetch with the header, save as a file.
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a.dl") : null;
    if (!a || !token()) { return; }
    ev.preventDefault();
    api(a.getAttribute("href").split("?")[0]).then(function (r) {
      if (!r.ok) { throw new Error("Download failed: " + r.status); }
      return r.blob();
    }).then(function (blob) {
      var u = URL.createObjectURL(blob);
      var tmp = document.createElement("a");
      tmp.href = u; tmp.download = a.dataset.name || "attachment";
      document.body.appendChild(tmp); tmp.click(); tmp.remove();
      setTimeout(function () { URL.revokeObjectURL(u); }, 10000);
    }).catch(function (e) { message(e.message); });
  });
  signedIn();
  var t = url.searchParams.get("ticket");
  if (t && token() && !$("report")) { loadReport(t); }
})();
