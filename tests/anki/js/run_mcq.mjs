// Runs quizgen's MCQ card script on the question/answer HTML that Anki rendered, in jsdom.
// Reads a list of runs [{"front": html, "back": html, "reviews": n, "click": "right"|"wrong"|null}, ...]
// on stdin (one node start for all of them) and prints a JSON list of reports, one per run, each of
// what a learner would see in these kinds of client:
//  - "samePage": one page for both sides, the side's HTML swapped in and its scripts re-run
//    (Anki desktop's reviewer does this);
//  - "reloaded": a new page per side sharing sessionStorage (clients that reload the web view);
//  - "noStorage": one page where sessionStorage throws (blocked storage).
import { JSDOM } from "jsdom";

const runs = JSON.parse(await new Promise((resolve) => {
  let data = "";
  process.stdin.on("data", (chunk) => (data += chunk));
  process.stdin.on("end", () => resolve(data));
}));

const URL_BASE = "https://appassets.androidplatform.net/";

function page(storageEntries = {}, blockStorage = false) {
  const dom = new JSDOM('<!doctype html><html><body class="card"><div id="qa"></div></body></html>', {
    url: URL_BASE,
    runScripts: "dangerously",
    beforeParse(window) {
      for (const [key, value] of Object.entries(storageEntries)) {
        window.sessionStorage.setItem(key, value);
      }
      if (blockStorage) {
        Object.defineProperty(window, "sessionStorage", {
          get() {
            throw new window.DOMException("blocked", "SecurityError");
          },
        });
      }
    },
  });
  return dom.window;
}

// Like Anki's reviewer: put the side's HTML in #qa and run its scripts (innerHTML alone does not).
function show(window, html) {
  const qa = window.document.getElementById("qa");
  qa.innerHTML = html;
  for (const old of Array.from(qa.querySelectorAll("script"))) {
    const fresh = window.document.createElement("script");
    fresh.textContent = old.textContent;
    old.replaceWith(fresh);
  }
}

function state(window) {
  const buttons = Array.from(window.document.querySelectorAll("#qa .qg-option"));
  const list = window.document.querySelector("#qa .qg-choices ol");
  return {
    order: buttons.map((b) => b.textContent.trim()),
    classes: buttons.map((b) => b.className),
    disabled: buttons.map((b) => b.disabled),
    listHidden: list ? list.style.display === "none" : null,
    feedback: (window.document.querySelector("#qa .qg-feedback") || { textContent: "" }).textContent,
  };
}

function click(window, which) {
  if (!which) return null;
  const selector = which === "right" ? '.qg-option[data-correct="true"]' : '.qg-option[data-correct="false"]';
  const button = window.document.querySelector("#qa " + selector);
  button.dispatchEvent(new window.MouseEvent("click", { bubbles: true }));
  return button.textContent.trim();
}

function storageOf(window) {
  const entries = {};
  for (let i = 0; i < window.sessionStorage.length; i++) {
    const key = window.sessionStorage.key(i);
    entries[key] = window.sessionStorage.getItem(key);
  }
  return entries;
}

function review(input) {
  const report = { samePage: [], reloaded: [], noStorage: [] };

  const desktop = page();
  for (let i = 0; i < input.reviews; i++) {
    show(desktop, input.front);
    const front = state(desktop);
    const clicked = click(desktop, input.click);
    const afterClick = state(desktop);
    show(desktop, input.back);
    report.samePage.push({ front, clicked, afterClick, back: state(desktop) });
  }

  for (let i = 0; i < Math.min(input.reviews, 20); i++) {
    const frontPage = page();
    show(frontPage, input.front);
    const front = state(frontPage);
    const clicked = click(frontPage, input.click);
    const backPage = page(storageOf(frontPage));
    show(backPage, input.back);
    report.reloaded.push({ front, clicked, back: state(backPage) });
    frontPage.close();
    backPage.close();
  }

  const blocked = page({}, true);
  for (let i = 0; i < Math.min(input.reviews, 20); i++) {
    show(blocked, input.front);
    const front = state(blocked);
    const clicked = click(blocked, input.click);
    show(blocked, input.back);
    report.noStorage.push({ front, clicked, back: state(blocked) });
  }

  desktop.close();
  blocked.close();
  return report;
}

process.stdout.write(JSON.stringify(runs.map(review)));
