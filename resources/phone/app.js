/* The phone page: take or pick photos, send each to the laptop with its criterion and caption,
   show per photo how far it got and what the laptop did with it (stored, already there,
   refused and why), and send again what failed. The laptop answers an upload once it has the
   bytes ("received", with a number); its verdicts come from api/verdicts, which answers as soon
   as there is news. Plain JavaScript for current Android Chrome and iOS Safari; every address
   is relative, so the token in the page's own address is the only one it ever uses. */
"use strict";

(function () {
  var TEXT = {
    vi: {
      title: "Gửi ảnh minh chứng · CCHC",
      brand: "Gửi ảnh minh chứng",
      connecting: "Đang kết nối máy tính…",
      date: "Ngày kiểm tra {date}",
      criterionLabel: "Gắn vào tiêu chí (không bắt buộc)",
      noCriterion: "Ảnh chung của cuộc kiểm tra",
      captionLabel: "Chú thích (không bắt buộc)",
      captionPlaceholder: "Ví dụ: Bảng niêm yết TTHC",
      optionsHint: "Tiêu chí và chú thích áp dụng cho các ảnh chụp hoặc chọn sau đó.",
      capture: "Chụp ảnh",
      pick: "Chọn ảnh",
      sent: "Ảnh đã gửi",
      empty: "Chưa gửi ảnh nào. Ảnh gửi lên sẽ vào ngay cuộc kiểm tra trên máy tính.",
      general: "Ảnh chung",
      criterion: "Tiêu chí {code}",
      waiting: "Đang chờ gửi…",
      sending: "Đang gửi… {pct} %",
      saving: "Đã gửi xong, máy tính đang lưu…",
      stored: "✓ Máy tính đã lưu",
      duplicate: "Đã có trong cuộc kiểm tra, không thêm lần nữa",
      refused: "Máy tính không nhận: {reason}",
      failed: "Chưa lưu: {reason}",
      network: "mất kết nối với máy tính (điện thoại còn cùng mạng Wi-Fi, hộp thoại trên máy tính còn mở không?)",
      stopped: "máy tính đã dừng nhận ảnh; hãy mở lại mã QR trên máy tính rồi gửi lại.",
      httpError: "máy tính trả lời lỗi {code}",
      tooLarge: "tệp quá lớn ({size} MB; tối đa {max} MB một ảnh).",
      retry: "Gửi lại",
      counts: "{stored} đã lưu",
      countDuplicate: "{n} trùng",
      countRefused: "{n} không nhận",
      countFailed: "{n} chưa lưu",
      countBusy: "{n} đang gửi",
      noLaptop: "Không kết nối được máy tính. Hãy kiểm tra điện thoại và máy tính dùng chung một mạng Wi-Fi và hộp thoại «Nhận ảnh từ điện thoại» trên máy tính vẫn mở, rồi tải lại trang.",
      leave: "Ảnh đang gửi sẽ bị dừng nếu rời trang."
    },
    en: {
      title: "Send evidence photos · CCHC",
      brand: "Send evidence photos",
      connecting: "Connecting to the laptop…",
      date: "Inspection date {date}",
      criterionLabel: "Attach to a criterion (optional)",
      noCriterion: "General photo of the inspection",
      captionLabel: "Caption (optional)",
      captionPlaceholder: "For example: procedures notice board",
      optionsHint: "The criterion and caption apply to the photos taken or chosen after them.",
      capture: "Take photo",
      pick: "Choose photos",
      sent: "Photos sent",
      empty: "No photo sent yet. Photos sent go straight into the inspection on the laptop.",
      general: "General photo",
      criterion: "Criterion {code}",
      waiting: "Waiting to send…",
      sending: "Sending… {pct} %",
      saving: "Sent; the laptop is storing it…",
      stored: "✓ Stored on the laptop",
      duplicate: "Already in the inspection; not added again",
      refused: "The laptop refused it: {reason}",
      failed: "Not stored: {reason}",
      network: "lost the connection to the laptop (is the phone still on the same Wi-Fi, the dialog on the laptop still open?)",
      stopped: "the laptop stopped receiving; open the QR code on the laptop again, then resend.",
      httpError: "the laptop answered with error {code}",
      tooLarge: "the file is too large ({size} MB; at most {max} MB a photo).",
      retry: "Send again",
      counts: "{stored} stored",
      countDuplicate: "{n} already there",
      countRefused: "{n} refused",
      countFailed: "{n} not stored",
      countBusy: "{n} sending",
      noLaptop: "Cannot reach the laptop. Check that the phone and the laptop are on the same Wi-Fi and that the laptop's “Receive photos from a phone” dialog is still open, then reload this page.",
      leave: "Photos being sent will stop if you leave this page."
    }
  };
  var PARALLEL = 2; // two at once: the laptop decodes on both its cores
  var lang = "vi";
  var info = null;
  var items = [];
  var queue = [];
  var running = 0;
  var captured = 0;
  var byUpload = {}; // the laptop's upload number → the item waiting for its verdict
  var early = {}; // verdicts that came before their upload's answer
  var seen = 0; // how many of the laptop's verdicts this page has read
  var polling = false;

  function $(id) { return document.getElementById(id); }

  function t(key, values) {
    var text = (TEXT[lang] && TEXT[lang][key]) || TEXT.vi[key] || key;
    return text.replace(/\{(\w+)\}/g, function (_, name) {
      return values && values[name] !== undefined ? String(values[name]) : "";
    });
  }

  function setText(id, text) { var el = $(id); if (el) { el.textContent = text; } }

  function showProblem(text) {
    var el = $("problem");
    el.textContent = text;
    el.hidden = !text;
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t("title");
    setText("brand", t("brand"));
    setText("criterion-label", t("criterionLabel"));
    setText("no-criterion", t("noCriterion"));
    setText("caption-label", t("captionLabel"));
    $("caption").placeholder = t("captionPlaceholder");
    setText("options-hint", t("optionsHint"));
    setText("capture-text", t("capture"));
    setText("pick-text", t("pick"));
    setText("sent-title", t("sent"));
    setText("empty", t("empty"));
  }

  function setReady(ready) {
    ["capture-button", "pick-button"].forEach(function (id) {
      $(id).classList.toggle("disabled", !ready);
    });
    $("capture").disabled = !ready;
    $("pick").disabled = !ready;
  }

  function load() {
    setReady(false);
    fetch("api/info", { cache: "no-store", credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      })
      .then(function (data) {
        info = data;
        lang = data.lang === "en" ? "en" : "vi";
        applyLanguage();
        setText("unit", data.unit);
        setText("where", [data.parent, t("date", { date: data.date })].filter(Boolean).join(" · "));
        var select = $("criterion");
        data.criteria.forEach(function (c) {
          var option = document.createElement("option");
          option.value = c.code;
          var text = c.text.length > 80 ? c.text.slice(0, 78) + "…" : c.text;
          option.textContent = c.code + " — " + text;
          select.appendChild(option);
        });
        select.value = data.criterion || "";
        (data.received || []).forEach(function (verdict) {
          var item = newItem(null, verdict.file, verdict.criterion, "");
          applyVerdict(item, verdict);
        });
        seen = data.next || 0;
        showProblem("");
        setReady(true);
        document.body.setAttribute("data-ready", "1");
      })
      .catch(function () {
        setText("unit", t("connecting"));
        showProblem(t("noLaptop"));
      });
  }

  function newItem(file, name, criterion, caption) {
    var item = {
      file: file, name: name, criterion: criterion || null, caption: caption || "",
      status: "waiting", message: "", progress: 0, el: null
    };
    var li = document.createElement("li");
    li.className = "item";
    li.setAttribute("data-file", name);
    var thumb = document.createElement("img");
    thumb.className = "thumb";
    thumb.alt = "";
    thumb.decoding = "async";
    if (file && window.URL && URL.createObjectURL) {
      var url = URL.createObjectURL(file);
      thumb.onload = function () { URL.revokeObjectURL(url); };
      // What the browser cannot draw (a HEIC on Android, a file that is no photo) leaves a
      // plain grey square, not a broken-image sign.
      thumb.onerror = function () {
        URL.revokeObjectURL(url);
        var blank = document.createElement("div");
        blank.className = "thumb";
        if (thumb.parentNode) { thumb.parentNode.replaceChild(blank, thumb); }
      };
      thumb.src = url;
    }
    var title = document.createElement("div");
    title.className = "name";
    title.textContent = name;
    var meta = document.createElement("div");
    meta.className = "meta";
    var parts = [criterion ? t("criterion", { code: criterion }) : t("general")];
    if (item.caption) { parts.push("“" + item.caption + "”"); }
    meta.textContent = parts.join(" · ");
    var status = document.createElement("div");
    status.className = "status";
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    var retry = document.createElement("button");
    retry.type = "button";
    retry.className = "retry";
    retry.textContent = t("retry");
    retry.hidden = true;
    retry.addEventListener("click", function () { send(item); });
    li.appendChild(thumb);
    li.appendChild(title);
    li.appendChild(meta);
    li.appendChild(status);
    li.appendChild(bar);
    li.appendChild(retry);
    item.el = { li: li, status: status, bar: bar, retry: retry };
    $("list").insertBefore(li, $("list").firstChild); // the newest on top, in sight
    items.push(item);
    render(item);
    return item;
  }

  function render(item) {
    var el = item.el;
    el.li.setAttribute("data-status", item.status);
    var text;
    if (item.status === "sending") { text = t("sending", { pct: Math.round(item.progress * 100) }); }
    else if (item.status === "refused") { text = t("refused", { reason: item.message }); }
    else if (item.status === "failed") { text = t("failed", { reason: item.message }); }
    else { text = t(item.status); }
    el.status.textContent = text;
    var busy = item.status === "waiting" || item.status === "sending" || item.status === "saving";
    el.bar.hidden = !busy;
    el.bar.value = item.status === "saving" ? 100 : Math.round(item.progress * 100);
    el.retry.hidden = !(item.status === "failed" && item.file);
    renderCounts();
  }

  function renderCounts() {
    var n = { stored: 0, duplicate: 0, refused: 0, failed: 0, busy: 0 };
    items.forEach(function (item) {
      if (n[item.status] !== undefined) { n[item.status] += 1; } else { n.busy += 1; }
    });
    var parts = [t("counts", { stored: n.stored })];
    if (n.duplicate) { parts.push(t("countDuplicate", { n: n.duplicate })); }
    if (n.refused) { parts.push(t("countRefused", { n: n.refused })); }
    if (n.failed) { parts.push(t("countFailed", { n: n.failed })); }
    if (n.busy) { parts.push(t("countBusy", { n: n.busy })); }
    setText("count", items.length ? "(" + parts.join(" · ") + ")" : "");
    $("empty").hidden = items.length > 0;
  }

  function applyVerdict(item, verdict) {
    item.status = ["stored", "duplicate", "refused", "failed"].indexOf(verdict.status) >= 0
      ? verdict.status : "failed";
    item.message = verdict.message || "";
    render(item);
  }

  function fail(item, message) {
    item.status = "failed";
    item.message = message;
    render(item);
  }

  function enqueue(item) {
    queue.push(item);
    pump();
  }

  function pump() {
    while (running < PARALLEL && queue.length) {
      running += 1;
      upload(queue.shift());
    }
  }

  function send(item) {
    item.status = "waiting";
    item.progress = 0;
    render(item);
    enqueue(item);
  }

  function upload(item) {
    var form = new FormData();
    if (item.criterion) { form.append("criterion", item.criterion); }
    if (item.caption) { form.append("caption", item.caption); }
    form.append("file", item.file, item.name);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "api/upload");
    xhr.upload.onprogress = function (event) {
      if (event.lengthComputable) {
        item.status = "sending";
        item.progress = event.total ? event.loaded / event.total : 0;
        render(item);
      }
    };
    xhr.upload.onload = function () { item.status = "saving"; render(item); };
    xhr.onload = function () {
      var verdict = null;
      try { verdict = JSON.parse(xhr.responseText); } catch (e) { verdict = null; }
      if (verdict && verdict.status === "received") { waitFor(item, verdict.upload); }
      else if (verdict && verdict.status) { applyVerdict(item, verdict); }
      else { fail(item, t("httpError", { code: xhr.status })); }
    };
    xhr.onerror = function () { fail(item, t("network")); };
    xhr.ontimeout = xhr.onerror;
    xhr.onloadend = function () {
      running -= 1;
      pump();
    };
    item.status = "sending";
    render(item);
    xhr.send(form);
  }

  // The laptop has the bytes: the verdict comes through api/verdicts.
  function waitFor(item, number) {
    item.status = "saving";
    render(item);
    if (early[number]) {
      applyVerdict(item, early[number]);
      delete early[number];
      return;
    }
    byUpload[number] = item;
    poll();
  }

  function waiting() {
    return Object.keys(byUpload).length > 0;
  }

  function poll() {
    if (polling || !waiting()) { return; }
    polling = true;
    fetch("api/verdicts?after=" + seen, { cache: "no-store", credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      })
      .then(function (data) {
        data.verdicts.forEach(function (verdict) {
          var item = byUpload[verdict.upload];
          if (item) {
            delete byUpload[verdict.upload];
            applyVerdict(item, verdict);
          } else if (verdict.upload !== null && verdict.upload !== undefined) {
            early[verdict.upload] = verdict; // its upload's answer is still on its way
          }
        });
        seen = data.next;
        if (data.stopping) { failWaiting(t("stopped")); }
        polling = false;
        poll();
      })
      .catch(function () {
        polling = false;
        failWaiting(t("network"));
      });
  }

  function failWaiting(message) {
    Object.keys(byUpload).forEach(function (number) {
      fail(byUpload[number], message);
      delete byUpload[number];
    });
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  // Cameras name every shot alike ("image.jpg" on iOS, a number on Android): a capture gets
  // a name the gallery on the laptop can tell apart.
  function captureName(file) {
    var now = new Date();
    var match = /\.[A-Za-z0-9]{1,5}$/.exec(file.name || "");
    var suffix = match ? match[0].toLowerCase() : (file.type === "image/heic" ? ".heic" : ".jpg");
    captured += 1;
    return "anh-chup-" + now.getFullYear() + pad(now.getMonth() + 1) + pad(now.getDate()) +
      "-" + pad(now.getHours()) + pad(now.getMinutes()) + pad(now.getSeconds()) +
      "-" + captured + suffix;
  }

  function take(input, rename) {
    var files = Array.prototype.slice.call(input.files || []);
    var criterion = $("criterion").value || null;
    var caption = $("caption").value.trim();
    var limit = info && info.limits ? info.limits.file : 0;
    files.forEach(function (file) {
      var item = newItem(file, rename ? captureName(file) : (file.name || captureName(file)), criterion, caption);
      if (limit && file.size > limit) {
        item.status = "refused";
        item.message = t("tooLarge", {
          size: Math.round(file.size / 1048576), max: Math.round(limit / 1048576)
        });
        render(item);
      } else {
        enqueue(item);
      }
    });
    input.value = ""; // the same photo may be chosen again
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("capture").addEventListener("change", function () { take(this, true); });
    $("pick").addEventListener("change", function () { take(this, false); });
    window.addEventListener("beforeunload", function (event) {
      if (running || queue.length || waiting()) {
        event.preventDefault();
        event.returnValue = t("leave");
        return t("leave");
      }
      return undefined;
    });
    load();
  });
})();
