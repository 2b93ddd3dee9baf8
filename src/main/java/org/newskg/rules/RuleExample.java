package org.newskg.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code example:} sentence of a rule and its {@code expect:} line, which run as tests.
 *
 * @param expected the key=value pairs of {@code expect:}, in order, keys may repeat; empty when the
 *     example has no expect line (the rule must still fire on it) or expects nothing
 * @param expectNothing {@code expect: nothing}: the rule must not fire on the sentence
 * @param line the line of {@code example:} in the rule file
 */
public record RuleExample(
    String sentence, List<Map.Entry<String, String>> expected, boolean expectNothing, int line) {
  public RuleExample {
    Objects.requireNonNull(sentence, "sentence");
    expected = List.copyOf(expected);
    if (expectNothing && !expected.isEmpty()) {
      throw new IllegalArgumentException("expect nothing and expected values at once");
    }
  }

  /** Every expected value of {@code key}, in order. */
  public List<String> expected(String key) {
    return expected.stream().filter(e -> e.getKey().equals(key)).map(Map.Entry::getValue).toList();
  }
}
