package org.newskg.bench;

/**
 * The measurements for one corpus size.
 *
 * @param articles articles in the corpus
 * @param textBytes UTF-8 bytes of article text
 * @param tokenize one tokenising pass over every article (the floor for extraction)
 * @param extract extraction alone, articles already in memory, all threads
 * @param write writing pre-extracted facts to a fresh TDB2 store, batch by batch
 * @param endToEnd the real build path: read files, extract, write to a fresh TDB2 store
 * @param tdbLoader Jena's TDB2 bulk loader loading the end-to-end store's quads from N-Quads
 * @param triples quads in the store after the end-to-end build
 * @param nquadsBytes size of the N-Quads dump the bulk loader read
 */
public record SizeResult(
    int articles,
    long textBytes,
    Rate tokenize,
    Rate extract,
    Rate write,
    Rate endToEnd,
    Rate tdbLoader,
    long triples,
    long nquadsBytes) {}
