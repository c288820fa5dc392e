/**
 * What the gateway is deployed as ({@link io.threeds.gateway.deployment.Profile}) and the checks that stop a
 * production deployment from starting with sandbox settings ({@link io.threeds.gateway.deployment.ProductionChecks}).
 */
package io.threeds.gateway.deployment;
