// Keeps what a person types in this browser until the server confirms it (docs/security.md 7.4), for the respond
// page's plain forms. No framework, no network: only localStorage, under the key the form names.
// - form[data-draft-key]: its fields are stored on every change, with the form's data-draft-stamp;
//   on load, a stored draft with the same stamp (the server saved nothing since: the send failed) is put back.
// - [data-draft-sent]: the server's confirmation; every draft whose key starts with that prefix is removed.
(function () {
  "use strict";
  var store;
  try {
    store = window.localStorage;
    store.getItem("sikiliza-draft-probe");
  } catch (e) {
    return; // storage off (private mode, settings): the forms still work, without drafts
  }

  // Controls the route adds itself are not part of the answers; the id of a send is (a resend keeps it).
  var SKIP = { intent: true, page: true };

  function fieldsOf(form) {
    var fields = [];
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || SKIP[el.name] || el.disabled || el.type === "submit" || el.type === "button") continue;
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) continue;
      fields.push([el.name, el.value]);
    }
    return fields;
  }

  function putBack(form, fields) {
    var changed = false;
    var has = function (name, value) {
      for (var j = 0; j < fields.length; j++)
        if (fields[j][0] === name && (value === undefined || fields[j][1] === value)) return fields[j];
      return null;
    };
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || SKIP[el.name] || el.type === "submit" || el.type === "button") continue;
      if (el.type === "radio" || el.type === "checkbox") {
        var checked = Boolean(has(el.name, el.value));
        if (el.checked !== checked) changed = true;
        el.checked = checked;
      } else {
        var found = has(el.name);
        if (!found && el.type === "hidden") continue;
        var value = found ? found[1] : "";
        if (el.value !== value && el.type !== "hidden") changed = true;
        el.value = value;
      }
    }
    return changed;
  }

  function read(key) {
    try {
      return JSON.parse(store.getItem(key) || "null");
    } catch (e) {
      return null;
    }
  }

  var sent = document.querySelectorAll("[data-draft-sent]");
  for (var s = 0; s < sent.length; s++) {
    var prefix = sent[s].getAttribute("data-draft-sent");
    for (var k = store.length - 1; k >= 0; k--) {
      var name = store.key(k);
      if (prefix && name && name.indexOf(prefix) === 0) store.removeItem(name);
    }
  }

  var forms = document.querySelectorAll("form[data-draft-key]");
  for (var f = 0; f < forms.length; f++) {
    (function (form) {
      var key = form.getAttribute("data-draft-key");
      var stamp = form.getAttribute("data-draft-stamp");
      var draft = read(key);
      if (draft && draft.stamp === stamp && draft.fields) {
        if (putBack(form, draft.fields)) {
          var notice = document.querySelector("[data-draft-restored]");
          if (notice) notice.hidden = false;
        }
      } else if (draft) {
        store.removeItem(key); // the server has a newer save: that one wins
      }
      var keep = function () {
        try {
          store.setItem(key, JSON.stringify({ stamp: stamp, fields: fieldsOf(form) }));
        } catch (e) {
          // storage full: the send still carries everything
        }
      };
      form.addEventListener("input", keep);
      form.addEventListener("change", keep);
      form.addEventListener("submit", keep);
    })(forms[f]);
  }
})();
