// The local page: article boxes, Compare, the report's views and keys, and downloads.
// Served as a file so that the Content-Security-Policy can forbid inline scripts; every
// request goes to this server, and the report arrives already escaped by the server.
"use strict";

(function () {
  const form = document.getElementById("articles-form");
  const boxes = document.getElementById("articles");
  const template = document.getElementById("article-template");
  const status = document.getElementById("status");
  const statusText = document.getElementById("status-text");
  const errorLine = document.getElementById("error");
  const result = document.getElementById("result");
  const report = document.getElementById("report");
  const position = document.getElementById("position");
  const compareButton = document.getElementById("compare");
  let current = -1;

  function renumber() {
    boxes.querySelectorAll("fieldset.article").forEach(function (box, index) {
      box.querySelector(".number").textContent = String(index + 1);
    });
  }

  function addBox() {
    const box = template.content.firstElementChild.cloneNode(true);
    boxes.appendChild(box);
    renumber();
    return box;
  }

  boxes.addEventListener("click", function (event) {
    const button = event.target.closest(".remove-article");
    if (button) {
      button.closest("fieldset.article").remove();
      renumber();
    }
  });
  document.getElementById("add-article").addEventListener("click", function () {
    addBox().querySelector("textarea").focus();
  });

  function showError(message) {
    errorLine.textContent = message;
    errorLine.hidden = false;
    errorLine.focus();
  }

  function busy(on, text) {
    status.hidden = !on;
    statusText.textContent = text || "Comparing the articles…";
    document.querySelectorAll("button").forEach(function (b) { b.disabled = on; });
    form.setAttribute("aria-busy", on ? "true" : "false");
  }

  // One request to the API with the form's articles; the error line on failure.
  async function post(path, extra, text) {
    const data = new FormData(form);
    Object.keys(extra).forEach(function (key) { data.set(key, extra[key]); });
    errorLine.hidden = true;
    busy(true, text);
    try {
      const response = await fetch(path, { method: "POST", body: data, credentials: "same-origin" });
      if (!response.ok) {
        let message = "the page could not answer (status " + response.status + ")";
        try { message = (await response.json()).error || message; } catch (e) { /* keep */ }
        showError(message);
        return null;
      }
      return response;
    } catch (e) {
      showError("cannot reach framediff: is 'framediff serve' still running?");
      return null;
    } finally {
      busy(false);
    }
  }

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    const response = await post("/api/compare", { format: "view" }, "Comparing the articles…");
    if (!response) { return; }
    report.innerHTML = await response.text();
    result.hidden = false;
    current = -1;
    updatePosition();
    document.getElementById("report-title").focus();
  });

  function filename(response, fallback) {
    const header = response.headers.get("content-disposition") || "";
    const match = /filename="([^"]+)"/.exec(header);
    return match ? match[1] : fallback;
  }

  async function download(path, extra, fallback, text) {
    const response = await post(path, extra, text);
    if (!response) { return; }
    const blob = await response.blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = filename(response, fallback);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  document.querySelectorAll("button.download").forEach(function (button) {
    button.addEventListener("click", function () {
      const format = button.dataset.format;
      download("/api/compare", { format: format }, "framediff-report", "Making the " + format + " report…");
    });
  });
  document.querySelectorAll("button.lesson").forEach(function (button) {
    button.addEventListener("click", function () {
      download("/api/lesson", {
        part: button.dataset.part,
        level: document.getElementById("lesson-level").value,
        length: document.getElementById("lesson-length").value,
        lesson_format: document.getElementById("lesson-format").value,
      }, "framediff-" + button.dataset.part, "Making the " + button.dataset.part + "…");
    });
  });

  // A bundled story fills the boxes, one article each, as if pasted.
  document.querySelectorAll("button.load-story").forEach(function (button) {
    button.addEventListener("click", async function () {
      errorLine.hidden = true;
      const response = await fetch("/api/stories/" + encodeURIComponent(button.dataset.story),
        { credentials: "same-origin" });
      if (!response.ok) {
        showError((await response.json()).error);
        return;
      }
      const story = await response.json();
      boxes.querySelectorAll("fieldset.article").forEach(function (box) { box.remove(); });
      story.articles.forEach(function (article) {
        const box = addBox();
        box.querySelector("[name=outlet]").value = article.outlet || "";
        box.querySelector("[name=title]").value = article.title || "";
        box.querySelector("[name=date]").value = article.date || "";
        box.querySelector("[name=text]").value = article.text;
      });
    });
  });

  // The views: side by side or inline, and "changes only".
  document.querySelectorAll("input[name=view]").forEach(function (radio) {
    radio.addEventListener("change", function () {
      report.classList.toggle("view-side", radio.value === "side" && radio.checked);
      report.classList.toggle("view-inline", radio.value === "inline" && radio.checked);
      current = -1;
      updatePosition();
    });
  });
  document.getElementById("changes-only").addEventListener("change", function (event) {
    report.classList.toggle("changes-only", event.target.checked);
  });

  // Next and previous difference: buttons, and the keys n / j and p / k.
  function visibleDiffs() {
    return Array.prototype.filter.call(report.querySelectorAll(".diff"), function (el) {
      return el.offsetParent !== null;
    });
  }

  function updatePosition() {
    const diffs = visibleDiffs();
    position.textContent = diffs.length === 0 ? "no differences shown"
      : (current < 0 ? diffs.length + " differences" : "difference " + (current + 1) + " of " + diffs.length);
  }

  function step(by) {
    const diffs = visibleDiffs();
    if (diffs.length === 0) { updatePosition(); return; }
    report.querySelectorAll(".diff.current").forEach(function (el) { el.classList.remove("current"); });
    current = current < 0 ? (by > 0 ? 0 : diffs.length - 1) : (current + by + diffs.length) % diffs.length;
    const target = diffs[current];
    target.classList.add("current");
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
    updatePosition();
  }

  document.getElementById("next-difference").addEventListener("click", function () { step(1); });
  document.getElementById("previous-difference").addEventListener("click", function () { step(-1); });
  document.addEventListener("keydown", function (event) {
    if (result.hidden || event.ctrlKey || event.metaKey || event.altKey) { return; }
    // Letters typed into a box are text, not commands; on a radio button or checkbox
    // (the view switches) they still move between differences.
    const tag = (event.target.tagName || "").toLowerCase();
    const typing = tag === "textarea" || tag === "select" || (tag === "input" &&
      ["radio", "checkbox", "button", "submit"].indexOf(event.target.type) < 0);
    if (typing) { return; }
    if (event.key === "n" || event.key === "j" || event.key === "F7") { step(1); event.preventDefault(); }
    if (event.key === "p" || event.key === "k") { step(-1); event.preventDefault(); }
  });
})();
