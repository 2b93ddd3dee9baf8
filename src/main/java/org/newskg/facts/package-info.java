/** Plain values that extraction produces and the graph layer writes: actors, strikes, statements, attributions. */
package org.newskg.facts;
