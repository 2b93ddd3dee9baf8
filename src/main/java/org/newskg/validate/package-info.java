/** Checking a graph against the SHACL shapes of ontology/shapes.ttl, with the findings in words. */
package org.newskg.validate;
