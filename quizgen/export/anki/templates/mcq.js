// quizgen MCQ card script: turns the listed choices into buttons.
// Front: a fresh Fisher-Yates order at every review; a click marks right or wrong.
// Back: the same order as the front (passed through sessionStorage, or a window
// global where the client keeps one page for both sides), the answer highlighted.
// Without JavaScript the plain list and the back's "Answer:" line still work.
// Anki parses this file as part of a template: it must never contain two braces in a row.
(function () {
  "use strict";
  var roots = document.querySelectorAll(".qg-mcq");
  var root = roots[roots.length - 1];
  if (!root || root.getAttribute("data-qg-ready") === "1") {
    return;
  }
  var items = root.querySelectorAll(".qg-choices li");
  var keyEl = root.querySelector(".qg-key");
  if (items.length < 2 || !keyEl) {
    return;
  }
  root.setAttribute("data-qg-ready", "1");
  var side = root.getAttribute("data-side") === "back" ? "back" : "front";

  function clean(text) {
    return String(text).replace(/\s+/g, " ").trim();
  }

  var texts = [];
  for (var t = 0; t < items.length; t++) {
    texts.push(clean(items[t].textContent));
  }
  var answer = clean(keyEl.textContent);
  var questionEl = root.querySelector(".qg-question");
  var question = questionEl ? clean(questionEl.textContent) : "";

  // A short stable key for this card's content, so that the back finds its front's order.
  function hash(text) {
    var h = 5381;
    for (var i = 0; i < text.length; i++) {
      h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
    }
    return h.toString(36);
  }
  var storageKey = "quizgen-mcq:" + hash(question + "\u241f" + texts.join("\u241f"));

  var memory = (window.__quizgenMcq = window.__quizgenMcq || {});
  function save(state) {
    memory[storageKey] = state;
    try {
      window.sessionStorage.setItem(storageKey, JSON.stringify(state));
    } catch (e) {
      // Storage can be missing or blocked in some clients; the window global still serves.
    }
  }
  function load() {
    var state = null;
    try {
      var raw = window.sessionStorage.getItem(storageKey);
      state = raw ? JSON.parse(raw) : null;
    } catch (e) {
      state = null;
    }
    return state || memory[storageKey] || null;
  }
  function isPermutation(order, n) {
    if (!order || order.length !== n) {
      return false;
    }
    var seen = [];
    for (var i = 0; i < n; i++) {
      var v = order[i];
      if (typeof v !== "number" || v < 0 || v >= n || seen[v]) {
        return false;
      }
      seen[v] = true;
    }
    return true;
  }
  function shuffledIndexes(n) {
    var order = [];
    for (var i = 0; i < n; i++) {
      order.push(i);
    }
    // Fisher-Yates: every order equally likely.
    for (var k = n - 1; k > 0; k--) {
      var j = Math.floor(Math.random() * (k + 1));
      var tmp = order[k];
      order[k] = order[j];
      order[j] = tmp;
    }
    return order;
  }

  var state;
  if (side === "front") {
    state = { order: shuffledIndexes(items.length), chosen: null };
    save(state);
  } else {
    state = load();
    if (!state || !isPermutation(state.order, items.length)) {
      // No front seen (a preview of the back alone): the choices in their listed order.
      var listed = [];
      for (var q = 0; q < items.length; q++) {
        listed.push(q);
      }
      state = { order: listed, chosen: null };
    }
  }

  var list = root.querySelector(".qg-choices ol, .qg-choices ul");
  var box = document.createElement("div");
  box.className = "qg-options";
  var buttons = [];
  for (var p = 0; p < state.order.length; p++) {
    var index = state.order[p];
    var button = document.createElement("button");
    button.type = "button";
    button.className = "qg-option";
    button.innerHTML = items[index].innerHTML;
    button.setAttribute("data-index", String(index));
    button.setAttribute("data-correct", texts[index] === answer ? "true" : "false");
    box.appendChild(button);
    buttons.push(button);
  }
  if (list) {
    list.style.display = "none";
    list.parentNode.insertBefore(box, list);
  } else {
    root.querySelector(".qg-choices").appendChild(box);
  }
  root.classList.add("qg-js");
  var feedback = root.querySelector(".qg-feedback");

  function mark(chosenIndex) {
    for (var b = 0; b < buttons.length; b++) {
      var btn = buttons[b];
      var correct = btn.getAttribute("data-correct") === "true";
      if (correct) {
        btn.classList.add("qg-correct");
      }
      if (chosenIndex !== null && Number(btn.getAttribute("data-index")) === chosenIndex) {
        btn.classList.add(correct ? "qg-right" : "qg-wrong");
      }
      btn.disabled = side === "back" || chosenIndex !== null;
    }
    if (feedback && chosenIndex !== null) {
      var right = texts[chosenIndex] === answer;
      feedback.textContent = right ? "Right!" : "Wrong: the answer is " + answer + ".";
      feedback.className = "qg-feedback " + (right ? "qg-feedback-right" : "qg-feedback-wrong");
    }
  }

  if (side === "front") {
    for (var c = 0; c < buttons.length; c++) {
      buttons[c].addEventListener("click", function (event) {
        if (state.chosen !== null) {
          return;
        }
        state.chosen = Number(event.currentTarget.getAttribute("data-index"));
        save(state);
        mark(state.chosen);
      });
    }
  } else {
    mark(typeof state.chosen === "number" ? state.chosen : null);
  }
})();
