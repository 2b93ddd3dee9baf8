/**
 * Facts to RDF: the ontology vocabulary, IRI minting and the writer that streams an article's facts
 * as quads.
 */
package org.newskg.graph;
