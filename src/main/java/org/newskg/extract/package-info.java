/** Article text to facts: cleaning, sentences, mentions, rules applied, facts assembled. */
package org.newskg.extract;
