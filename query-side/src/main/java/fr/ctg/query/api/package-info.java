/**
 * The query side's published interface: the only part of {@code fr.ctg.query} that other modules (the dashboard)
 * use, besides the query messages and views of the shared kernel. Everything else in the query side may change.
 */
package fr.ctg.query.api;
