/**
 * Container tests (Arquillian, Liberty managed, JUnit 5): archives deployed into the running server
 * to test what only the container shows — EJB transactions, the CDI challenge-completion event and
 * its observers, the audit chain under concurrent appends.
 */
package io.threeds.gateway.container;
