/** Finding and decoding article files (.txt, .html, .jsonl) into raw articles; no extraction. */
package org.newskg.input;
