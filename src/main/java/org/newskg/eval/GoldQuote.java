package org.newskg.eval;

import java.util.Objects;
import java.util.Set;

/**
 * One row of a gold quotes TSV ({@code file speaker speaker_aliases quote_start}).
 *
 * @param speakerNames the speaker and aliases, normalised
 * @param quoteKey the first 40 characters of the normalised quote start: a predicted quote matches
 *     when its normalised text contains them
 * @param line the 1-based line in the gold file, for messages
 */
public record GoldQuote(
    String file,
    String stem,
    String speaker,
    Set<String> speakerNames,
    String quoteStart,
    String quoteKey,
    int line) {
  public GoldQuote {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stem, "stem");
    speakerNames = Set.copyOf(speakerNames);
  }
}
