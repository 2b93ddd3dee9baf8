/** The gazetteer: actors and places with canonical labels, aliases and demonyms, and the tagger that finds them in tokens. */
package org.newskg.gazetteer;
