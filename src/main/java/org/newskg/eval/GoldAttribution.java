package org.newskg.eval;

import java.util.Objects;
import java.util.Set;

/**
 * One row of a gold attributions TSV ({@code file attributor attributor_aliases strike perpetrator
 * perpetrator_aliases stance certainty evidence required}).
 *
 * @param stem the file name without its extension; predictions match by containing it
 * @param attributorNames the attributor and its aliases, normalised by {@link Names#norm}
 * @param perpetratorNames the perpetrator and its aliases, normalised
 * @param required false for "required = no": neither rewarded nor penalised
 * @param line the 1-based line in the gold file, for messages
 */
public record GoldAttribution(
    String file,
    String stem,
    String attributor,
    Set<String> attributorNames,
    String strike,
    String perpetrator,
    Set<String> perpetratorNames,
    String stance,
    String certainty,
    String evidence,
    boolean required,
    int line) {
  public GoldAttribution {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stem, "stem");
    attributorNames = Set.copyOf(attributorNames);
    perpetratorNames = Set.copyOf(perpetratorNames);
  }
}
