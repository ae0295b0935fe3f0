/**
 * Dutch and international identifiers as value types that check their own format: CBS municipality
 * and province codes, KvK numbers, BRIN codes, RIO codes, LRK numbers, OINs and org-id.guide
 * organisation ids. Each is also an {@link dev.kansen.model.id.Identifier} that a partner can carry.
 */
package dev.kansen.model.id;
