/*
 * Sandbox stand-in for Verifone's verifone.js (3-D Secure gateway sandbox, verifone simulator).
 * window.verifone.getEncryptedCardDetails(card, encryptionKey) -> Promise<{encryptedCard}>.
 * The card is encrypted by the simulator (POST secure-card-capture/encrypt next to this script) to its
 * OpenPGP key sandbox-key-1, not in the browser; encryptionKey is accepted and not used.
 */
(function () {
  "use strict";
  var encryptUrl = new URL("secure-card-capture/encrypt", document.currentScript.src).href;

  window.verifone = window.verifone || {};
  window.verifone.getEncryptedCardDetails = function (card, encryptionKey) {
    var details = card || {};
    return fetch(encryptUrl, {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify({
        cardNumber: details.cardNumber,
        expiryMonth: details.expiryMonth,
        expiryYear: details.expiryYear,
        cvv: details.cvv
      })
    }).then(function (response) {
      if (!response.ok) {
        throw new Error("verifone sandbox: card encryption refused (HTTP " + response.status + ")");
      }
      return response.json();
    }).then(function (body) {
      return { encryptedCard: body.encryptedCard };
    });
  };
})();
