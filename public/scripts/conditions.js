// Shows and hides, live, the questions (and the choices) an answer on the same page shows
// (docs/decisions/019-same-page-conditions.md).
// No framework, no network. Without this script every such question stays on the page with its condition in
// words, and the server asks for it only when the condition holds; this script only spares the reading.
// - [data-condition]: a JSON tree (surveys/conditions.ts); [data-condition-kind] "visible" hides, "enable" disables.
//   It sits on a question, a panel, a choice's <li> or a drop-down's <option>.
(function () {
  "use strict";
  var form = document.querySelector("form.respond-form");
  if (!form || !window.JSON) return;
  var owners = form.querySelectorAll("[data-condition]");
  if (owners.length === 0) return;

  function read(text) {
    if (text === "true") return true;
    if (text === "false") return false;
    return text !== "" && !isNaN(Number(text)) ? Number(text) : text;
  }

  // The answer a field holds as the server would type it: checkboxes give a list, an empty field nothing.
  function valueOf(name) {
    var fields = form.elements.namedItem(name);
    if (!fields) return null;
    var list = fields.length !== undefined && !fields.options ? fields : [fields];
    var values = [];
    var many = false;
    for (var i = 0; i < list.length; i++) {
      var el = list[i];
      if (el.type === "checkbox") many = true;
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) continue;
      if (el.value !== "") values.push(read(el.value));
    }
    if (many) return values.length ? values : null;
    return values.length ? values[0] : null;
  }

  function term(t) {
    return t[0] === "field" ? valueOf(t[1]) : t[1];
  }
  function empty(v) {
    return v === null || v === undefined || v === "" || (v instanceof Array && v.length === 0);
  }
  function equal(a, b) {
    if (a instanceof Array && b instanceof Array)
      return (
        a.length === b.length &&
        a.every(function (x) {
          return b.some(function (y) {
            return equal(x, y);
          });
        })
      );
    if (empty(a) || empty(b)) return empty(a) && empty(b);
    return String(a).toLowerCase() === String(b).toLowerCase();
  }
  function has(list, v) {
    var items = list instanceof Array ? list : empty(list) ? [] : [list];
    return items.some(function (x) {
      return equal(x, v);
    });
  }
  function all(list) {
    return list instanceof Array ? list : empty(list) ? [] : [list];
  }

  var OPS = {
    and: function (a, b) {
      return test(a) && test(b);
    },
    or: function (a, b) {
      return test(a) || test(b);
    },
    not: function (a) {
      return !test(a);
    },
    empty: function (a) {
      return empty(term(a));
    },
    notempty: function (a) {
      return !empty(term(a));
    },
    equal: function (a, b) {
      return equal(term(a), term(b));
    },
    notequal: function (a, b) {
      return !equal(term(a), term(b));
    },
    greater: function (a, b) {
      return !empty(term(a)) && term(a) > term(b);
    },
    less: function (a, b) {
      return !empty(term(a)) && term(a) < term(b);
    },
    greaterorequal: function (a, b) {
      return !empty(term(a)) && term(a) >= term(b);
    },
    lessorequal: function (a, b) {
      return !empty(term(a)) && term(a) <= term(b);
    },
    contains: function (a, b) {
      var l = term(a);
      return typeof l === "string" ? l.indexOf(String(term(b))) >= 0 : has(l, term(b));
    },
    notcontains: function (a, b) {
      return !OPS.contains(a, b);
    },
    anyof: function (a, b) {
      var l = all(term(a));
      return all(term(b)).some(function (v) {
        return has(l, v);
      });
    },
    allof: function (a, b) {
      var l = all(term(a));
      return all(term(b)).every(function (v) {
        return has(l, v);
      });
    },
    noneof: function (a, b) {
      return !OPS.anyof(a, b);
    },
  };

  function test(tree) {
    var op = OPS[tree[0]];
    return op ? op(tree[1], tree[2]) : true;
  }

  function update() {
    for (var i = 0; i < owners.length; i++) {
      var owner = owners[i];
      var holds;
      try {
        holds = test(JSON.parse(owner.getAttribute("data-condition")));
      } catch (e) {
        holds = true; // a condition this script cannot read leaves the question shown
      }
      if (owner.tagName === "OPTION") {
        // A choice of a drop-down: hidden and disabled, so a choice its condition hides is never sent.
        owner.hidden = !holds;
        owner.disabled = !holds;
        if (!holds && owner.selected) owner.selected = false;
        continue;
      }
      var inputs = owner.querySelectorAll("input, select, textarea");
      if (owner.getAttribute("data-condition-kind") === "enable") {
        for (var j = 0; j < inputs.length; j++) inputs[j].disabled = !holds;
      } else {
        owner.hidden = !holds;
        // A hidden question posts nothing, as SurveyJS clears what its condition hides.
        for (var k = 0; k < inputs.length; k++) inputs[k].disabled = !holds;
      }
    }
  }

  form.addEventListener("change", update);
  form.addEventListener("input", update);
  update();
})();
