// Keeps a story in this browser until the server confirms it (docs/security.md 7.4): a dropped connection on a
// slow phone must not cost a teller what they wrote. No framework and no network: only localStorage,
// one draft per page address and owner. The page works the same without this script.
// - form[data-story-draft="fresh"]: a stored draft is put back (with its sending id, so a resend of a
//   story that did arrive is recognised as the same story, not told twice), then kept on every change.
// - form[data-story-draft="echo"]: the server sent back what was typed; that wins, and is kept from now on.
// - [data-story-confirmed]: the server's confirmation; only now is the draft removed.
(function () {
  "use strict";
  var store;
  try {
    store = window.localStorage;
    store.getItem("sikiliza-story-probe");
  } catch (e) {
    return;
  }
  // A draft belongs to this page and to whoever the form names (a person, by a keyed hash, or the link):
  // on a shared phone the next account never finds the first one's words. Sign-out forgets them all.
  var prefix = "sikiliza-story-draft:" + window.location.pathname + ":";

  if (document.querySelector("[data-story-confirmed]")) {
    for (var k = store.length - 1; k >= 0; k--) {
      var name = store.key(k);
      if (name && name.indexOf(prefix) === 0) store.removeItem(name);
    }
    return;
  }
  var form = document.querySelector("form[data-story-draft]");
  if (!form) return;
  var key = prefix + (form.getAttribute("data-draft-owner") || "nobody");

  function fieldsOf() {
    var fields = [];
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || el.disabled || el.type === "submit" || el.type === "button") continue;
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) continue;
      fields.push([el.name, el.value]);
    }
    return fields;
  }

  function putBack(fields) {
    var has = function (name, value) {
      for (var j = 0; j < fields.length; j++) if (fields[j][0] === name && (value === undefined || fields[j][1] === value)) return true;
      return false;
    };
    var first = function (name) {
      for (var j = 0; j < fields.length; j++) if (fields[j][0] === name) return fields[j][1];
      return "";
    };
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || el.type === "submit" || el.type === "button") continue;
      if (el.type === "radio" || el.type === "checkbox") el.checked = has(el.name, el.value);
      else if (has(el.name)) el.value = first(el.name);
    }
  }

  function save() {
    try {
      store.setItem(key, JSON.stringify({ fields: fieldsOf() }));
    } catch (e) {
      // storage full: the form still sends
    }
  }

  if (form.getAttribute("data-story-draft") === "fresh") {
    var stored = null;
    try {
      stored = JSON.parse(store.getItem(key) || "null");
    } catch (e) {
      stored = null;
    }
    if (stored && stored.fields && stored.fields.length) {
      putBack(stored.fields);
      var note = document.querySelector("[data-draft-restored]");
      if (note) note.hidden = false;
    }
  } else {
    save();
  }
  form.addEventListener("input", save);
  form.addEventListener("change", save);
  form.addEventListener("submit", save);
})();
