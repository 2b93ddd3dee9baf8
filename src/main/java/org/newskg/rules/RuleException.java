package org.newskg.rules;

import java.util.List;

/**
 * A rule file that cannot be used: the message names the file, the line and the rule. When rules
 * are loaded, every problem found is reported: one per line of the message, also in {@link #errors()}.
 */
public final class RuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> errors;

  public RuleException(String message) {
    super(message);
    this.errors = List.of(message);
  }

  public RuleException(String message, Throwable cause) {
    super(message, cause);
    this.errors = List.of(message);
  }

  /** Several problems at once, each "FILE:LINE[:COL]: rule NAME: what is wrong". */
  public RuleException(List<String> errors) {
    super(String.join("\n", errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("no errors");
    }
    this.errors = List.copyOf(errors);
  }

  /** Each problem on its own; the first is the one to show when there is room for one line only. */
  public List<String> errors() {
    return errors;
  }
}
