/** Drawing the attribution network: SPARQL rows to Graphviz DOT, SVG, PNG and one HTML page. */
package org.newskg.draw;
