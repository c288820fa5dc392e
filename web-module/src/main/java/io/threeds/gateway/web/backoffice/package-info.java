/**
 * The auditors' back-office page at {@code /backoffice/}: static files (index.html, app.js, app.css)
 * served by the web container's default servlet, over the same {@code /api/v1/audit} API as any other
 * client, with the key kept in the browser tab only. This package owns the security headers those
 * files are served with, and {@code providers.json}, the deployed providers' ids.
 */
package io.threeds.gateway.web.backoffice;
