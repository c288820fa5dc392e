/** Per-caller request limits (API.md §6, status 429), counted in the database shared by all instances. */
package io.threeds.gateway.ratelimit;
