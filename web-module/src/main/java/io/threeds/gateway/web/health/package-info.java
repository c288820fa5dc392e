/** MicroProfile Health: liveness, and readiness that needs the database. */
package io.threeds.gateway.web.health;
