package org.newskg.rules;

import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;

/**
 * The tokens [start, end) one named capture matched.
 *
 * @param mention the mention consumed when the captured element was a mention ({@code @x:ACTOR}),
 *     else null
 */
public record Capture(int start, int end, Mention mention) {
  public Capture {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad capture span " + start + ".." + end);
    }
  }

  /** The captured text as written in the sentence. */
  public String text(AnnotatedSentence sentence) {
    return sentence.textOf(start, end);
  }
}
