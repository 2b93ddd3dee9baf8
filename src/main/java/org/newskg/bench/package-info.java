/** Throughput, memory and query-latency measurements over synthetic corpora, with Jena reference points. */
package org.newskg.bench;
