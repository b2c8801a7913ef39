// Sign-out on a shared phone: every draft this browser kept (stories and survey pages, of any account or
// link) is forgotten, so the next person to use the phone finds none of them. No framework, no network.
(function () {
  "use strict";
  var store;
  try {
    store = window.localStorage;
  } catch (e) {
    return;
  }
  for (var i = store.length - 1; i >= 0; i--) {
    var name = store.key(i);
    if (name && (name.indexOf("sikiliza-story-draft:") === 0 || name.indexOf("sikiliza-draft:") === 0)) store.removeItem(name);
  }
})();
