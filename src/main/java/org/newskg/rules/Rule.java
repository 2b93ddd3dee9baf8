package org.newskg.rules;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rule as read from a {@code .rules} file, with its pattern compiled. The reader does not
 * interpret {@code type} or {@code params}; it only checks them against a {@link PatternContext}.
 *
 * @param params every key other than rule, description, type, pattern, example and expect, in file order
 * @param source the pattern as written, continuation lines joined with single spaces
 * @param line first line of the stanza (1-based)
 * @param keyLines the line of each key in the stanza (for example, the first of repeated keys)
 */
public record Rule(
    String name,
    String description,
    String type,
    Map<String, String> params,
    String source,
    TokenPattern pattern,
    List<RuleExample> examples,
    Path file,
    int line,
    Map<String, Integer> keyLines) {
  public Rule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pattern, "pattern");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    examples = List.copyOf(examples);
    keyLines = Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
  }

  /** A parameter's value, or null when the stanza does not set it. */
  public String param(String key) {
    return params.get(key);
  }

  /** The line of {@code key} in the file, or the stanza's first line when the key is absent. */
  public int lineOf(String key) {
    return keyLines.getOrDefault(key, line);
  }

  /**
   * An error about this rule for later stages (e.g. an unknown role), in the reader's format:
   * {@code FILE:LINE: rule NAME: what}, at the line of {@code key}.
   */
  public RuleException error(String key, String what) {
    return new RuleException(file + ":" + lineOf(key) + ": rule " + name + ": " + what);
  }
}
