/**
 * The TDB2 store: building article graphs into it, querying its union graph, deterministic exports.
 */
package org.newskg.store;
