/**
 * The hosted 3-D Secure page and the browser callbacks. Pages are plain HTML rendered here with every
 * value encoded, one nonce per response for the only script, and a Content-Security-Policy that lets
 * the page do nothing but submit its one form to the provider and be framed by the merchant.
 */
package io.threeds.gateway.web.hosted;
