/*
 * The task pane's first script of its own, inlined into taskpane.html and written in ES5 on purpose:
 * it must run in Internet Explorer 11 (Trident), which Office still uses for an add-in with a
 * <Runtimes> element wherever WebView2 is missing ("an add-in with a <Runtimes> element always uses
 * Internet Explorer 11", learn.microsoft.com/javascript/api/manifest/runtimes; Microsoft asks for "a
 * graceful failure message" there, learn.microsoft.com/office/dev/add-ins/develop/support-ie-11).
 *
 * The bundles are ES2020 with React 18: in such a webview they fail to parse and the pane stays blank.
 * So the page lists them as inert <script type="text/plain" data-duibiao-bundle src=…> tags, and this
 * guard either starts them (a current engine) or leaves them unloaded and tells the user, in Chinese
 * and English, where the web page is, how to get the portable copy and which Office works.
 * test/web/legacyGuard.browser.test.ts checks both paths in Chromium; test/web/legacyGuard.test.ts
 * parses this file (and the built page's inline scripts) as ES5.
 *
 * The page includes this file twice. In <head>, before office.js (no <body> yet), it only asks a
 * current engine to fetch the bundles at once (<link rel="preload" as="script">), in parallel with
 * office.js instead of after it: on a slow PC and a slow network the pane then starts as soon as
 * office.js has run. At the end of <body> it starts them (they must run after office.js, which defines
 * what the functions bundle calls) or shows the message. On a visible page it also shows the first
 * paint rendered at build time (the list of sources, ./prerender.tsx) as soon as the page is parsed,
 * so the list is on screen while the bundles are still being fetched and evaluated (see startBundles);
 * a hidden page (the shared runtime without its pane) builds no pane UI.
 */
/* eslint-disable prettier/prettier -- ES5 by hand: prettier adds trailing commas to calls, which ES5 cannot parse */
(function (window, document) {
  "use strict";

  /** True when this engine can run the bundles: not Trident, ES2020 syntax, the built-ins they use. */
  function modernEngine() {
    var ua = (window.navigator && window.navigator.userAgent) || "";
    if (/Trident\/|MSIE /.test(ua)) return false;
    var builtIns = [
      typeof Promise,
      typeof Map,
      typeof Set,
      typeof Symbol,
      typeof Object.assign,
      typeof Object.fromEntries,
      typeof Array.prototype.includes,
      typeof window.fetch,
      typeof globalThis
    ];
    for (var i = 0; i < builtIns.length; i++) if (builtIns[i] === "undefined") return false;
    try {
      // Compiled, not run: a SyntaxError means the engine cannot parse what the bundles are written in.
      new Function("o", "return async () => { const { a = 1, ...r } = o ?? {}; return [...r?.b ?? [], `${a}`]; };");
    } catch (e) {
      // A page policy that forbids compiling strings (an EvalError) says nothing about the syntax.
      if (e instanceof SyntaxError) return false;
    }
    return true;
  }

  function bundleSources() {
    var inert = document.getElementsByTagName("script");
    var sources = [];
    for (var i = 0; i < inert.length; i++)
      if (inert[i].getAttribute("data-duibiao-bundle") !== null) sources.push(inert[i].getAttribute("src"));
    return sources;
  }

  function preloadBundles() {
    var sources = bundleSources();
    var head = document.getElementsByTagName("head")[0];
    for (var i = 0; i < sources.length; i++) {
      var l = document.createElement("link");
      l.rel = "preload";
      l.as = "script";
      l.href = sources[i];
      head.appendChild(l);
    }
  }

  function appendBundle(src, onRun) {
    var s = document.createElement("script");
    s.src = src;
    s.async = false; // run in the listed order (functions, commands, taskpane), as deferred tags would
    if (onRun) s.onload = s.onerror = onRun;
    document.getElementsByTagName("head")[0].appendChild(s);
    return s;
  }

  /** Calls `next` once, after the browser has painted a frame (or after 1 s, should no frame come). */
  function afterNextPaint(next) {
    var done = false;
    function once() {
      if (done) return;
      done = true;
      next();
    }
    if (window.requestAnimationFrame) window.requestAnimationFrame(function () { setTimeout(once, 0); });
    setTimeout(once, 1000);
  }

  /**
   * On a visible page with the build-time first paint (./prerender.tsx): the list is shown as soon as
   * the page is parsed (the template follows this script, so that parsing it does not delay the
   * bundles' start), while the functions bundle downloads; the functions bundle still runs first (the
   * runtime's job); the pane's own bundle (the last one) is started only after the functions have run
   * and the browser has painted the list, so that the list is on screen while React and the pane are
   * evaluated, not after. A hidden page (the shared runtime without its pane) starts every bundle at
   * once and shows nothing.
   */
  function startBundles() {
    var sources = bundleSources();
    if (document.visibilityState === "hidden" || sources.length < 2) {
      for (var j = 0; j < sources.length; j++) appendBundle(sources[j]);
      return;
    }
    var pane = sources.pop();
    var shown = null; // null: not tried yet; true/false: whether the list is on the page
    var started = false;
    function showList() {
      if (shown !== null) return shown;
      var template = document.getElementById("db-first-paint");
      shown = !!(template && template.content && showFirstPaint(template));
      return shown;
    }
    function startPane() {
      if (started) return;
      started = true;
      // The functions bundle may have run before the parser reached the template: wait for it, or the
      // list would be given up for good and only the pane's own bundle could show anything.
      whenParsed(function () {
        if (!showList()) return appendBundle(pane);
        afterNextPaint(function () {
          appendBundle(pane);
        });
      });
    }
    whenParsed(showList);
    for (var i = 0; i < sources.length; i++) appendBundle(sources[i], i === 0 ? startPane : null);
  }

  function whenParsed(next) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", next);
    else next();
  }

  function showFirstPaint(template) {
    var container = document.getElementById("container");
    if (!container || container.firstChild || document.visibilityState === "hidden") return false;
    container.appendChild(document.importNode(template.content, true));
    return true;
  }

  /** The page's own address without query or hash: the template builder when opened in a browser. */
  function pageAddress() {
    var href = String(window.location.href);
    return href.split("#")[0].split("?")[0];
  }

  function el(tag, style, children) {
    var e = document.createElement(tag);
    if (style) e.style.cssText = style;
    for (var i = 0; i < (children || []).length; i++) {
      var c = children[i];
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return e;
  }

  function link(href) {
    var a = el("a", "word-break:break-all;color:#0f6cbd", [href]);
    a.href = href;
    a.target = "_blank";
    return a;
  }

  function showMessage() {
    var page = pageAddress();
    var help = page.replace(/[^/]*$/, "") + "help.html";
    var en = "color:#424242;font-size:13px;margin:2px 0 10px 0";
    var box = el("div", "font-family:'Microsoft YaHei','PingFang SC',sans-serif;padding:16px;line-height:1.6;color:#242424", [
      el("h1", "font-size:18px;margin:0 0 8px 0", ["对标无法在此 Office 的网页组件中运行"]),
      el("p", en + ";font-size:14px;font-weight:bold", ["Duibiao cannot run in this Office webview"]),
      el("p", "margin:0", [
        "此 Excel 用旧版网页组件（Internet Explorer 11）显示加载项，对标的任务窗格和 POLICY 函数无法在其中运行。"
      ]),
      el("p", en, [
        "This Excel shows add-ins in an old webview (Internet Explorer 11): Duibiao's pane and POLICY functions cannot run in it."
      ]),
      el("h2", "font-size:15px;margin:12px 0 4px 0", ["现在就能用 / Works now"]),
      el("p", "margin:0", [
        "用 Edge、Chrome、Firefox 等新版浏览器打开网页版，勾选政策来源，下载“通用版”（原生公式）.xlsx，可在任何 Excel（含 2016/2019）、WPS、LibreOffice 中计算："
      ]),
      el("p", "margin:4px 0", [link(page)]),
      el("p", en, [
        "Open the web page above in a current browser (Edge, Chrome, Firefox), tick sources and download the portable copy (native formulas): it computes in any Excel (2016/2019 too), WPS and LibreOffice."
      ]),
      el("h2", "font-size:15px;margin:12px 0 4px 0", ["让加载项可用 / To use the add-in"]),
      el("p", "margin:0", [
        "请管理员安装 Microsoft Edge WebView2 运行时（Microsoft 365 2101 及以上版本会自带），或升级到 Microsoft 365、Office 2021 或更高版本；也可使用 Excel 网页版。"
      ]),
      el("p", en, [
        "Ask your administrator to install the Microsoft Edge WebView2 Runtime (Microsoft 365 Version 2101 and later bring it), or upgrade to Microsoft 365 or Office 2021 or later; Excel on the web also works."
      ]),
      el("p", "margin:12px 0 0 0", ["帮助 / Help: ", link(help)])
    ]);
    box.id = "duibiao-legacy";
    box.setAttribute("role", "alert");
    box.setAttribute("lang", "zh-CN");
    var container = document.getElementById("container");
    (container || document.body).appendChild(box);
  }

  if (!document.body) {
    if (modernEngine()) preloadBundles();
  } else if (modernEngine()) startBundles();
  else showMessage();
})(window, document);
