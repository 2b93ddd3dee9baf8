/** Serving the store read-only over HTTP: Apache Jena Fuseki with its web UI. */
package org.newskg.serve;
