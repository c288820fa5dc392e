/*
 * Sandbox stand-in for Cardinal's Songbird (edge/v1/songbird.js), for the verifone simulator of the
 * 3-D Secure gateway sandbox. window.Cardinal: configure, on, off, setup('init', {jwt}),
 * trigger('bin.process', bin), continue('cca', {AcsUrl, Payload}, {OrderDetails: {TransactionId}}),
 * start (a no-op, G-V10). The simulator is found from this script's own src.
 */
(function () {
  "use strict";
  var src = document.currentScript.src;
  var simulatorOrigin = new URL(src).origin;
  var initUrl = new URL("../../songbird/init", src).href;
  var binUrl = new URL("../../songbird/bin", src).href;
  var handlers = {};
  var sessionId = null;
  var setupComplete = false;
  var deferred = [];
  var settle;
  var settled = new Promise(function (resolve) { settle = resolve; });
  var modal = null;

  function log(level, text) {
    if (window.console && window.console[level]) {
      window.console[level]("[Songbird sandbox] " + text);
    }
  }

  function fire(event) {
    var handler = handlers[event];
    var args = Array.prototype.slice.call(arguments, 1);
    if (handler) {
      try {
        handler.apply(null, args);
      } catch (e) {
        log("error", event + " handler failed: " + e);
      }
    }
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    });
  }

  function closeModal() {
    if (modal && modal.parentNode) {
      modal.parentNode.removeChild(modal);
    }
    modal = null;
  }

  function openChallenge(acsUrl, payload, transactionId) {
    closeModal();
    var overlay = document.createElement("div");
    overlay.id = "Cardinal-ElementContainer";
    overlay.style.cssText = "position:fixed;top:0;left:0;right:0;bottom:0;z-index:2147483647;" +
      "background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center";
    var box = document.createElement("div");
    box.style.cssText = "background:#fff;width:420px;max-width:95vw;height:560px;max-height:95vh";
    var frame = document.createElement("iframe");
    frame.name = "cardinal-challenge";
    frame.id = "cardinal-challenge";
    frame.title = "Purchase Authentication";
    frame.style.cssText = "border:0;width:100%;height:100%";
    box.appendChild(frame);
    overlay.appendChild(box);
    var form = document.createElement("form");
    form.method = "POST";
    form.action = acsUrl;
    form.target = "cardinal-challenge";
    form.style.display = "none";
    [["creq", payload], ["TransactionId", transactionId]].forEach(function (field) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = field[0];
      input.value = field[1] == null ? "" : String(field[1]);
      form.appendChild(input);
    });
    overlay.appendChild(form);
    document.body.appendChild(overlay);
    modal = overlay;
    form.submit();
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== simulatorOrigin) {
      return;
    }
    var message;
    try {
      message = typeof event.data === "string" ? JSON.parse(event.data) : event.data;
    } catch (e) {
      return;
    }
    if (!message || message.MessageType !== "cardinal.validated") {
      return;
    }
    closeModal();
    fire("payments.validated", message.data, message.jwt);
  });

  window.Cardinal = {
    configure: function (options) {
      log("info", "configured " + JSON.stringify(options || {}));
    },
    on: function (event, handler) {
      handlers[event] = handler;
    },
    off: function (event) {
      delete handlers[event];
    },
    setup: function (type, data) {
      if (type !== "init") {
        log("warn", "setup('" + type + "') is not supported; use setup('init', {jwt})");
        return;
      }
      post(initUrl, { jwt: data && data.jwt }).then(function (result) {
        if (!result.ok || !result.json.sessionId) {
          settle(null);
          fire("payments.validated", result.json, null);
          return;
        }
        sessionId = result.json.sessionId;
        setupComplete = true;
        settle(sessionId);
        fire("payments.setupComplete", { sessionId: sessionId, modules: [{ module: "CCA", loaded: true }] });
        deferred.splice(0).forEach(function (run) { run(); });
      }, function (error) {
        settle(null);
        fire("payments.validated", { Validated: false, ActionCode: "ERROR", ErrorNumber: 1010,
          ErrorDescription: "Songbird setup failed: " + error }, null);
      });
    },
    trigger: function (event, data) {
      if (event !== "bin.process") {
        log("warn", "trigger('" + event + "') is not supported");
        return Promise.resolve({ Status: false });
      }
      return settled.then(function (session) {
        if (!session) {
          return { Status: false };
        }
        return post(binUrl, { sessionId: session, bin: String(data == null ? "" : data) }).then(function (result) {
          return { Status: !!(result.json && result.json.Status) };
        }, function () {
          return { Status: false };
        });
      });
    },
    "continue": function (type, continueData, orderObject) {
      if (type !== "cca") {
        log("warn", "continue('" + type + "') is not supported; use continue('cca', ...)");
        return;
      }
      var data = continueData || {};
      var order = (orderObject && orderObject.OrderDetails) || {};
      var run = function () { openChallenge(data.AcsUrl, data.Payload, order.TransactionId); };
      if (setupComplete) {
        run();
      } else {
        log("warn", "continue before payments.setupComplete: run once setup completes");
        deferred.push(run);
      }
    },
    start: function () {
      log("warn", "Cardinal.start belongs to Cardinal's client-driven flow (G-V10); this stand-in does nothing");
    }
  };
})();
