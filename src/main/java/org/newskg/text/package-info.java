/** Article text: cleaning, sentences, tokens and the annotated sentences that rules match over. No I/O. */
package org.newskg.text;
